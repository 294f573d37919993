using CitizenFocus.CrimeAnalysis;

namespace CitizenFocus.Tests.CrimeAnalysis;

/// <summary>Hour-by-weekday counts on London clocks; the 2024 changes were 31 March and 27 October at 01:00 UTC.</summary>
public sealed class TemporalProfileTests
{
    private const int Monday = 0, Saturday = 5, Sunday = 6;

    private static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Clocks_going_forward_skip_one_am_on_london_clocks()
    {
        // 00:30 UTC is 00:30 GMT; 01:30 UTC is 02:30 BST. Nothing can fall between 01:00 and 02:00.
        var counts = TemporalProfile.HourByWeekday([Utc(2024, 3, 31, 0, 30), Utc(2024, 3, 31, 1, 30)]);
        Assert.Equal(1, counts[0, Sunday]);
        Assert.Equal(0, counts[1, Sunday]);
        Assert.Equal(1, counts[2, Sunday]);
    }

    [Fact]
    public void Clocks_going_back_put_two_utc_hours_into_one_am()
    {
        // 00:30 UTC is 01:30 BST; 01:30 UTC is 01:30 GMT.
        var counts = TemporalProfile.HourByWeekday([Utc(2024, 10, 27, 0, 30), Utc(2024, 10, 27, 1, 30)]);
        Assert.Equal(2, counts[1, Sunday]);
        Assert.Equal(0, counts[0, Sunday]);
    }

    [Fact]
    public void A_late_summer_evening_in_utc_is_the_next_day_in_london()
    {
        // Sunday 7 July 2024 23:30 UTC is Monday 00:30 BST; Sunday 7 January 23:30 UTC stays Sunday 23:30 GMT.
        var counts = TemporalProfile.HourByWeekday([Utc(2024, 7, 7, 23, 30), Utc(2024, 1, 7, 23, 30)]);
        Assert.Equal(1, counts[0, Monday]);
        Assert.Equal(1, counts[23, Sunday]);
        Assert.Equal(0, counts[23, Saturday]);
    }

    [Fact]
    public void The_matrix_is_24_hours_by_7_days_and_holds_every_time()
    {
        var times = Enumerable.Range(0, 24 * 14).Select(h => Utc(2024, 3, 25, 0, 0).AddHours(h)).ToList();
        var counts = TemporalProfile.HourByWeekday(times);
        Assert.Equal(24, counts.GetLength(0));
        Assert.Equal(7, counts.GetLength(1));
        Assert.Equal(times.Count, counts.Cast<int>().Sum());
        // The fortnight spans the change: Sunday 31 March has no 01:00 hour, but Sunday 7 April does.
        Assert.Equal(1, counts[1, Sunday]);
        Assert.Equal(2, counts[2, Sunday]);
    }

    [Fact]
    public void Unspecified_times_are_taken_as_utc()
    {
        var counts = TemporalProfile.HourByWeekday([new DateTime(2024, 7, 1, 12, 0, 0, DateTimeKind.Unspecified)]);
        Assert.Equal(1, counts[13, Monday]);
    }

    [Fact]
    public void Local_times_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TemporalProfile.HourByWeekday([new DateTime(2024, 7, 1, 12, 0, 0, DateTimeKind.Local)]));
    }

    [Fact]
    public void Days_are_numbered_from_monday()
    {
        Assert.Equal(0, TemporalProfile.MondayFirst(DayOfWeek.Monday));
        Assert.Equal(6, TemporalProfile.MondayFirst(DayOfWeek.Sunday));
    }
}
