using System.Security.Cryptography;

namespace CitizenFocus.Contact;

/// <summary>Short, unambiguous references to read out on the phone (Crockford's base 32: no I, L, O or U).</summary>
public static class MessageReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return Format(BitConverter.ToInt64(bytes) & ((1L << 40) - 1));
    }

    /// <summary>The reference for a number (the demo uses its sequence so that references repeat with the seed).</summary>
    public static string Format(long value)
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 7; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return $"TM-{chars[..4]}-{chars[4..]}";
    }
}
