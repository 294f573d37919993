namespace CitizenFocus.Promises;

public enum CalendarKind
{
    /// <summary>Every hour counts (24 hours means 24 hours).</summary>
    AroundTheClock = 0,
    /// <summary>Only 09:00–17:00 UK time, Monday to Friday, outside bank holidays, counts.</summary>
    WorkingHours = 1,
}
