using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>
/// Repeat and vulnerable victims, and repeat locations. Victims appear by pseudonymous reference, which is
/// still personal data: only roles that work with personal records (and analysts) may look, and every view
/// and download is logged as a consultation.
/// </summary>
[HeavyWork]
public sealed class RepeatVictimsModel(CrimeUnits units, TimeProvider time, RepeatVictimAnalysis analysis, PersonalDataReads reads) : CrimePageModel(units, time)
{
    public const string Analysis = RepeatVictimAnalysis.Name;

    /// <summary>The page lists this many of each; the CSV has them all.</summary>
    public const int Listed = 200;

    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Months { get; set; }

    public DateOnly ChosenAsOf { get; private set; }
    public int ChosenMonths { get; private set; }
    public RepeatVictimReport Report { get; private set; } = null!;

    public override CrimeForm Form => new("/Crime/RepeatVictims",
    [
        UnitField(),
        DateField(nameof(AsOf), "Up to and including", AsOf, ChosenAsOf),
        NumberField(nameof(Months), "Months", Months, ChosenMonths, "From 1 to 36"),
    ]);

    protected override bool MayView() => MaySeePersonalData(User);

    protected override void ReadChoices()
    {
        ChosenAsOf = ReadDate(nameof(AsOf), AsOf, Today, "the date");
        ChosenMonths = ReadNumber(nameof(Months), Months, RepeatVictimAnalysis.DefaultMonths, 1, 36, "the number of months");
    }

    protected override async Task<Result> RunAsync(CancellationToken ct)
    {
        var result = await analysis.RunAsync(Chosen.Code, ChosenAsOf, ChosenMonths, ct);
        if (result.Succeeded) Report = result.Value;
        return result;
    }

    protected override Task ShownAsync(bool download, CancellationToken ct) =>
        reads.RecordAsync(User.AuditActor(), download ? ReadChannel.Download : ReadChannel.Page, Report.Consultation(), ct);

    public string WardName(string? code) => code is null ? "" : Catalogue.Find(code)?.Name ?? code;

    protected override IEnumerable<(string Name, string? Value)> QueryParts() =>
        [(nameof(AsOf), Iso(ChosenAsOf)), (nameof(Months), Number(ChosenMonths))];

    protected override IReadOnlyList<string?> CsvTables => [null, "locations"];

    protected override string? CsvName(string? table) => table switch
    {
        null => FileName("crime-repeat-victims", Chosen.Code, Iso(ChosenAsOf), Number(ChosenMonths) + "m"),
        "locations" => FileName("crime-repeat-locations", Chosen.Code, Iso(ChosenAsOf), Number(ChosenMonths) + "m"),
        _ => null,
    };

    protected override Task WriteCsvAsync(string? table, Stream body, CancellationToken ct) =>
        WriteTextAsync(body, writer => table is null
            ? RepeatVictimAnalysis.WriteVictimsCsvAsync(Report.Victims, writer, ct)
            : RepeatVictimAnalysis.WriteLocationsCsvAsync(Report.Locations, writer, ct));
}
