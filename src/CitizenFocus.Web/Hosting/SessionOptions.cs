using System.ComponentModel.DataAnnotations;

namespace CitizenFocus.Web.Hosting;

/// <summary>The "Sessions" section: how long a signed-in session lasts (OWASP ASVS V7).</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>A session not used for this long ends.</summary>
    [Range(1, 24 * 60)]
    public int IdleMinutes { get; set; } = 30;

    /// <summary>A session ends this long after sign-in, however much it is used.</summary>
    [Range(1, 24 * 7)]
    public int AbsoluteHours { get; set; } = 10;
}
