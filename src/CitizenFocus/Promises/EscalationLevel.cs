namespace CitizenFocus.Promises;

/// <summary>Whose queue a warning or breach lands in.</summary>
public enum EscalationLevel
{
    Assignee = 0,
    WardSergeant = 1,
    Inspector = 2,
}
