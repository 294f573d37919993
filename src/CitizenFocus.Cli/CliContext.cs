using Microsoft.Extensions.Configuration;

namespace CitizenFocus.Cli;

/// <summary>
/// Everything a command takes from its surroundings, so that tests can run commands in-process:
/// the streams, the clock, configuration (environment variables), whether a person is watching, and who
/// is running the command (<see cref="Actor"/>, the name the audit trail records).
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
        Actor: ActorFor(Environment.UserName));

    /// <summary>
    /// The audit trail names a command-line user by the operating-system account that runs the command,
    /// "cli:jsmith": the machine has already authenticated that account, and the prefix keeps it apart from
    /// a web sign-in name. There is deliberately no option or variable to name someone else: a name the user
    /// types would make the trail say whatever the user wanted.
    /// </summary>
    public static string ActorFor(string account) => "cli:" + account;

    /// <summary>A context for tests: given streams and clock, no terminal, and only the given settings.</summary>
    public static CliContext ForTest(TextWriter output, TextWriter error, TimeProvider time,
        IReadOnlyDictionary<string, string?>? settings = null, TextReader? input = null, string account = "test") => new(
        output, error, input ?? TextReader.Null, time,
        new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build(),
        IsTerminal: false, Actor: ActorFor(account));
}
