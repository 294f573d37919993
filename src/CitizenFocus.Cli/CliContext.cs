using Microsoft.Extensions.Configuration;

namespace CitizenFocus.Cli;

/// <summary>
/// Everything a command takes from its surroundings, so that tests can run commands in-process:
/// the streams, the clock, configuration (environment variables), and whether a person is watching.
/// </summary>
internal sealed record CliContext(
    TextWriter Out, TextWriter Err, TextReader In, TimeProvider Time, IConfiguration Configuration,
    bool IsTerminal, string Actor)
{
    /// <summary>Holds the password for <c>users add</c> when it is not piped in.</summary>
    public const string PasswordVariable = "CITIZENFOCUS_PASSWORD";

    public static CliContext FromProcess() => new(
        Console.Out, Console.Error, Console.In, TimeProvider.System,
        new ConfigurationBuilder().AddEnvironmentVariables().Build(),
        IsTerminal: !Console.IsOutputRedirected && !Console.IsErrorRedirected,
        Actor: "cli:" + Environment.UserName);

    /// <summary>A context for tests: given streams and clock, no terminal, and only the given settings.</summary>
    public static CliContext ForTest(TextWriter output, TextWriter error, TimeProvider time,
        IReadOnlyDictionary<string, string?>? settings = null, TextReader? input = null) => new(
        output, error, input ?? TextReader.Null, time,
        new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build(),
        IsTerminal: false, Actor: "cli:test");
}
