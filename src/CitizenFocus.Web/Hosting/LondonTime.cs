using System.Globalization;

namespace CitizenFocus.Web.Hosting;

/// <summary>Shows stored UTC times in Europe/London, as the public and staff read them.</summary>
public sealed class LondonTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"25 November 2026, 2:05pm".</summary>
    public string Format(DateTime utc)
    {
        var local = ToLocal(utc);
        return local.ToString("d MMMM yyyy, h:mm", EnGb) + (local.Hour < 12 ? "am" : "pm");
    }

    public string FormatDate(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", EnGb);

    /// <summary>"November 2026".</summary>
    public string FormatMonth(DateOnly month) => month.ToString("MMMM yyyy", EnGb);

    /// <summary>The UK calendar day an instant falls on.</summary>
    public DateOnly Today(DateTime utcNow) => DateOnly.FromDateTime(ToLocal(utcNow));

    /// <summary>The first day of the UK calendar month an instant falls on.</summary>
    public DateOnly ThisMonth(DateTime utcNow)
    {
        var today = Today(utcNow);
        return new DateOnly(today.Year, today.Month, 1);
    }

    /// <summary>Midnight at the end of the UK day an instant falls on, as UTC: "due today" means before this.</summary>
    public DateTime EndOfDayUtc(DateTime utcNow) => StartOfDayUtc(Today(utcNow).AddDays(1));

    /// <summary>The UTC instant of a UK wall-clock time.</summary>
    public DateTime ToUtc(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    /// <summary>The UTC instant at which a UK calendar day begins (midnight GMT or BST).</summary>
    public DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);
}
