using System.Globalization;
using CitizenFocus.Organisation;
using CsvHelper;

namespace CitizenFocus.Statistics.Performance;

/// <summary>
/// The pack as CSV: one row per unit and indicator, with exactly the documented columns first
/// (proportions as fractions 0–1; empty where not applicable or where the sample is insufficient),
/// then whether the sample is insufficient, the figure's source, the units whose mean is the peer
/// estimate, the design effect the effective sample was divided by, the members of the unit's peer
/// group left out of the peer average for too small a sample, and the interval of the change on a year earlier.
/// </summary>
public static class PackCsv
{
    public static readonly string[] Columns =
    [
        "level", "unit_code", "unit_name", "indicator", "period_start", "period_end", "n", "n_eff", "estimate", "ci_low", "ci_high",
        "peer_estimate", "diff_vs_peer", "diff_vs_peer_low", "diff_vs_peer_high", "diff_vs_peer_significant", "prior_estimate",
        "diff_vs_prior", "diff_vs_prior_significant", "grade",
        "insufficient_sample", "source", "peer_units", "design_effect", "peers_left_out", "diff_vs_prior_low", "diff_vs_prior_high",
    ];

    public static async Task WriteAsync(Stream stream, IEnumerable<IndicatorResult> results, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        await csv.WriteRecordAsync(Columns, ct);
        foreach (var r in results)
            await csv.WriteRecordAsync(Row(r), ct);
        await csv.FlushAsync(ct);
    }

    public static string[] Row(IndicatorResult r) =>
    [
        LevelName(r.Unit.Level), r.Unit.Code, r.Unit.Name, r.Indicator.Code,
        r.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.N.ToString(CultureInfo.InvariantCulture), Number(r.NEff > 0 ? r.NEff : null, 2),
        Number(r.Estimate?.Estimate), Number(r.Estimate?.Low), Number(r.Estimate?.High),
        Number(r.PeerEstimate), Number(r.VersusPeer?.Difference), Number(r.VersusPeer?.Low), Number(r.VersusPeer?.High),
        Bool(r.VersusPeer?.Significant), Number(r.PriorEstimate), Number(r.VersusPrior?.Difference), Bool(r.VersusPrior?.Significant),
        r.Grade is { } g ? GradeName(g) : r.Insufficient ? "" : NotGradedName,
        r.Insufficient ? "true" : "false", r.Source == FigureSource.Survey ? "survey" : "published",
        string.Join(';', r.PeerUnits), Number(r.DesignEffect), string.Join(';', r.PeersLeftOut),
        Number(r.VersusPrior?.Low), Number(r.VersusPrior?.High),
    ];

    /// <summary>The grade cell of a figure that has an estimate but no peer figure to grade it against.</summary>
    public const string NotGradedName = "not graded";

    public static string LevelName(OrgLevel level) => level.ToString().ToLowerInvariant();

    public static string GradeName(Grade grade) => grade switch
    {
        Grade.Exceeding => "exceeding",
        Grade.Failing => "failing",
        _ => "meeting",
    };

    private static string Number(double? value, int digits = 6) =>
        value is { } v ? Math.Round(v, digits).ToString("0.######", CultureInfo.InvariantCulture) : "";

    private static string Bool(bool? value) => value is { } b ? (b ? "true" : "false") : "";
}
