using CitizenFocus.Common;

namespace CitizenFocus.Cli;

/// <summary>How the import commands print a failed import: "FILE: row R, column C: message", then that nothing was stored.</summary>
internal static class ImportErrors
{
    public static Task<int> ReportAsync(CliContext context, Result result) => WriteAsync(context, result.Errors);

    public static async Task<int> WriteAsync(CliContext context, IReadOnlyList<ValidationError> errors)
    {
        foreach (var error in errors)
            await context.Err.WriteLineAsync(Describe(error));
        await context.Err.WriteLineAsync("Nothing was imported.");
        return ExitCodes.Failed;
    }

    public static string Describe(ValidationError error) =>
        (error.File is { } file ? file + ": " : "") + (error.Row, error.Field) switch
        {
            ({ } row, "file") => $"row {row}: {error.Message}",
            ({ } row, var column) => $"row {row}, column {column}: {error.Message}",
            (null, "file") => error.Message,
            (null, var column) => $"column {column}: {error.Message}",
        };

    /// <summary>A readable file for an import, or a message saying why not.</summary>
    public static async Task<bool> ExistsAsync(CliContext context, FileInfo file)
    {
        if (file.Exists) return true;
        await context.Err.WriteLineAsync($"{file.FullName}: no such file");
        return false;
    }

    public static FileStream OpenRead(FileInfo file) =>
        new(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
