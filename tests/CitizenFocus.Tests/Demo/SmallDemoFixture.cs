using CitizenFocus.Audit;
using System.Globalization;
using CitizenFocus.Data;
using CitizenFocus.Demo;
using CitizenFocus.Tests.Infrastructure;
using Xunit.Sdk;

namespace CitizenFocus.Tests.Demo;

/// <summary>
/// The same small demo force made twice, once by the generator and once by `citizenfocus demo`,
/// with the same seed and the same fake time, side by side. Each run inserts about half a million rows.
/// </summary>
public sealed class SmallDemoFixture : IAsyncLifetime
{
    public const int Seed = 11;

    public TestDatabase ByGenerator { get; private set; } = null!;
    public TestDatabase ByCommand { get; private set; } = null!;
    public DemoSummary Summary { get; private set; } = null!;
    public CliOutcome Command { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ByGenerator = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        ByCommand = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var generated = Task.Run(async () =>
        {
            await using var db = ByGenerator.CreateDb();
            return await new DemoGenerator(db, TestClock.Create(), new AuditLog(db, TestClock.Create(), TestAuditKey.Keyring)).GenerateAsync(DemoScale.Small, Seed);
        });
        var command = Task.Run(() => CliRunner.RunAsync(ByCommand, TestClock.Create(),
            "demo", "--scale", "small", "--seed", Seed.ToString(CultureInfo.InvariantCulture)));
        await Task.WhenAll(generated, command);

        Summary = await generated;
        Command = await command;
        if (Command.ExitCode != 0) throw new XunitException("citizenfocus demo failed: " + Command);
    }

    public async Task DisposeAsync()
    {
        if (ByGenerator is not null) await ByGenerator.DisposeAsync();
        if (ByCommand is not null) await ByCommand.DisposeAsync();
    }
}
