using CitizenFocus.Audit;
using CitizenFocus.Data;
using CitizenFocus.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Audit;

/// <summary>The web host takes the audit key from configuration, and refuses to start without one outside Development.</summary>
public sealed class AuditKeyStartupTests
{
    [Fact]
    public async Task Production_without_an_audit_key_refuses_to_start_and_names_the_setting()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("AllowedHosts", "citizenfocus.example");
            b.UseSetting("ConnectionStrings:CitizenFocus", database.ConnectionString);
            b.UseSetting("Promises:BackgroundWork", "false");
        });

        var refused = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("Audit:Key is not set", refused.ToString());
        Assert.Contains("Audit__Key", refused.ToString());
    }

    [Fact]
    public async Task Development_on_sqlite_generates_the_key_beside_the_database_and_signs_with_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var keyFile = AuditKeyFile.PathFor(database.ConnectionString)!;
        try
        {
            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Development");
                b.UseSetting("ConnectionStrings:CitizenFocus", database.ConnectionString);
                b.UseSetting("Demo:LoadWhenEmpty", "false");
                b.UseSetting("Promises:BackgroundWork", "false");
            });
            _ = app.Server;
            using (var scope = app.Services.CreateScope())
                await scope.ServiceProvider.GetRequiredService<AuditLog>()
                    .AppendAsync(new AuditRecord("officer@met.police.example", AuditAction.Alteration, "Call", "CAD1"));

            Assert.True(File.Exists(keyFile));
            await using var db = database.CreateDb();
            // What the command line on the same file does: read the key beside it and verify.
            var fileKey = AuditKeyring.Of(AuditKeyFile.ReadOrCreate(keyFile));
            Assert.True((await new AuditVerifier(db, fileKey, TimeProvider.System).VerifyAsync()).Intact);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }
}
