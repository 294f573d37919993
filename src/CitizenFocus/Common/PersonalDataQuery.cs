using System.Text;

namespace CitizenFocus.Common;

/// <summary>
/// Who a subject access request is about, as each capability's search takes it: the name exactly (any case, spaces
/// collapsed, so that "Ann Khan" is not "Anne Khan"), and any of a phone number (digits only, +44 read as 0), an e-mail
/// address (any case), an address, and a record key (a victim's or offender's reference, a caller key).
/// </summary>
public sealed record PersonalDataQuery(string Name, string? Phone, string? Email, string? Address, string? RecordKey)
{
    public string NormalisedName => string.Join(' ', Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();

    /// <summary>The phone number's digits, with a leading 44 (from +44) read as 0; null when none was given.</summary>
    public string? PhoneDigits
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Phone)) return null;
            var digits = new StringBuilder();
            foreach (var c in Phone) if (char.IsAsciiDigit(c)) digits.Append(c);
            var text = digits.ToString();
            if (text.StartsWith("44", StringComparison.Ordinal) && text.Length == 12) text = "0" + text[2..];
            return text.Length >= 7 ? text : null;
        }
    }

    /// <summary>The same number as written with +44 and no spaces, as some records hold it.</summary>
    public string? PhoneInternational => PhoneDigits is { Length: > 1 } d && d[0] == '0' ? "+44" + d[1..] : null;

    public string? NormalisedEmail => string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();
    public string? NormalisedAddress => string.IsNullOrWhiteSpace(Address) ? null : Address.Trim().ToLowerInvariant();
    public string? Key => string.IsNullOrWhiteSpace(RecordKey) ? null : RecordKey.Trim();
}

/// <summary>One record a capability holds about the person: what it is, when, and each personal field it holds.</summary>
public sealed record PersonalDataMatch(string RecordType, string RecordId, DateTime At, string Description,
    IReadOnlyList<PersonalDataField> Held, string MatchedOn);

public sealed record PersonalDataField(string Name, string Value)
{
    /// <summary>The fields that hold something, in the order given: a record lists only what it holds about the person.</summary>
    public static IReadOnlyList<PersonalDataField> Held(params (string Name, string? Value)[] fields) =>
        [.. fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new PersonalDataField(f.Name, f.Value!))];
}
