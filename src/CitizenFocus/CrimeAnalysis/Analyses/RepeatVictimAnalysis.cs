using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Repeat and vulnerable victims, and repeat locations (victim–offender–location): victims with two or more
/// crimes in the unit in the last months (12 by default) to the as-of date, vulnerable victims first (any
/// hate crime or juvenile victim), then by number of crimes and the latest crime; and places (the
/// normalised <see cref="Crime.LocationKey"/>) with two or more crimes in the same period. The database finds
/// the repeated references (grouped with HAVING COUNT ≥ 2) and returns only their crimes.
/// <para>
/// Victims CSV (<see cref="WriteVictimsCsvAsync"/>), one row per victim: rank, victim_ref, vulnerable, crimes,
/// hate_crimes, juvenile_victim_crimes, domestic_crimes, crime_types ("; "-separated, most frequent first),
/// first_at, last_at (London time with offset), last_ward_code.
/// Locations CSV (<see cref="WriteLocationsCsvAsync"/>), one row per place: rank, location_key, street,
/// ward_code, ward_name, crimes, victims, crime_types, first_at, last_at.
/// </para>
/// </summary>
public sealed class RepeatVictimAnalysis(CitizenFocusDb db, TimeProvider time)
{
    /// <summary>The analysis's name on the command line, in page addresses and in the audit trail.</summary>
    public const string Name = "repeat-victims";

    public const int DefaultMonths = 12;

    public async Task<Result<RepeatVictimReport>> RunAsync(string? unitCode = null, DateOnly? asOf = null, int months = DefaultMonths,
        CancellationToken ct = default)
    {
        if (months < 1) return Result.Invalid("months", "give at least one month");
        var scope = await CrimeScope.ResolveAsync(db, unitCode, ct);
        if (!scope.Succeeded) return Result.NotFound("unit", scope.Errors[0].Message);
        var period = AnalysisPeriod.LastMonths(asOf ?? UkTime.Today(time), months);
        var crimes = scope.Value.Crimes(db, period);
        var wards = scope.Value.Org.Wards;

        var repeatVictims = crimes.Where(c => c.VictimRef != null).GroupBy(c => c.VictimRef).Where(g => g.Count() >= 2).Select(g => g.Key);
        var victimCrimes = await crimes.Join(repeatVictims, c => c.VictimRef, r => r, (c, _) => c)
            .Select(c => new { VictimRef = c.VictimRef!, c.CrimeType, c.CommittedAt, c.HateCrime, c.JuvenileVictim, c.Domestic, c.WardId })
            .ToListAsync(ct);
        var victims = victimCrimes.GroupBy(c => c.VictimRef, StringComparer.Ordinal).Select(g =>
        {
            var last = g.MaxBy(c => c.CommittedAt)!;
            var hate = g.Count(c => c.HateCrime);
            var juvenile = g.Count(c => c.JuvenileVictim);
            return new RepeatVictim(g.Key, g.Count(), hate + juvenile > 0, hate, juvenile, g.Count(c => c.Domestic),
                TypesByFrequency(g.Select(c => c.CrimeType)), g.Min(c => c.CommittedAt), last.CommittedAt,
                last.WardId is { } w && wards.TryGetValue(w, out var ward) ? ward.Unit.Code : null);
        })
            .OrderByDescending(v => v.Vulnerable).ThenByDescending(v => v.Crimes).ThenByDescending(v => v.LastAt)
            .ThenBy(v => v.VictimRef, StringComparer.Ordinal)
            .ToList();

        var repeatPlaces = crimes.Where(c => c.LocationKey != null).GroupBy(c => c.LocationKey).Where(g => g.Count() >= 2).Select(g => g.Key);
        var placeCrimes = await crimes.Join(repeatPlaces, c => c.LocationKey, r => r, (c, _) => c)
            .Select(c => new { LocationKey = c.LocationKey!, c.Street, c.CrimeType, c.CommittedAt, c.VictimRef, c.WardId })
            .ToListAsync(ct);
        var locations = placeCrimes.GroupBy(c => c.LocationKey, StringComparer.Ordinal).Select(g =>
        {
            var last = g.MaxBy(c => c.CommittedAt)!;
            var ward = last.WardId is { } w && wards.TryGetValue(w, out var found) ? found.Unit : null;
            return new RepeatLocation(g.Key, last.Street, ward?.Code, ward?.Name, g.Count(),
                g.Select(c => c.VictimRef).Where(v => v is not null).Distinct(StringComparer.Ordinal).Count(),
                TypesByFrequency(g.Select(c => c.CrimeType)), g.Min(c => c.CommittedAt), last.CommittedAt);
        })
            .OrderByDescending(l => l.Crimes).ThenByDescending(l => l.LastAt).ThenBy(l => l.LocationKey, StringComparer.Ordinal)
            .ToList();

        return new RepeatVictimReport(scope.Value.Unit, period, victims, locations);
    }

    internal static IReadOnlyList<string> TypesByFrequency(IEnumerable<string> types) =>
        [.. types.GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];

    public static readonly string[] VictimsCsvHeader =
    [
        "rank", "victim_ref", "vulnerable", "crimes", "hate_crimes", "juvenile_victim_crimes", "domestic_crimes",
        "crime_types", "first_at", "last_at", "last_ward_code",
    ];

    public static readonly string[] LocationsCsvHeader =
    [
        "rank", "location_key", "street", "ward_code", "ward_name", "crimes", "victims", "crime_types", "first_at", "last_at",
    ];

    public static Task WriteVictimsCsvAsync(IEnumerable<RepeatVictim> victims, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, VictimsCsvHeader, victims.Select((v, i) => new[]
        {
            AnalysisCsv.Int(i + 1), v.VictimRef, AnalysisCsv.Bool(v.Vulnerable), AnalysisCsv.Int(v.Crimes),
            AnalysisCsv.Int(v.HateCrimes), AnalysisCsv.Int(v.JuvenileVictimCrimes), AnalysisCsv.Int(v.DomesticCrimes),
            AnalysisCsv.List(v.CrimeTypes), AnalysisCsv.Time(v.FirstAt), AnalysisCsv.Time(v.LastAt), v.LastWardCode ?? "",
        }), ct);

    public static Task WriteLocationsCsvAsync(IEnumerable<RepeatLocation> locations, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, LocationsCsvHeader, locations.Select((l, i) => new[]
        {
            AnalysisCsv.Int(i + 1), l.LocationKey, l.Street ?? "", l.WardCode ?? "", l.WardName ?? "", AnalysisCsv.Int(l.Crimes),
            AnalysisCsv.Int(l.Victims), AnalysisCsv.List(l.CrimeTypes), AnalysisCsv.Time(l.FirstAt), AnalysisCsv.Time(l.LastAt),
        }), ct);
}
