using System.Text.RegularExpressions;

namespace CitizenFocus.Organisation;

/// <summary>A postcode's location and ward, from the ONS postcode directory (or the demo's own).</summary>
public sealed partial class Postcode
{
    /// <summary>Normalised: upper case, no spaces ("SW1A2AA").</summary>
    public required string Code { get; set; }

    /// <summary>As printed ("SW1A 2AA").</summary>
    public required string Display { get; set; }

    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? WardCode { get; set; }
    public string? LocalAuthorityCode { get; set; }

    public static string Normalise(string postcode) =>
        new string(postcode.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    /// <summary>True when a normalised code has the shape of a UK postcode (outward code, then digit and two letters).</summary>
    public static bool IsWellFormed(string normalised) => Shape().IsMatch(normalised);

    /// <summary>"SW1A2AA" → "SW1A 2AA": the inward code is always the last three characters.</summary>
    public static string ToDisplay(string normalised) =>
        normalised.Length > 3 ? $"{normalised[..^3]} {normalised[^3..]}" : normalised;

    [GeneratedRegex("^(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)[0-9][A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
