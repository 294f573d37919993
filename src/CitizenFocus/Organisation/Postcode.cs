namespace CitizenFocus.Organisation;

/// <summary>A postcode's location and ward, from the ONS postcode directory (or the demo's own).</summary>
public sealed class Postcode
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
}
