using System.ComponentModel.DataAnnotations;

namespace CitizenFocus.Web.Hosting;

/// <summary>The "RateLimits" section: requests per minute per client address.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public const string SignInPolicy = "sign-in";
    public const string PublicPolicy = "public";

    [Range(1, 100_000)]
    public int SignInPerMinute { get; set; } = 10;

    [Range(1, 100_000)]
    public int PublicPerMinute { get; set; } = 30;
}
