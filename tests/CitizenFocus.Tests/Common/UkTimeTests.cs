using System.Globalization;
using CitizenFocus.Common;
using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Common;

public sealed class UkTimeTests
{
    [Theory]
    [InlineData("2026-07-01", false, "2026-06-30T23:00:00Z")]
    [InlineData("2026-07-01", true, "2026-07-01T23:00:00Z")]
    [InlineData("2026-12-01", true, "2026-12-02T00:00:00Z")]
    [InlineData("2026-07-01T09:30", false, "2026-07-01T08:30:00Z")]
    [InlineData("2026-07-01T09:30:00Z", false, "2026-07-01T09:30:00Z")]
    [InlineData("2026-07-01T09:30:00+02:00", true, "2026-07-01T07:30:00Z")]
    public void Typed_dates_and_times_are_uk_time(string text, bool endOfDay, string expectedUtc)
    {
        Assert.True(UkTime.TryParse(text, endOfDay, out var utc));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture).UtcDateTime, utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void A_time_skipped_when_the_clocks_go_forward_is_read_as_the_hour_after()
    {
        // 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:30 never happens on UK clocks.
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
    }

    [Fact]
    public void The_uk_day_of_an_evening_in_summer_is_the_next_day_after_23_00_utc()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 7, 1), UkTime.Today(time));
        Assert.Equal(new DateOnly(2026, 7, 1), UkTime.ThisMonth(time));
        Assert.Equal(new DateTime(2026, 7, 1, 23, 0, 0, DateTimeKind.Utc), UkTime.EndOfDayUtc(time.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void Formats_show_uk_wall_clock_time()
    {
        var summer = new DateTime(2026, 7, 1, 13, 5, 0, DateTimeKind.Utc);
        var winter = new DateTime(2026, 11, 25, 9, 5, 0, DateTimeKind.Unspecified);

        Assert.Equal("1 July 2026, 2:05pm", UkTime.Format(summer));
        Assert.Equal("25 November 2026, 9:05am", UkTime.Format(winter));
        Assert.Equal("2026-07-01 14:05:00", UkTime.FormatStamp(summer));
        Assert.Equal("2026-07-01T14:05:00+01:00", UkTime.FormatIso(summer));
        Assert.Equal("2026-11-25T09:05:00+00:00", UkTime.FormatIso(winter));
        Assert.Equal("1 Jul 2026", UkTime.FormatShortDate(summer));
    }

    [Fact]
    public void A_local_time_is_refused_since_the_servers_zone_says_nothing_about_the_uk()
    {
        Assert.Throws<ArgumentException>(() => UkTime.ToUk(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Local)));
    }
}
