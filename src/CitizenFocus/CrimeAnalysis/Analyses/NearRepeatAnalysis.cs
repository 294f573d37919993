using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// The Knox near-repeat test (<see cref="NearRepeat.Analyse"/>) over the force's own recorded crimes of one
/// type in a unit and period: crimes with a position, in order of when they were committed, projected to
/// metres with a <see cref="LocalProjection"/> centred on their extent, each dated by its London day.
/// </summary>
public sealed class NearRepeatAnalysis(CitizenFocusDb db)
{
    public async Task<Result<NearRepeatRun>> RunAsync(string? unitCode, string crimeType, AnalysisPeriod period, NearRepeatParameters parameters,
        CancellationToken ct = default)
    {
        var invalid = parameters.Validate();
        if (invalid.Count > 0) return Result.Invalid(invalid);
        var scope = await CrimeScope.ResolveAsync(db, unitCode, ct);
        if (!scope.Succeeded) return Result.NotFound("unit", scope.Errors[0].Message);

        var crimes = await scope.Value.Crimes(db, period)
            .Where(c => c.CrimeType == crimeType && c.Latitude != null && c.Longitude != null)
            .OrderBy(c => c.CommittedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Reference, Latitude = c.Latitude!.Value, Longitude = c.Longitude!.Value, c.CommittedAt })
            .ToListAsync(ct);
        if (crimes.Count < 2)
            return Result.Invalid("type",
                $"{(crimes.Count == 0 ? "No" : "Only one")} {crimeType.ToLowerInvariant()} with a recorded position in {scope.Value.Unit.Name} in this period: the test needs at least two crimes");

        var projection = LocalProjection.Around(crimes.Select(c => (c.Latitude, c.Longitude)));
        var events = crimes.Select(c =>
        {
            var (x, y) = projection.ToMetres(c.Latitude, c.Longitude);
            return new NearRepeatEvent(c.Reference, x, y, UkTime.DateOf(c.CommittedAt));
        }).ToList();
        var result = NearRepeat.Analyse(events, parameters, ct);
        if (!result.Succeeded) return Result.Invalid(result.Errors);
        return new NearRepeatRun(scope.Value.Unit, crimeType, period, projection, result.Value);
    }
}

/// <summary>A near-repeat test of one crime type in a unit and period, with the projection its metres are in.</summary>
public sealed record NearRepeatRun(AnalysisUnit Unit, string CrimeType, AnalysisPeriod Period, LocalProjection Projection, NearRepeatResult Result);
