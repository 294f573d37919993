namespace CitizenFocus.Web.Hosting;

/// <summary>
/// Reads an enum from a form field or a JSON string by its name ("Email", "in-person", "IN_PERSON"),
/// never by number, so that a stored value cannot be reached by guessing integers.
/// </summary>
public static class EnumInput
{
    public static T? Parse<T>(string? value) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var name = value.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (name.Length == 0 || !char.IsLetter(name[0])) return null;
        return Enum.TryParse<T>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }
}
