using ScottPlot;
using ScottPlot.Plottables;

namespace CitizenFocus.Reporting;

/// <summary>Turns each kind of <see cref="ChartSpec"/> into a ScottPlot <see cref="Plot"/>.</summary>
internal static class ChartPlots
{
    /// <summary>
    /// Named explicitly so output does not depend on what a machine's fontconfig picks as its default
    /// (DejaVu Serif on ours); DejaVu Sans ships with the dotnet machine image.
    /// </summary>
    public const string FontFamily = "DejaVu Sans";

    // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    private static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"),
        Color.FromHex("#CC79A7"), Color.FromHex("#56B4E9"), Color.FromHex("#E69F00"),
    ];

    private static readonly Color Ink = Color.FromHex("#0B0C0C");
    private static readonly Color ReferenceInk = Color.FromHex("#505A5F");

    public static Plot Build(ChartSpec spec, ChartSize size)
    {
        spec.Validate();
        var plot = new Plot();
        switch (spec)
        {
            case TrendChart trend:
                AddTrend(plot, trend, size);
                break;
            case BarChartSpec bars:
                AddBars(plot, bars, size, horizontal: bars is HorizontalBarChart);
                break;
            case FunnelPlot funnel:
                AddFunnel(plot, funnel);
                break;
            default:
                throw new NotSupportedException($"No renderer for {spec.GetType().Name}.");
        }

        plot.Title(spec.Title, 18);
        plot.XLabel(spec.XAxisTitle, 14);
        plot.YLabel(spec.YAxisTitle, 14);
        plot.Font.Set(FontFamily);
        return plot;
    }

    private static void AddTrend(Plot plot, TrendChart chart, ChartSize size)
    {
        var count = chart.Months.Count;
        var xs = Enumerable.Range(0, count).Select(i => (double)i).ToArray();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var color = Palette[s % Palette.Length];
            if (series.HasBand)
                AddBand(plot, xs, series, color);
            if (series.Values.Any(v => v is not null))
            {
                var line = plot.Add.Scatter(xs, series.Values.Select(v => v ?? double.NaN).ToArray(), color);
                line.LineWidth = 2;
                line.MarkerSize = 6;
                line.LegendText = series.Name;
            }
        }

        if (chart.Target is { } target)
            AddReference(plot, target, $"{chart.TargetLabel} ({ChartNumbers.Value(target, chart.Decimals)})", vertical: false);

        // Every month keeps its place; only the labels thin out so they never overlap.
        var step = (int)Math.Ceiling(count / 12.0);
        var ticks = xs.Where((_, i) => i % step == 0).ToArray();
        var labels = ticks.Select(x => chart.Months[(int)x]).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, labels);
        RotateLabelsIfCrowded(plot, labels, size);
        var axis = chart.ValueAxis ?? new AxisRange(0, 100);
        plot.Axes.SetLimits(-0.5, count - 0.5, axis.Minimum, axis.Maximum);

        if (chart.Series.Count > 1 || chart.Series.Any(s => s.HasBand) || chart.Target is not null)
            plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>One shaded band per run of months with both ends known, so a gap in the data stays a gap.</summary>
    private static void AddBand(Plot plot, double[] xs, TrendSeries series, Color color)
    {
        var legendGiven = false;
        var start = 0;
        while (start < xs.Length)
        {
            if (series.Lower![start] is null || series.Upper![start] is null)
            {
                start++;
                continue;
            }

            var end = start;
            while (end + 1 < xs.Length && series.Lower[end + 1] is not null && series.Upper[end + 1] is not null)
                end++;
            var run = Enumerable.Range(start, end - start + 1).ToArray();
            var legend = legendGiven ? null : $"{series.Name}: interval";
            legendGiven = true;
            if (run.Length == 1)
            {
                // A lone month has no width to shade, so its interval is drawn as a thick bar instead.
                var i = run[0];
                var (lower, upper) = (series.Lower[i]!.Value, series.Upper[i]!.Value);
                var mid = series.Values[i] ?? (lower + upper) / 2;
                var single = new ErrorBar([xs[i]], [mid], null, null, [upper - mid], [mid - lower])
                {
                    Color = color.WithAlpha(0.4),
                    LineWidth = 6,
                    CapSize = 0,
                };
                if (legend is not null) single.LegendText = legend;
                plot.Add.Plottable(single);
            }
            else
            {
                var fill = plot.Add.FillY(
                    run.Select(i => xs[i]).ToArray(),
                    run.Select(i => series.Lower[i]!.Value).ToArray(),
                    run.Select(i => series.Upper[i]!.Value).ToArray());
                fill.FillColor = color.WithAlpha(0.2);
                fill.LineWidth = 0;
                fill.MarkerSize = 0;
                if (legend is not null) fill.LegendText = legend;
            }

            start = end + 1;
        }
    }

    private static void AddBars(Plot plot, BarChartSpec chart, ChartSize size, bool horizontal)
    {
        var bars = chart.OrderedBars();
        var count = bars.Count;
        // Horizontal bars read top to bottom, so the first bar takes the highest position.
        double PositionOf(int i) => horizontal ? count - 1 - i : i;

        var barPlot = plot.Add.Bars(bars.Select((b, i) => new Bar
        {
            Position = PositionOf(i),
            Value = b.Value,
            FillColor = b.Label == chart.Highlight ? Palette[1] : Palette[0],
            LineWidth = 0,
            Size = 0.7,
        }).ToArray());
        barPlot.Horizontal = horizontal;

        var withInterval = Enumerable.Range(0, count).Where(i => bars[i].HasInterval).ToArray();
        if (withInterval.Length > 0)
        {
            var positions = withInterval.Select(PositionOf).ToArray();
            var values = withInterval.Select(i => bars[i].Value).ToArray();
            var above = withInterval.Select(i => bars[i].Upper!.Value - bars[i].Value).ToArray();
            var below = withInterval.Select(i => bars[i].Value - bars[i].Lower!.Value).ToArray();
            var errors = horizontal
                ? new ErrorBar(values, positions, above, below, null, null)
                : new ErrorBar(positions, values, null, null, above, below);
            errors.Color = Ink;
            errors.LineWidth = 1.5f;
            errors.CapSize = count > 20 ? 3 : 6;
            errors.LegendText = "Interval";
            plot.Add.Plottable(errors);
        }

        if (chart.ReferenceLine is { } reference)
            AddReference(plot, reference, $"{chart.ReferenceLabel} ({ChartNumbers.Value(reference, chart.Decimals)})", vertical: horizontal);

        var labels = bars.Select(b => b.Label).ToArray();
        var ticks = Enumerable.Range(0, count).Select(PositionOf).ToArray();
        if (horizontal)
        {
            plot.Axes.Left.SetTicks(ticks, labels);
        }
        else
        {
            plot.Axes.Bottom.SetTicks(ticks, labels);
            RotateLabelsIfCrowded(plot, labels, size);
        }

        // Bars start at zero so their lengths compare honestly; intervals and the reference line stay in view.
        var extremes = bars.SelectMany(b => new[] { b.Value, b.Lower ?? b.Value, b.Upper ?? b.Value })
            .Append(0).Append(chart.ReferenceLine ?? 0).ToArray();
        var (low, high) = chart.ValueAxis is { } range
            ? (range.Minimum, range.Maximum)
            : Pad(extremes.Min(), extremes.Max());
        if (horizontal)
            plot.Axes.SetLimits(low, high, -0.6, count - 0.4);
        else
            plot.Axes.SetLimits(-0.6, count - 0.4, low, high);

        if (withInterval.Length > 0 || chart.ReferenceLine is not null)
            plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>Turns the x-axis labels 45 degrees when side by side they would touch.</summary>
    private static void RotateLabelsIfCrowded(Plot plot, string[] labels, ChartSize size)
    {
        var style = plot.Axes.Bottom.TickLabelStyle;
        style.FontName = FontFamily;
        using var paint = Paint.NewDisposablePaint();
        var widest = labels.Max(l => style.Measure(l, paint).Size.Width);
        // Roughly the width left once the y axis and margins have theirs.
        var room = (size.Width - 110f) / labels.Length;
        if (widest + 10 <= room)
            return;

        style.Rotation = -45;
        style.Alignment = Alignment.MiddleRight;
        // ScottPlot does not allow for rotated labels when it sizes the axis, so make room here.
        plot.Axes.Bottom.MinimumSize = widest * 0.71f + 40;
    }

    private static void AddFunnel(Plot plot, FunnelPlot chart)
    {
        var limits = chart.Limits;
        AddCurve(plot, limits.Upper998, Palette[1], LinePattern.Solid, "99.8% limits");
        AddCurve(plot, limits.Lower998, Palette[1], LinePattern.Solid, null);
        AddCurve(plot, limits.Upper95, Palette[0], LinePattern.Dashed, "95% limits");
        AddCurve(plot, limits.Lower95, Palette[0], LinePattern.Dashed, null);

        var centre = plot.Add.HorizontalLine(chart.Centre, 1.5f, ReferenceInk, LinePattern.Solid);
        centre.LegendText = $"{chart.CentreLabel} ({ChartNumbers.Value(chart.Centre, chart.Decimals)})";

        var points = plot.Add.Markers(
            chart.Points.Select(p => p.SampleSize).ToArray(),
            chart.Points.Select(p => p.Value).ToArray(),
            MarkerShape.FilledCircle, 7, Ink);
        points.LegendText = chart.PointsLabel;

        foreach (var point in chart.Points.Where(p => chart.Position(p).Contains("99.8%", StringComparison.Ordinal)))
        {
            var label = plot.Add.Text(point.Label, point.SampleSize, point.Value);
            label.LabelFontName = FontFamily;
            label.LabelFontSize = 12;
            label.LabelFontColor = Ink;
            label.OffsetX = 6;
            label.Alignment = Alignment.MiddleLeft;
        }

        var curveValues = new[] { limits.Lower95, limits.Upper95, limits.Lower998, limits.Upper998 }.SelectMany(c => c).ToArray();
        var maxN = chart.Points.Max(p => p.SampleSize);
        // Limits far from the data (tiny samples) would squash the points, so only the data's range of n counts.
        var values = chart.Points.Select(p => p.Value)
            .Concat(curveValues.Where(c => c.N >= maxN * 0.25).Select(c => c.Value))
            .Append(chart.Centre).ToArray();
        var (low, high) = chart.ValueAxis is { } range ? (range.Minimum, range.Maximum) : Pad(values.Min(), values.Max());
        plot.Axes.SetLimits(0, maxN * 1.08, low, high);
        plot.ShowLegend(Edge.Bottom);
    }

    private static void AddCurve(Plot plot, IReadOnlyList<CurvePoint> curve, Color color, LinePattern pattern, string? legend)
    {
        var sorted = curve.OrderBy(c => c.N).ToArray();
        var line = plot.Add.ScatterLine(sorted.Select(c => c.N).ToArray(), sorted.Select(c => c.Value).ToArray(), color);
        line.LineWidth = 1.5f;
        line.LinePattern = pattern;
        if (legend is not null)
            line.LegendText = legend;
    }

    private static void AddReference(Plot plot, double value, string legend, bool vertical)
    {
        AxisLine line = vertical
            ? plot.Add.VerticalLine(value, 2, ReferenceInk, LinePattern.Dashed)
            : plot.Add.HorizontalLine(value, 2, ReferenceInk, LinePattern.Dashed);
        line.LegendText = legend;
        // Over the bars, not hidden behind them.
        plot.MoveToFront(line);
    }

    /// <summary>Five per cent of the range beyond each end, except at zero, where bars start.</summary>
    private static (double Low, double High) Pad(double low, double high)
    {
        var margin = Math.Max((high - low) * 0.05, 1e-9);
        return (low == 0 ? 0 : low - margin, high == 0 ? 0 : high + margin);
    }
}
