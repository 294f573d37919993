using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// When crimes happen (victim–offender–location: time-of-day and day-of-week patterns): the hour × weekday
/// matrix of <see cref="TemporalProfile.HourByWeekday"/> on London clocks for a unit, crime group (or all
/// crime) and the last months (12 by default) to the as-of date. The times are read once and binned here,
/// because the databases do not share a way to convert to London time.
/// <para>
/// CSV (<see cref="WriteCsvAsync"/>), one row per hour of the day (00–23): hour, monday, tuesday, wednesday,
/// thursday, friday, saturday, sunday, total.
/// </para>
/// </summary>
public sealed class TemporalAnalysis(CitizenFocusDb db, TimeProvider time)
{
    public const int DefaultMonths = 12;

    public async Task<Result<TemporalReport>> RunAsync(string? unitCode = null, string? groupCode = null, DateOnly? asOf = null,
        int months = DefaultMonths, CancellationToken ct = default)
    {
        if (months < 1) return Result.Invalid("months", "give at least one month");
        var scope = await CrimeScope.ResolveAsync(db, unitCode, ct);
        if (!scope.Succeeded) return Result.NotFound("unit", scope.Errors[0].Message);
        var group = await GroupChoice.OptionalAsync(db, groupCode, ct);
        if (!group.Succeeded) return Result.NotFound("group", group.Errors[0].Message);

        var period = AnalysisPeriod.LastMonths(asOf ?? UkTime.Today(time), months);
        var times = await scope.Value.Crimes(db, period).Within(group.Value).Select(c => c.CommittedAt).ToListAsync(ct);
        var counts = TemporalProfile.HourByWeekday(times);

        int? peakHour = null;
        int peakDay = 0, peak = 0;
        for (var day = 0; day < 7; day++)
            for (var hour = 0; hour < 24; hour++)
                if (counts[hour, day] > peak)
                    (peak, peakHour, peakDay) = (counts[hour, day], hour, day);
        return new TemporalReport(scope.Value.Unit, group.Value?.Code, period, counts, times.Count, peakHour,
            peakHour is null ? null : (DayOfWeek)((peakDay + 1) % 7));
    }

    public static readonly string[] CsvHeader = ["hour", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "total"];

    public static Task WriteCsvAsync(TemporalReport report, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, CsvHeader, Enumerable.Range(0, 24).Select(hour =>
        {
            var row = new string[9];
            row[0] = hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var total = 0;
            for (var day = 0; day < 7; day++)
            {
                row[day + 1] = AnalysisCsv.Int(report.Counts[hour, day]);
                total += report.Counts[hour, day];
            }
            row[8] = AnalysisCsv.Int(total);
            return row;
        }), ct);
}
