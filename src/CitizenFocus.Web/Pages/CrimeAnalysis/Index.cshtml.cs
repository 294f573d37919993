using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>The crime analyses, each with a line on what it answers.</summary>
public sealed class IndexModel : PageModel
{
    public sealed record Analysis(string Name, string Href, string Summary, bool PersonalData = false);

    public static readonly IReadOnlyList<Analysis> Analyses =
    [
        new("Year to date", "/Crime/YearToDate",
            "Crimes in each crime group since 1 April against the same days last year, with whether the change is more than chance."),
        new("Best and worst", "/Crime/BestWorst",
            "The boroughs or wards with the largest falls and rises in each crime group over the last 12 weeks."),
        new("Repeat victims and locations", "/Crime/RepeatVictims",
            "Victims of two or more crimes, vulnerable victims first, and the places where crime repeats.", PersonalData: true),
        new("Offenders across crime types", "/Crime/Offenders",
            "Offenders whose crimes span two or more crime groups or types.", PersonalData: true),
        new("Hot streets and hot spots", "/Crime/HotStreets",
            "The streets with most crime in each ward, grid cells that are statistically hot, and a crime density map."),
        new("Time of day and week", "/Crime/Temporal",
            "Crimes by hour of the day and day of the week, on London clocks."),
        new("Monthly trends", "/Crime/Trends",
            "Crimes per month on a control chart, with the months beyond its limits picked out."),
        new("Near repeats", "/Crime/NearRepeat",
            "Whether crimes close together in space also follow each other closely in time (the Knox test)."),
        new("police.uk open data held", "/Crime/OpenData",
            "The months of police.uk street-level data imported for each force, with the months missing."),
    ];

    public bool ShowPersonal => CrimePageModel.MaySeePersonalData(User);
}
