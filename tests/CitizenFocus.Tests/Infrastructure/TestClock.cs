using Microsoft.Extensions.Time.Testing;

namespace CitizenFocus.Tests.Infrastructure;

public static class TestClock
{
    /// <summary>A fixed Wednesday lunchtime in London (GMT), so that runs are repeatable.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
