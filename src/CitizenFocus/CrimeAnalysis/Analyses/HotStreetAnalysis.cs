using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.CrimeAnalysis.Analyses;

/// <summary>
/// Hot locations down to individual streets within wards (victim–offender–location): the streets of each
/// ward ranked by crimes in the last months (12 by default) to the as-of date, for one crime group or all
/// crime; Getis–Ord Gi* hot spots on a regular grid (queen contiguity plus the cell itself); and a quartic
/// kernel density surface for a map. Positions are projected to metres with a <see cref="LocalProjection"/>
/// centred on the middle of the crimes' extent. Streets are counted by the database (grouped by ward and
/// street); the positions of the period's crimes are read once for both the grid and the density.
/// <para>
/// Streets CSV (<see cref="WriteStreetsCsvAsync"/>), one row per ranked street: ward_code, ward_name, rank,
/// street, crimes, share_of_ward. Hot spots CSV (<see cref="WriteHotSpotsCsvAsync"/>), one row per hot cell,
/// strongest first: column, row, x, y, latitude, longitude, crimes, z, p_value, confidence. Density CSV
/// (<see cref="WriteDensityCsvAsync"/>), one row per cell with any density: column, row, x, y, latitude,
/// longitude, density_per_km2. Columns and rows count from the south-west cell; x and y are metres east and
/// north of the projection's centre.
/// </para>
/// </summary>
public sealed class HotStreetAnalysis(CitizenFocusDb db, TimeProvider time)
{
    public const int DefaultMonths = 12;
    public const int DefaultTopPerWard = 5;
    public const double DefaultCellSize = 200;
    public const double DefaultBandwidth = 300;

    public async Task<Result<HotStreetReport>> RunAsync(string? unitCode = null, string? groupCode = null, DateOnly? asOf = null,
        int months = DefaultMonths, int topPerWard = DefaultTopPerWard, double cellSize = DefaultCellSize, double bandwidth = DefaultBandwidth,
        CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        if (months < 1) errors.Add(new ValidationError("months", "give at least one month"));
        if (topPerWard < 1) errors.Add(new ValidationError("top", "list at least one street per ward"));
        if (!(cellSize > 0) || !double.IsFinite(cellSize)) errors.Add(new ValidationError("cell-size", "the cell size must be a positive number of metres"));
        if (!(bandwidth > 0) || !double.IsFinite(bandwidth)) errors.Add(new ValidationError("bandwidth", "the bandwidth must be a positive number of metres"));
        if (errors.Count > 0) return Result.Invalid(errors);
        var scope = await CrimeScope.ResolveAsync(db, unitCode, ct);
        if (!scope.Succeeded) return Result.NotFound("unit", scope.Errors[0].Message);
        var group = await GroupChoice.OptionalAsync(db, groupCode, ct);
        if (!group.Succeeded) return Result.NotFound("group", group.Errors[0].Message);

        var period = AnalysisPeriod.LastMonths(asOf ?? UkTime.Today(time), months);
        var crimes = scope.Value.Crimes(db, period).Within(group.Value);
        var streets = await RankStreetsAsync(crimes, scope.Value, topPerWard, ct);

        var positions = new List<(double Latitude, double Longitude)>();
        await foreach (var p in crimes.Where(c => c.Latitude != null && c.Longitude != null)
            .Select(c => new { Latitude = c.Latitude!.Value, Longitude = c.Longitude!.Value }).AsAsyncEnumerable().WithCancellation(ct))
            positions.Add((p.Latitude, p.Longitude));
        var projection = LocalProjection.Around(positions);
        var points = positions.Select(p => projection.ToMetres(p.Latitude, p.Longitude)).ToList();
        if (TooManyCells(points, cellSize, bandwidth))
            return Result.Invalid("cell-size", $"a {cellSize:0.##} m grid over this unit would have more than {CellGrid.MaxCells:N0} cells; use a larger cell size");

        return new HotStreetReport(scope.Value.Unit, group.Value?.Code, period, projection, cellSize, bandwidth, points.Count, streets,
            HotSpots(points, cellSize, projection, ct), Density(points, cellSize, bandwidth, projection, ct));
    }

    private static async Task<IReadOnlyList<HotStreet>> RankStreetsAsync(IQueryable<Crime> crimes, CrimeScope scope, int top, CancellationToken ct)
    {
        var counts = await crimes.Where(c => c.WardId != null && c.Street != null)
            .GroupBy(c => new { c.WardId, c.Street })
            .Select(g => new { WardId = g.Key.WardId!.Value, Street = g.Key.Street!, Crimes = g.Count() })
            .ToListAsync(ct);
        var ranked = new List<HotStreet>();
        foreach (var ward in counts.GroupBy(c => c.WardId))
        {
            if (!scope.Org.Wards.TryGetValue(ward.Key, out var unit)) continue;
            double total = ward.Sum(s => s.Crimes);
            ranked.AddRange(ward.OrderByDescending(s => s.Crimes).ThenBy(s => s.Street, StringComparer.Ordinal).Take(top)
                .Select((s, i) => new HotStreet(unit.Unit.Code, unit.Unit.Name, i + 1, s.Street, s.Crimes, s.Crimes / total)));
        }
        return [.. ranked.OrderBy(s => s.WardName, StringComparer.Ordinal).ThenBy(s => s.WardCode, StringComparer.Ordinal).ThenBy(s => s.Rank)];
    }

