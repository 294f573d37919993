using CitizenFocus.Common;

namespace CitizenFocus.Cli.Commands;

/// <summary>How the import commands word a failed file: "row R, column C: message" for each error.</summary>
internal static class ImportErrors
{
    public static string Describe(ValidationError error) => (error.Row, error.Field) switch
    {
        ({ } row, "file") => $"row {row}: {error.Message}",
        ({ } row, var column) => $"row {row}, column {column}: {error.Message}",
        (null, "file") => error.Message,
        (null, var column) => $"column {column}: {error.Message}",
    };

    /// <summary>Writes the errors and the all-or-nothing reminder; returns the exit code for a failed import.</summary>
    public static async Task<int> ReportAsync(CliContext context, Result result, string? file = null)
    {
        foreach (var error in result.Errors)
            await context.Err.WriteLineAsync(file is null ? Describe(error) : $"{file}: {Describe(error)}");
        await context.Err.WriteLineAsync("Nothing was imported.");
        return ExitCodes.Failed;
    }

    /// <summary>Checks the file exists; writes why not.</summary>
    public static async Task<bool> ExistsAsync(CliContext context, FileInfo path)
    {
        if (path.Exists) return true;
        await context.Err.WriteLineAsync($"{path.FullName}: no such file");
        return false;
    }
}
