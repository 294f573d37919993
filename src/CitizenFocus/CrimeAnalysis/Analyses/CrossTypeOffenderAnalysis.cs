using System.Numerics;
using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Offenders who cross crime types ("prolific", victim–offender–location): offenders with two or more crimes
/// in the unit in the last months (12 by default) to the as-of date whose crimes fall in at least two crime
/// groups (<see cref="CrossTypeBasis.Groups"/>) or are of at least two crime types
/// (<see cref="CrossTypeBasis.Types"/>). Ranked by the number of groups, then crimes, then crime types,
/// then the latest crime. The database returns only the crimes of offenders with two or more (a join on the
/// grouped offenders, not a correlated EXISTS).
/// <para>
/// CSV (<see cref="WriteCsvAsync"/>), one row per offender: rank, offender_ref, groups, crime_types, crimes,
/// group_codes and types ("; "-separated; groups in their sort order, types most frequent first), first_at,
/// last_at (London time with offset), last_borough_code.
/// </para>
/// </summary>
public sealed class CrossTypeOffenderAnalysis(CitizenFocusDb db, TimeProvider time)
{
    /// <summary>The analysis's name on the command line, in page addresses and in the audit trail.</summary>
    public const string Name = "cross-type-offenders";

    public const int DefaultMonths = 12;

    public async Task<Result<CrossTypeOffenderReport>> RunAsync(string? unitCode = null, DateOnly? asOf = null,
        int months = DefaultMonths, CrossTypeBasis basis = CrossTypeBasis.Groups, CancellationToken ct = default)
    {
        if (months < 1) return Result.Invalid("months", "give at least one month");
        var scope = await CrimeScope.ResolveAsync(db, unitCode, ct);
        if (!scope.Succeeded) return Result.NotFound("unit", scope.Errors[0].Message);
        var groups = (await GroupChoice.ResolveAsync(db, null, ct)).Value;
        var period = AnalysisPeriod.LastMonths(asOf ?? UkTime.Today(time), months);
        var crimes = scope.Value.Crimes(db, period);
        var boroughs = scope.Value.Org.Boroughs;

        var repeatOffenders = crimes.Where(c => c.OffenderRef != null).GroupBy(c => c.OffenderRef).Where(g => g.Count() >= 2).Select(g => g.Key);
        var offenderCrimes = await crimes.Join(repeatOffenders, c => c.OffenderRef, r => r, (c, _) => c)
            .Select(c => new { OffenderRef = c.OffenderRef!, c.CrimeType, c.Groups, c.CommittedAt, c.BoroughId })
            .ToListAsync(ct);

        var known = groups.Aggregate(0, (mask, g) => mask | g.Mask);
        var offenders = offenderCrimes.GroupBy(c => c.OffenderRef, StringComparer.Ordinal)
            .Select(g =>
            {
                var mask = g.Aggregate(0, (m, c) => m | c.Groups) & known;
                var types = RepeatVictimAnalysis.TypesByFrequency(g.Select(c => c.CrimeType));
                var last = g.MaxBy(c => c.CommittedAt)!;
                return new CrossTypeOffender(0, g.Key, BitOperations.PopCount((uint)mask), types.Count, g.Count(),
                    [.. groups.Where(x => (mask & x.Mask) != 0).Select(x => x.Code)], types,
                    g.Min(c => c.CommittedAt), last.CommittedAt,
                    boroughs.TryGetValue(last.BoroughId, out var b) ? b.Unit.Code : null);
            })
            .Where(o => basis == CrossTypeBasis.Groups ? o.Groups >= 2 : o.CrimeTypes >= 2)
            .OrderByDescending(o => o.Groups).ThenByDescending(o => o.Crimes).ThenByDescending(o => o.CrimeTypes)
            .ThenByDescending(o => o.LastAt).ThenBy(o => o.OffenderRef, StringComparer.Ordinal)
            .Select((o, i) => o with { Rank = i + 1 })
            .ToList();
        return new CrossTypeOffenderReport(scope.Value.Unit, period, basis, offenders);
    }

    public static readonly string[] CsvHeader =
    [
        "rank", "offender_ref", "groups", "crime_types", "crimes", "group_codes", "types", "first_at", "last_at", "last_borough_code",
    ];

    public static Task WriteCsvAsync(IEnumerable<CrossTypeOffender> offenders, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, CsvHeader, offenders.Select(o => new[]
        {
            AnalysisCsv.Int(o.Rank), o.OffenderRef, AnalysisCsv.Int(o.Groups), AnalysisCsv.Int(o.CrimeTypes), AnalysisCsv.Int(o.Crimes),
            AnalysisCsv.List(o.GroupCodes), AnalysisCsv.List(o.Types), AnalysisCsv.Time(o.FirstAt), AnalysisCsv.Time(o.LastAt),
            o.LastBoroughCode ?? "",
        }), ct);
}
