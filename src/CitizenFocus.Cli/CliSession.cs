using System.CommandLine;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Statistics.Performance;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Cli;

/// <summary>
/// One command's services and database: resolves the database options, builds the container and
/// brings the schema up to date before the command touches it.
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly ServiceProvider root;
    private readonly AsyncServiceScope scope;

    private CliSession(ServiceProvider root, DatabaseProvider provider)
    {
        this.root = root;
        scope = root.CreateAsyncScope();
        Provider = provider;
    }

    public DatabaseProvider Provider { get; }
    public CitizenFocusDb Db => Get<CitizenFocusDb>();
    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Opens the database and migrates it; null (after saying why) when the options are wrong.</summary>
    public static async Task<CliSession?> OpenAsync(ParseResult parse, CliContext context, GlobalOptions options,
        CancellationToken ct, bool migrate = true)
    {
        var (provider, connectionString, error) = options.Resolve(parse, context.Configuration);
        if (error is not null)
        {
            await context.Err.WriteLineAsync(error);
            return null;
        }

        var services = new ServiceCollection();
        services.AddSingleton(context.Time);
        services.AddCitizenFocusDb(provider, connectionString);
        services.AddCitizenFocusCore();
        services.AddCitizenFocusIdentityCore();
        services.AddOptions<PerformanceOptions>().Bind(context.Configuration.GetSection(PerformanceOptions.Section));
        var session = new CliSession(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), provider);
        if (migrate) await DatabaseSetup.MigrateAsync(session.Db, ct);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await root.DisposeAsync();
    }
}
