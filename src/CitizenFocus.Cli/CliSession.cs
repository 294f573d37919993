using System.CommandLine;
using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Statistics.Performance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        var keyFile = await AuditKeyFileAsync(context, provider, connectionString);
        services.AddOptions<AuditKeyOptions>().Bind(context.Configuration.GetSection(AuditKeyOptions.Section))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.Key) && keyFile is not null) o.Key = AuditKeyFile.ReadOrCreate(keyFile);
            });
        var session = new CliSession(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), provider);
        try
        {
            _ = session.Get<AuditKeyring>();
        }
        catch (OptionsValidationException invalid)
        {
            await context.Err.WriteLineAsync(invalid.Message);
            await session.DisposeAsync();
            return null;
        }
        if (migrate) await DatabaseSetup.MigrateAsync(session.Db, ct);
        return session;
    }

    /// <summary>
    /// Where a SQLite database without a configured Audit__Key keeps its key: the file beside it that the
    /// development web host and the demo use, made here if the database has none yet. PostgreSQL always
    /// takes Audit__Key from configuration.
    /// </summary>
    private static async Task<string?> AuditKeyFileAsync(CliContext context, DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.Sqlite
            || !string.IsNullOrWhiteSpace(context.Configuration[$"{AuditKeyOptions.Section}:{nameof(AuditKeyOptions.Key)}"]))
            return null;
        var file = AuditKeyFile.PathFor(connectionString);
        if (file is not null && !File.Exists(file))
            await context.Err.WriteLineAsync($"No Audit__Key is configured: the audit key of this SQLite database is generated into {file}; keep it, the audit trail verifies only with it.");
        return file;
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await root.DisposeAsync();
    }
}
