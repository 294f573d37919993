using CitizenFocus.Reporting;

namespace CitizenFocus.Tests.Reporting;

public sealed class AxisRangeTests
{
    [Fact]
    public void An_axis_fitted_to_figures_between_52_and_62_runs_from_50_to_65_in_steps_of_2_point_5()
    {
        // Span 9.5, a tenth of it either side: 51.35 to 62.75; about five steps of 2.28 round up to 2.5.
        var axis = AxisRange.Fitting([52.3, 61.8, null, 57.0]);

        Assert.Equal(new AxisRange(50, 65), axis);
    }

    [Fact]
    public void A_fitted_axis_stops_at_the_floor_and_ceiling_it_is_given()
    {
        Assert.Equal(new AxisRange(94, 100), AxisRange.Fitting([95, 99.5], floor: 0, ceiling: 100));
        Assert.Equal(new AxisRange(0, 8), AxisRange.Fitting([0.5, 6.2], floor: 0, ceiling: 100));
    }

    [Fact]
    public void A_single_figure_gets_an_axis_around_it_and_no_figure_none()
    {
        var axis = AxisRange.Fitting([40.0]);

        Assert.NotNull(axis);
        Assert.InRange(axis.Minimum, 30, 39.9);
        Assert.InRange(axis.Maximum, 40.1, 50);
        Assert.Null(AxisRange.Fitting([null, double.NaN]));
    }
}
