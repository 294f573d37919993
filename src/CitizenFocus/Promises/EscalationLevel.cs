namespace CitizenFocus.Promises;

/// <summary>Whose queue a warning or breach lands in.</summary>
public enum EscalationLevel
{
    Assignee = 0,
    WardSergeant = 1,
    Inspector = 2,

    /// <summary>Every holder of the standard's named role whose scope covers the record (a borough commander, a victim-care officer).</summary>
    Role = 3,
}
