using CitizenFocus.Statistics;

namespace CitizenFocus.Tests.Statistics;

/// <summary>Equality gaps: a group against the rest, on weighted survey answers.</summary>
public sealed class EqualityGapTests
{
    [Fact]
    public void Spi_3b_minority_ethnic_users_48_points_less_satisfied_is_a_significant_gap()
    {
        // Seed 002: minority ethnic users 71.8% satisfied, 4.8 pp below white users (76.6%). Synthetic user
        // satisfaction survey: 5,000 minority ethnic and 10,000 white respondents; in every cell half weigh
        // 0.5 and half 1.5, so the weighted shares are exact and n_eff = n / 1.25.
        var responses = Respondents(5_000, 3_590, inGroup: true).Concat(Respondents(10_000, 7_660, inGroup: false)).ToList();

        var gap = EqualityGap.Compare(responses);

        Assert.Equal(GapOutcome.Measured, gap.Outcome);
        Assert.Equal(0.718, gap.Group!.Estimate, 12);
        Assert.Equal(0.766, gap.Rest!.Estimate, 12);
        Assert.Equal(4_000, gap.Group.EffectiveN, 9);
        Assert.Equal(8_000, gap.Rest.EffectiveN, 9);
        Assert.Equal(-0.048, gap.Gap!.Difference, 12);
        Assert.True(gap.Significant);
        Assert.Equal(Direction.Worse, Grading.DirectionOf(gap.Gap));
        // The interval is Newcombe's on the effective counts: 2,872 of 4,000 against 6,128 of 8,000.
        var expected = ProportionDifference.Compare(2_872, 4_000, 6_128, 8_000)!;
        Assert.Equal(expected.Low, gap.Gap.Low, 12);
        Assert.Equal(expected.High, gap.Gap.High, 12);
        Assert.InRange(gap.Gap.Low, -0.066, -0.064);
        Assert.InRange(gap.Gap.High, -0.032, -0.030);
    }

    [Fact]
    public void The_same_gap_on_a_borough_sized_sample_is_not_significant()
    {
        // 100 minority ethnic and 500 white respondents in one borough's 600: 72% against 76.8%.
        var responses = Respondents(100, 72, inGroup: true).Concat(Respondents(500, 384, inGroup: false));

        var gap = EqualityGap.Compare(responses);

        Assert.Equal(GapOutcome.Measured, gap.Outcome);
        Assert.Equal(-0.048, gap.Gap!.Difference, 12);
        Assert.False(gap.Significant);
    }

    [Fact]
    public void A_group_whose_effective_size_is_below_fifty_is_insufficient_even_with_sixty_respondents()
    {
        // 60 respondents weighing 0.2 and 1.8 alternately: n_eff = 60² / (30 · 0.04 + 30 · 3.24) = 36.6.
        var group = Enumerable.Range(0, 60).Select(i => (Weight: i % 2 == 0 ? 0.2 : 1.8, Positive: i % 3 == 0, InGroup: true));
        var gap = EqualityGap.Compare(group.Concat(Respondents(1_000, 800, inGroup: false)));

        Assert.Equal(GapOutcome.InsufficientSample, gap.Outcome);
        Assert.Equal(36.585, gap.Group!.EffectiveN, 3);
        Assert.Null(gap.Gap);
        Assert.False(gap.Significant);
    }

    [Fact]
    public void An_insufficient_rest_or_an_empty_group_is_insufficient()
    {
        var smallRest = EqualityGap.Compare(Respondents(1_000, 700, inGroup: true).Concat(Respondents(40, 30, inGroup: false)));
        var noGroup = EqualityGap.Compare(Respondents(1_000, 700, inGroup: false));

        Assert.Equal(GapOutcome.InsufficientSample, smallRest.Outcome);
        Assert.Equal(GapOutcome.InsufficientSample, noGroup.Outcome);
        Assert.Null(noGroup.Group);
    }

    [Fact]
    public void The_minimum_is_inclusive_and_can_be_changed()
    {
        var responses = Respondents(60, 40, inGroup: true).Concat(Respondents(1_000, 700, inGroup: false)).ToList();

        Assert.Equal(GapOutcome.Measured, EqualityGap.Compare(responses, minimumEffectiveN: 48).Outcome);
        Assert.Equal(GapOutcome.InsufficientSample, EqualityGap.Compare(responses, minimumEffectiveN: 100).Outcome);
    }

    [Fact]
    public void Holms_adjustment_multiplies_the_ith_smallest_p_value_by_m_minus_i_plus_one_and_keeps_the_order()
    {
        // Sorted: 0.005 × 4 = 0.02, 0.01 × 3 = 0.03, 0.03 × 2 = 0.06, 0.04 × 1 = 0.04 → raised to 0.06 so
        // that adjusted values do not fall as p rises (R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")).
        var adjusted = MultipleTesting.Holm([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted, (expected, actual) => Math.Abs(expected - actual) < 1e-12);
    }

    [Fact]
    public void Holms_adjustment_caps_at_one_and_leaves_a_single_test_alone()
    {
        Assert.Equal([1.0, 1.0], MultipleTesting.Holm([0.6, 0.7]));
        Assert.Equal([0.04], MultipleTesting.Holm([0.04]));
        Assert.Empty(MultipleTesting.Holm([]));
    }

    // n respondents of whom `positive` are positive; within the positives and within the negatives, half weigh
    // 0.5 and half 1.5 (counts are even), so the weighted share equals positive / n and n_eff = n / 1.25.
    private static IEnumerable<(double Weight, bool Positive, bool InGroup)> Respondents(int n, int positive, bool inGroup) =>
        Enumerable.Range(0, n).Select(i =>
        {
            var isPositive = i < positive;
            var indexInCell = isPositive ? i : i - positive;
            return (indexInCell % 2 == 0 ? 0.5 : 1.5, isPositive, inGroup);
        });
}
