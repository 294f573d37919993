namespace CitizenFocus.Common;

/// <summary>
/// One thing wrong with a request: the field it concerns and what to do about it. Imports also
/// give the row (1 = the first row after the header), so a person can find it in the file, and,
/// when one import reads several files, the file.
/// </summary>
public sealed record ValidationError(string Field, string Message, long? Row = null, string? File = null)
{
    public override string ToString() =>
        (File is { } file ? file + ": " : "") + (Row is { } row ? $"row {row}, column {Field}: {Message}" : $"{Field}: {Message}");
}
