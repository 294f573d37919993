using CitizenFocus.Audit;
using CitizenFocus.Data;

namespace CitizenFocus.Web.Hosting;

public static class DataSetup
{
    /// <summary>Database provider from configuration, the clock, and the core services pages use.</summary>
    public static WebApplicationBuilder AddCitizenFocusData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("CitizenFocus");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (options.Provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:CitizenFocus is empty.");
            var file = Path.IsPathRooted(options.SqliteFile)
                ? options.SqliteFile
                : Path.Combine(builder.Environment.ContentRootPath, options.SqliteFile);
            connectionString = DatabaseSetup.SqliteConnectionString(file);
        }

        // The audit chain's key comes from configuration (Audit__Key). Only a development database on SQLite
        // makes its own, once, in a file beside it (which the command line on that file finds too); anywhere
        // else a missing key stops the start with the validator's message.
        var keyFile = builder.Environment.IsDevelopment() && options.Provider == DatabaseProvider.Sqlite
            ? AuditKeyFile.PathFor(connectionString)
            : null;
        builder.Services.AddOptions<AuditKeyOptions>().BindConfiguration(AuditKeyOptions.Section)
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.Key) && keyFile is not null) o.Key = AuditKeyFile.ReadOrCreate(keyFile);
            })
            .ValidateOnStart();

        builder.Services.TryAddTimeProvider();
        builder.Services.AddCitizenFocusDb(options.Provider, connectionString);
        builder.Services.AddCitizenFocusCore();
        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
