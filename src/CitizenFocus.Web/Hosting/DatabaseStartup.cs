using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Migrates the database and, when configured, loads the demo force into an empty one.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("CitizenFocus.Startup");
        // A missing audit key refuses the start here, before the database is touched.
        _ = services.GetRequiredService<AuditKeyring>();
        var db = services.GetRequiredService<CitizenFocusDb>();
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
            await DatabaseSetup.MigrateAsync(db);

        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!demo.LoadWhenEmpty || await db.Forces.AnyAsync()) return;

        logger.LogInformation("Empty database: loading the {Scale} demo force (seed {Seed})", demo.Scale, demo.Seed);
        var lastStage = "";
        var progress = new Progress<DemoProgress>(p =>
        {
            if (p.Stage != lastStage || p.Rows % 200_000 == 0)
                logger.LogInformation("Demo force: {Stage} {Rows:N0} rows", p.Stage, p.Rows);
            lastStage = p.Stage;
        });
        var summary = await services.GetRequiredService<DemoGenerator>().GenerateAsync(demo.Scale, demo.Seed, progress);
        logger.LogInformation(
            "Demo force loaded: {Boroughs} boroughs, {Wards} wards, {Staff} staff, {Rows:N0} rows in {Seconds:F1} s",
            summary.Boroughs, summary.Wards, summary.Staff, summary.TotalRows, summary.Elapsed.TotalSeconds);
    }
}
