using CitizenFocus.Reporting;

namespace CitizenFocus.Tests.Reporting;

/// <summary>A monthly pack in miniature: the 32 London boroughs with made-up but stable figures.</summary>
internal static class SampleReport
{
    // The names in docs/reference/met_boroughs.csv (ReferenceBoroughTests checks them).
    public static readonly string[] Boroughs =
    [
        "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing",
        "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering",
        "Hillingdon", "Hounslow", "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth",
        "Lewisham", "Merton", "Newham", "Redbridge", "Richmond upon Thames", "Southwark", "Sutton",
        "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster",
    ];

    public static readonly string[] Months =
    [
        "Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025",
        "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026",
    ];

    public const double ForceAverage = 74;

    public static double Estimate(int borough) => 62 + borough * 37 % 25;

    public static int SampleSize(int borough) => 120 + borough * 53 % 380;

    public static BarChart BoroughBars() => new()
    {
        Title = "Satisfaction with the whole experience by borough",
        XAxisTitle = "Borough",
        YAxisTitle = "Satisfied (%)",
        AltText = "Bar chart of satisfaction in each of the 32 boroughs, highest first, with 95% intervals; "
            + "most boroughs are within a few points of the force average of 74%.",
        Bars = Boroughs.Select((name, i) => new BarItem(name, Estimate(i), Estimate(i) - 4.5, Estimate(i) + 4.5)).ToArray(),
        ReferenceLine = ForceAverage,
        ReferenceLabel = "Force average",
        Order = BarOrder.Descending,
        ValueAxis = new AxisRange(0, 100),
    };

    public static TrendChart ForceTrend() => new()
    {
        Title = "Satisfaction over the last 12 months",
        XAxisTitle = "Month",
        YAxisTitle = "Satisfied (%)",
        AltText = "Line chart of monthly satisfaction for the force from April 2025 to March 2026, "
            + "rising from 70% to 77% against a target of 75%; there is no figure for August.",
        Months = Months,
        Series =
        [
            new TrendSeries(
                "Victims & witnesses",
                Months.Select((_, m) => m == 4 ? (double?)null : 70 + m * 0.6).ToArray(),
                Months.Select((_, m) => m == 4 ? (double?)null : 66 + m * 0.6).ToArray(),
                Months.Select((_, m) => m == 4 ? (double?)null : 74 + m * 0.6).ToArray()),
            new TrendSeries("Most similar forces", Months.Select((_, m) => (double?)(72 + m * 0.2)).ToArray()),
        ],
        Target = 75,
    };

    public static FunnelPlot BoroughFunnel()
    {
        const double centre = ForceAverage / 100;
        var ns = Enumerable.Range(0, 60).Select(i => 20 + i * 10.0).ToArray();
        IReadOnlyList<CurvePoint> Curve(double z) =>
            ns.Select(n => new CurvePoint(n, 100 * (centre + z * Math.Sqrt(centre * (1 - centre) / n)))).ToArray();
        var points = Boroughs.Select((name, i) => new FunnelPoint(name, SampleSize(i), Estimate(i))).ToList();
        points[7] = points[7] with { Value = 40 }; // Ealing, far below: labelled on the chart.
        return new FunnelPlot
        {
            Title = "Satisfaction against sample size",
            XAxisTitle = "Surveys returned",
            YAxisTitle = "Satisfied (%)",
            AltText = "Funnel plot of the 32 boroughs; Ealing is below the 99.8% limit and the rest are within or near the limits.",
            Points = points,
            Centre = ForceAverage,
            CentreLabel = "Force average",
            PointsLabel = "Boroughs",
            Limits = new FunnelLimits(Curve(-1.96), Curve(1.96), Curve(-3.09), Curve(3.09)),
        };
    }

    public static Table BoroughTable() => new(
        "Satisfaction by borough",
        ["Borough", "Surveys", "Satisfied (%)"],
        Boroughs.Select((name, i) => (IReadOnlyList<string>)[name, SampleSize(i).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Estimate(i).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)]).ToArray(),
        [false, true, true]);

    public static readonly string[] Headings = ["Summary", "Boroughs", "Trend", "Funnel plot"];

    public static Report Pack() => new(
        "Monthly performance pack",
        "Victim satisfaction, March 2026",
        "1 April 2026 at 09:00",
        [
            new ReportSection(Headings[0],
            [
                new Paragraph("Satisfaction with the whole experience was 77% in March, above the target of 75% "
                    + "for the third month running. Figures ≥ 75% meet the target; a change of −2 points or more is flagged."),
                new Paragraph("Borough figures are estimates from samples, so each is shown with its 95% interval."),
            ]),
            new ReportSection(Headings[1], [new Chart(BoroughBars()), BoroughTable()]),
            new ReportSection(Headings[2], [new Chart(ForceTrend())]),
            new ReportSection(Headings[3], [new Chart(BoroughFunnel())]),
        ]);
}