    private static List<HotSpotCell> HotSpots(List<(double X, double Y)> points, double cellSize, LocalProjection projection, CancellationToken ct)
    {
        if (points.Count == 0) return [];
        var counts = CellGrid.CountPoints(points, cellSize);
        if (counts.Values.Count < 2) return [];
        var scores = GetisOrd.GiStar(counts.Values, GridNeighbours.Contiguous(counts.Columns, counts.Rows, Contiguity.Queen, ct), ct);
        var cells = new List<HotSpotCell>();
        for (var row = 0; row < counts.Rows; row++)
        {
            ct.ThrowIfCancellationRequested();
            for (var column = 0; column < counts.Columns; column++)
            {
                var i = counts.Index(column, row);
                var (z, p) = (scores.Z[i], scores.PValues[i]);
                if (!(z > 0) || !(p < CountComparison.SignificanceLevel)) continue;
                var (x, y) = counts.CellCentre(column, row);
                var (lat, lon) = projection.ToDegrees(x, y);
                cells.Add(new HotSpotCell(column, row, x, y, lat, lon, (int)counts.Values[i], z, p, p < 0.001 ? 99.9 : p < 0.01 ? 99 : 95));
            }
        }
        return [.. cells.OrderByDescending(c => c.Z).ThenBy(c => c.Row).ThenBy(c => c.Column)];
    }

    private static List<DensityCell> Density(List<(double X, double Y)> points, double cellSize, double bandwidth, LocalProjection projection, CancellationToken ct)
    {
        if (points.Count == 0) return [];
        var grid = KernelDensity.Quartic(points, bandwidth, cellSize, ct);
        var cells = new List<DensityCell>();
        for (var row = 0; row < grid.Rows; row++)
        {
            ct.ThrowIfCancellationRequested();
            for (var column = 0; column < grid.Columns; column++)
            {
                var density = grid[column, row];
                if (density <= 0) continue;
                var (x, y) = grid.CellCentre(column, row);
                var (lat, lon) = projection.ToDegrees(x, y);
                cells.Add(new DensityCell(column, row, x, y, lat, lon, density));
            }
        }
        return cells;
    }

    private static bool TooManyCells(List<(double X, double Y)> points, double cellSize, double bandwidth)
    {
        if (points.Count == 0) return false;
        var (minX, minY, maxX, maxY) = CellGrid.Bounds(points);
        var columns = (maxX - minX + 2 * bandwidth) / cellSize + 2;
        var rows = (maxY - minY + 2 * bandwidth) / cellSize + 2;
        return columns * rows > CellGrid.MaxCells;
    }

    public static readonly string[] StreetsCsvHeader = ["ward_code", "ward_name", "rank", "street", "crimes", "share_of_ward"];
    public static readonly string[] HotSpotsCsvHeader = ["column", "row", "x", "y", "latitude", "longitude", "crimes", "z", "p_value", "confidence"];
    public static readonly string[] DensityCsvHeader = ["column", "row", "x", "y", "latitude", "longitude", "density_per_km2"];

    public static Task WriteStreetsCsvAsync(IEnumerable<HotStreet> streets, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, StreetsCsvHeader, streets.Select(s => new[]
        {
            s.WardCode, s.WardName, AnalysisCsv.Int(s.Rank), s.Street, AnalysisCsv.Int(s.Crimes), AnalysisCsv.Number(s.ShareOfWard),
        }), ct);

    public static Task WriteHotSpotsCsvAsync(IEnumerable<HotSpotCell> cells, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, HotSpotsCsvHeader, cells.Select(c => new[]
        {
            AnalysisCsv.Int(c.Column), AnalysisCsv.Int(c.Row), Metres(c.X), Metres(c.Y), AnalysisCsv.Number(c.Latitude), AnalysisCsv.Number(c.Longitude),
            AnalysisCsv.Int(c.Crimes), AnalysisCsv.Number(c.Z), AnalysisCsv.PValue(c.PValue), AnalysisCsv.Number(c.Confidence),
        }), ct);

    public static Task WriteDensityCsvAsync(IEnumerable<DensityCell> cells, TextWriter writer, CancellationToken ct = default) =>
        AnalysisCsv.WriteAsync(writer, DensityCsvHeader, cells.Select(c => new[]
        {
            AnalysisCsv.Int(c.Column), AnalysisCsv.Int(c.Row), Metres(c.X), Metres(c.Y), AnalysisCsv.Number(c.Latitude), AnalysisCsv.Number(c.Longitude),
            AnalysisCsv.Number(c.Density),
        }), ct);

    private static string Metres(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
