using CitizenFocus.Reporting;

namespace CitizenFocus.Tests.Reporting;

public sealed class ChartSpecTests
{
    [Fact]
    public void A_bar_charts_data_table_has_a_row_per_bar_in_the_drawn_order()
    {
        var chart = SampleReport.BoroughBars();

        var table = chart.ToDataTable();

        Assert.Equal(chart.Bars.Count, table.Rows.Count);
        Assert.Equal(["Borough", "Satisfied (%)", "Lower", "Upper"], table.Headers);
        Assert.Equal(chart.Bars.MaxBy(b => b.Value)!.Label, table.Rows[0][0]);
        Assert.Equal(chart.OrderedBars().Select(b => b.Label), table.Rows.Select(r => r[0]));
        Assert.Contains("(Force average: 74.0)", table.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_horizontal_bar_charts_data_table_names_its_category_axis_first()
    {
        var chart = ChartRendererTests.EqualityGaps(5);

        var table = chart.ToDataTable();

        Assert.Equal(5, table.Rows.Count);
        Assert.Equal("Group", table.Headers[0]);
        Assert.Equal("-3.0", table.Rows[0][1]);
    }

    [Fact]
    public void A_trend_charts_data_table_has_a_row_per_month_and_columns_for_each_band()
    {
        var chart = SampleReport.ForceTrend();

        var table = chart.ToDataTable();

        Assert.Equal(chart.Months.Count, table.Rows.Count);
        Assert.Equal(
            ["Month", "Victims & witnesses", "Victims & witnesses lower", "Victims & witnesses upper", "Most similar forces"],
            table.Headers);
        Assert.Equal(["Aug 2025", "no data", "no data", "no data", "72.8"], table.Rows[4]);
        Assert.Equal([false, true, true, true, true], table.NumericColumns);
    }

    [Fact]
    public void A_funnel_plots_data_table_has_a_row_per_point_saying_where_it_falls()
    {
        var chart = SampleReport.BoroughFunnel();

        var table = chart.ToDataTable();

        Assert.Equal(chart.Points.Count, table.Rows.Count);
        var ealing = Assert.Single(table.Rows, r => r[0] == "Ealing");
        Assert.Equal("Below 99.8% limit", ealing[3]);
        Assert.Contains(table.Rows, r => r[3] == "Within limits");
    }

    [Fact]
    public void A_funnel_point_is_judged_against_the_limits_at_its_own_sample_size()
    {
        var chart = SampleReport.BoroughFunnel();
        // At n = 100 the 95% upper limit is 74 + 1.96 × 4.39 ≈ 82.6 and the 99.8% one ≈ 87.6.
        Assert.Equal("Within limits", chart.Position(new FunnelPoint("A", 100, 82)));
        Assert.Equal("Above 95% limit", chart.Position(new FunnelPoint("B", 100, 84)));
        Assert.Equal("Above 99.8% limit", chart.Position(new FunnelPoint("C", 100, 88)));
        // The same 84 at n = 500 is well beyond both.
        Assert.Equal("Above 99.8% limit", chart.Position(new FunnelPoint("D", 500, 84)));
    }

    [Fact]
    public void A_series_with_fewer_values_than_months_is_refused()
    {
        var chart = SampleReport.ForceTrend() with { Series = [new TrendSeries("Short", [70, 71])] };

        Assert.Throws<ArgumentException>(() => chart.ToDataTable());
        Assert.Throws<ArgumentException>(() => ChartRenderer.ToSvg(chart));
    }

    [Fact]
    public void A_table_row_with_the_wrong_number_of_cells_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Table("Bad", ["A", "B"], [["only one"]]));
    }
}
