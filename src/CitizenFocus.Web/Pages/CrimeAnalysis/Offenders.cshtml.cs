using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>
/// Offenders whose crimes cross crime groups or types. Offenders appear by pseudonymous reference: only roles
/// that work with personal records (and analysts) may look, and every view and download is audited.
/// </summary>
[HeavyWork]
public sealed class OffendersModel(CrimeUnits units, TimeProvider time, CrossTypeOffenderAnalysis analysis, PersonalDataReads reads) : CrimePageModel(units, time)
{
    public const string Analysis = CrossTypeOffenderAnalysis.Name;
    public const int Listed = 200;

    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Months { get; set; }
    [BindProperty(SupportsGet = true)] public string? Basis { get; set; }

    public DateOnly ChosenAsOf { get; private set; }
    public int ChosenMonths { get; private set; }
    public CrossTypeBasis ChosenBasis { get; private set; }
    public AnalysisPeriod Period => AnalysisPeriod.LastMonths(ChosenAsOf, ChosenMonths);
    public CrossTypeOffenderReport Report { get; private set; } = null!;
    public IReadOnlyList<CrossTypeOffender> Offenders => Report.Offenders;

    public override CrimeForm Form => new("/Crime/Offenders",
    [
        UnitField(),
        DateField(nameof(AsOf), "Up to and including", AsOf, ChosenAsOf),
        NumberField(nameof(Months), "Months", Months, ChosenMonths, "From 1 to 36"),
        new SelectField(nameof(Basis), "Crossing", Basis ?? ChosenBasis.ToString().ToLowerInvariant(),
            [new Option("groups", "Two or more crime groups"), new Option("types", "Two or more crime types")]),
    ]);

    protected override bool MayView() => MaySeePersonalData(User);

    protected override void ReadChoices()
    {
        ChosenAsOf = ReadDate(nameof(AsOf), AsOf, Today, "the date");
        ChosenMonths = ReadNumber(nameof(Months), Months, CrossTypeOffenderAnalysis.DefaultMonths, 1, 36, "the number of months");
        ChosenBasis = CrossTypeBasis.Groups;
        if (string.IsNullOrWhiteSpace(Basis)) return;
        if (Basis.Trim().Equals("types", StringComparison.OrdinalIgnoreCase)) ChosenBasis = CrossTypeBasis.Types;
        else if (!Basis.Trim().Equals("groups", StringComparison.OrdinalIgnoreCase)) ModelState.AddModelError(nameof(Basis), "Select crime groups or crime types");
    }

    protected override async Task<Result> RunAsync(CancellationToken ct)
    {
        var result = await analysis.RunAsync(Chosen.Code, ChosenAsOf, ChosenMonths, ChosenBasis, ct);
        if (result.Succeeded) Report = result.Value;
        return result;
    }

    protected override Task ShownAsync(bool download, CancellationToken ct) =>
        reads.RecordAsync(User.AuditActor(), download ? ReadChannel.Download : ReadChannel.Page, Report.Consultation(), ct);

    public string GroupNames(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => Catalogue.Groups.FirstOrDefault(g => g.Code == c)?.Name ?? c));

    public string UnitName(string? code) => code is null ? "" : Catalogue.Find(code)?.Name ?? code;

    protected override IEnumerable<(string Name, string? Value)> QueryParts() =>
        [(nameof(AsOf), Iso(ChosenAsOf)), (nameof(Months), Number(ChosenMonths)), (nameof(Basis), ChosenBasis.ToString().ToLowerInvariant())];

    protected override string? CsvName(string? table) =>
        table is null ? FileName("crime-cross-type-offenders", Chosen.Code, ChosenBasis.ToString(), Iso(ChosenAsOf), Number(ChosenMonths) + "m") : null;

    protected override Task WriteCsvAsync(string? table, Stream body, CancellationToken ct) =>
        WriteTextAsync(body, writer => CrossTypeOffenderAnalysis.WriteCsvAsync(Offenders, writer, ct));
}
