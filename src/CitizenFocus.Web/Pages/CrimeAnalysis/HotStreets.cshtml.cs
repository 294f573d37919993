using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Reporting;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>Hot streets ranked within wards, Gi* hot-spot cells and a kernel density map.</summary>
[HeavyWork]
public sealed class HotStreetsModel(CrimeUnits units, TimeProvider time, HotStreetAnalysis analysis) : CrimePageModel(units, time)
{
    public const int HotSpotsListed = 50;
    public const int DensestListed = 20;

    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }
    [BindProperty(SupportsGet = true)] public string? Months { get; set; }
    [BindProperty(SupportsGet = true)] public string? Top { get; set; }
    [BindProperty(SupportsGet = true)] public string? CellSize { get; set; }
    [BindProperty(SupportsGet = true)] public string? Bandwidth { get; set; }

    public string? ChosenGroup { get; private set; }
    public DateOnly ChosenAsOf { get; private set; }
    public int ChosenMonths { get; private set; }
    public int ChosenTop { get; private set; }
    public int ChosenCellSize { get; private set; }
    public int ChosenBandwidth { get; private set; }
    public HotStreetReport Report { get; private set; } = null!;
    public IReadOnlyList<ReportBlock> Charts { get; private set; } = [];

    public override CrimeForm Form => new("/Crime/HotStreets",
    [
        UnitField(),
        GroupField(nameof(Group), ChosenGroup ?? Group),
        DateField(nameof(AsOf), "Up to and including", AsOf, ChosenAsOf),
        NumberField(nameof(Months), "Months", Months, ChosenMonths, "From 1 to 36"),
        NumberField(nameof(Top), "Streets per ward", Top, ChosenTop, "From 1 to 20"),
        NumberField(nameof(CellSize), "Grid cell size (metres)", CellSize, ChosenCellSize, "From 50 to 2,000"),
        NumberField(nameof(Bandwidth), "Density bandwidth (metres)", Bandwidth, ChosenBandwidth, "From 50 to 5,000"),
    ]);

    protected override void ReadChoices()
    {
        ChosenGroup = ReadGroup(nameof(Group), Group);
        ChosenAsOf = ReadDate(nameof(AsOf), AsOf, Today, "the date");
        ChosenMonths = ReadNumber(nameof(Months), Months, HotStreetAnalysis.DefaultMonths, 1, 36, "the number of months");
        ChosenTop = ReadNumber(nameof(Top), Top, HotStreetAnalysis.DefaultTopPerWard, 1, 20, "the streets per ward");
        ChosenCellSize = ReadNumber(nameof(CellSize), CellSize, (int)HotStreetAnalysis.DefaultCellSize, 50, 2000, "the cell size in metres");
        ChosenBandwidth = ReadNumber(nameof(Bandwidth), Bandwidth, (int)HotStreetAnalysis.DefaultBandwidth, 50, 5000, "the bandwidth in metres");
    }

    protected override async Task<Result> RunAsync(CancellationToken ct)
    {
        var result = await analysis.RunAsync(Chosen.Code, ChosenGroup, ChosenAsOf, ChosenMonths, ChosenTop, ChosenCellSize, ChosenBandwidth, ct);
        if (!result.Succeeded) return result;
        Report = result.Value;
        var top = Report.Streets.OrderByDescending(s => s.Crimes).ThenBy(s => s.Street, StringComparer.Ordinal).Take(10).ToList();
        if (top.Count > 0)
            Charts =
            [
                new Chart(new HorizontalBarChart
                {
                    Title = $"Streets with most crime: {Chosen.Name}",
                    XAxisTitle = "Crimes",
                    YAxisTitle = "Street (ward)",
                    AltText = $"The {top.Count} streets with most {GroupWord()} in {Chosen.Name}, {CrimeText.Period(Report.Period)}. " +
                        $"The most: {top[0].Street} in {top[0].WardName}, {CrimeText.Plural(top[0].Crimes, "crime", "crimes")}.",
                    Bars = [.. top.Select(s => new BarItem($"{s.Street} ({s.WardName})", s.Crimes))],
                    Order = BarOrder.Descending,
                    Decimals = 0,
                }),
            ];
        return result;
    }

    public string GroupWord() => ChosenGroup is null ? "crime" : Catalogue.Groups.First(g => g.Code == ChosenGroup).Name.ToLowerInvariant();

    protected override IEnumerable<(string Name, string? Value)> QueryParts() =>
    [
        (nameof(Group), ChosenGroup), (nameof(AsOf), Iso(ChosenAsOf)), (nameof(Months), Number(ChosenMonths)), (nameof(Top), Number(ChosenTop)),
        (nameof(CellSize), Number(ChosenCellSize)), (nameof(Bandwidth), Number(ChosenBandwidth)),
    ];

    protected override IReadOnlyList<string?> CsvTables => [null, "hotspots", "density"];

    protected override string? CsvName(string? table) => table switch
    {
        null => FileName("crime-hot-streets", Chosen.Code, ChosenGroup, Iso(ChosenAsOf)),
        "hotspots" => FileName("crime-hot-spots", Chosen.Code, ChosenGroup, Iso(ChosenAsOf)),
        "density" => FileName("crime-density", Chosen.Code, ChosenGroup, Iso(ChosenAsOf)),
        _ => null,
    };

    protected override Task WriteCsvAsync(string? table, Stream body, CancellationToken ct) =>
        WriteTextAsync(body, writer => table switch
        {
            "hotspots" => HotStreetAnalysis.WriteHotSpotsCsvAsync(Report.HotSpots, writer, ct),
            "density" => HotStreetAnalysis.WriteDensityCsvAsync(Report.Density, writer, ct),
            _ => HotStreetAnalysis.WriteStreetsCsvAsync(Report.Streets, writer, ct),
        });
}
