using System.Text;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// Normalises an address or a map snap point into the <see cref="Crime.LocationKey"/> that repeat-location
/// analysis groups by, so that "12  Elm Road," and "12 ELM ROAD" are the same place.
/// </summary>
public static class CrimeLocation
{
    /// <summary>
    /// Upper case (invariant), letters and digits kept, every run of anything else one space, trimmed;
    /// null when nothing is left. Keys longer than 120 characters (the column's size) are cut.
    /// </summary>
    public static string? Key(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var key = new StringBuilder(address.Length);
        var gap = false;
        foreach (var c in address)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && key.Length > 0) key.Append(' ');
                key.Append(char.ToUpperInvariant(c));
                gap = false;
            }
            else gap = true;
        }
        if (key.Length == 0) return null;
        return key.Length > MaxLength ? key.ToString(0, MaxLength).TrimEnd() : key.ToString();
    }

    /// <summary>The key of a house on a street in an area (a postcode or ward code keeps same-named streets apart).</summary>
    public static string? Key(string houseNumber, string street, string area) => Key($"{houseNumber} {street} {area}");

    private const int MaxLength = 120;
}
