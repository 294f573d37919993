using System.Globalization;

namespace CitizenFocus.Data;

/// <summary>
/// Reads the text EF Core's SQLite provider stores a <see cref="DateTime"/> as ("yyyy-MM-dd HH:mm:ss" with up to
/// seven digits of fraction) into a UTC <see cref="DateTime"/>, for the few readers that bypass EF over many rows.
/// The fixed layout is read by position; anything else goes to <see cref="DateTime.Parse(string, IFormatProvider)"/>,
/// which is what Microsoft.Data.Sqlite's GetDateTime does for every value. The general parse costs about a
/// microsecond a value: for the scheduler's 88,667 due series (two dates each) it was most of the 0.4 s their read
/// took, against 27 ms for SQLite to run the query (bench/README.md, recurring-open).
/// </summary>
public static class SqliteDateText
{
    public static DateTime ParseUtc(string text)
    {
        if (TryFixed(text, out var value)) return value;
        return DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }

    private static bool TryFixed(string s, out DateTime value)
    {
        value = default;
        if (s.Length < 19 || s.Length == 20 || s.Length > 27 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':')
            return false;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
            return false;
        long ticks = 0;
        if (s.Length > 19)
        {
            if (s[19] != '.' || !Digits(s, 20, s.Length - 20, out var fraction)) return false;
            ticks = fraction;
            for (var i = s.Length - 20; i < 7; i++) ticks *= 10;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        return true;
    }

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
