using CitizenFocus.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Tests.Hosting;

/// <summary>The bounded-work limits are validated at start-up (ValidateOnStart), and default to one analysis per person for 30 seconds.</summary>
public sealed class HeavyWorkOptionsTests
{
    [Theory]
    [InlineData("PerUser", "0")]
    [InlineData("BudgetSeconds", "0")]
    [InlineData("BudgetSeconds", "100000")]
    public void A_limit_out_of_range_is_refused(string key, string value)
    {
        var options = Options(new() { [$"HeavyWork:{key}"] = value });

        Assert.Throws<OptionsValidationException>(() => options.Value);
    }

    [Fact]
    public void Without_settings_each_person_runs_one_heavy_analysis_for_at_most_30_seconds()
    {
        var options = Options([]).Value;

        Assert.Equal((1, 30), (options.PerUser, options.BudgetSeconds));
    }

    private static IOptions<HeavyWorkOptions> Options(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddHeavyWork()
            .BuildServiceProvider()
            .GetRequiredService<IOptions<HeavyWorkOptions>>();
}
