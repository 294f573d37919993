using System.Text;

namespace CitizenFocus.CrimeAnalysis;

/// <summary>
/// The fourteen crime types police.uk publishes, as its files name them, with the category ids of its API
/// (https://data.police.uk/docs/method/crime-categories/). Seeded into <see cref="OpenDataCrimeType"/>:
/// the id of each is its position here plus one.
/// </summary>
public static class PoliceUkCrimeTypes
{
    public static IReadOnlyList<OpenDataCrimeType> All { get; } =
    [
        Type(1, "Anti-social behaviour", "anti-social-behaviour"),
        Type(2, "Bicycle theft", "bicycle-theft"),
        Type(3, "Burglary", "burglary"),
        Type(4, "Criminal damage and arson", "criminal-damage-arson"),
        Type(5, "Drugs", "drugs"),
        Type(6, "Other crime", "other-crime"),
        Type(7, "Other theft", "other-theft"),
        Type(8, "Possession of weapons", "possession-of-weapons"),
        Type(9, "Public order", "public-order"),
        Type(10, "Robbery", "robbery"),
        Type(11, "Shoplifting", "shoplifting"),
        Type(12, "Theft from the person", "theft-from-the-person"),
        Type(13, "Vehicle crime", "vehicle-crime"),
        Type(14, "Violence and sexual offences", "violent-crime"),
    ];

    /// <summary>The names, in id order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(t => t.Name)];

    internal static byte[][] Utf8Names { get; } = [.. All.Select(t => Encoding.UTF8.GetBytes(t.Name))];

    /// <summary>The id of a published name, in any case; 0 when it is none of them.</summary>
    public static int IdOf(string name)
    {
        foreach (var type in All)
            if (string.Equals(type.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) return type.Id;
        return 0;
    }

    private static OpenDataCrimeType Type(int id, string name, string slug) => new() { Id = id, Name = name, Slug = slug };
}

/// <summary>police.uk's crime ID: 64 hexadecimal digits (a SHA-256), held as its 32 bytes.</summary>
public static class PoliceUkCrimeId
{
    public const int Bytes = 32, Digits = 64;

    /// <summary>The 32 bytes of 64 hexadecimal digits (UTF-8, either case); null when the text is not that.</summary>
    public static byte[]? Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != Digits) return null;
        var bytes = new byte[Bytes];
        return Convert.FromHexString(utf8, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == Bytes
            ? bytes : null;
    }

    /// <summary>The bytes of an ID as text, parsed as <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
    public static byte[]? Parse(string text) => Parse(Encoding.ASCII.GetBytes(text));

    /// <summary>The ID as police.uk writes it: 64 lower-case hexadecimal digits.</summary>
    public static string Text(byte[] id) => Convert.ToHexStringLower(id);
}
