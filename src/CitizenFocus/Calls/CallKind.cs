namespace CitizenFocus.Calls;

public enum CallKind
{
    Emergency = 0,
    NonEmergency = 1,
}
