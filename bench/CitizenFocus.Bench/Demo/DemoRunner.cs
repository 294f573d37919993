using System.Diagnostics;
using CitizenFocus.Data;
using CitizenFocus.Demo;
using Microsoft.AspNetCore.Identity;

namespace CitizenFocus.Bench.Demo;

/// <summary>
/// Runs the product's demo generation. Normally that is <see cref="DemoGenerator"/> itself; with
/// --patch-postcodes it is a step-for-step copy of <see cref="DemoGenerator.GenerateAsync"/> (EF for the
/// organisation in one transaction, <see cref="BulkInserter"/> for activity) with the postcode clash renamed.
/// The copy must follow the generator until the clash is fixed there, and then be deleted.
/// </summary>
internal static class DemoRunner
{
    public static Task<DemoSummary> GenerateAsync(CitizenFocusDb db, DemoScale scale, int seed, bool patchPostcodes,
        IProgress<DemoProgress> progress, CancellationToken ct) =>
        patchPostcodes
            ? GeneratePatchedAsync(db, scale, seed, progress, ct)
            : new DemoGenerator(db, TimeProvider.System).GenerateAsync(scale, seed, progress, ct);

    private static async Task<DemoSummary> GeneratePatchedAsync(CitizenFocusDb db, DemoScale scale, int seed,
        IProgress<DemoProgress> progress, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var nowTicks = TimeProvider.System.GetUtcNow().UtcDateTime.Ticks;
        var now = new DateTime(nowTicks - nowTicks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var org = DemoOrganisation.Build(scale, seed, now);
        PostcodeClash.Rename(org);
        var accounts = DemoAccounts.Create(org);

        progress.Report(new DemoProgress("organisation", 0));
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Forces.Add(org.Force);
            db.PeerForces.AddRange(org.Peers);
            db.Areas.AddRange(org.Areas);
            db.Boroughs.AddRange(org.Boroughs);
            db.Wards.AddRange(org.Wards);
            db.Teams.AddRange(org.Teams);
            db.TeamMembers.AddRange(org.Members);
            db.PartnerAgencies.AddRange(org.Partners);
            db.Postcodes.AddRange(org.Postcodes);
            db.Users.AddRange(accounts.Select(a => a.User));
            db.UserRoles.AddRange(accounts.Select(a => new IdentityUserRole<string>
            {
                UserId = a.User.Id, RoleId = "role-" + Identity.Roles.Slug(a.Role),
            }));
            db.DemoRuns.Add(new DemoRun { Scale = scale.ToString().ToLowerInvariant(), Seed = seed, GeneratedAt = now, ActivityUpTo = now });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        var orgRows = 1L + org.Peers.Count + org.Areas.Count + org.Boroughs.Count + org.Wards.Count + org.Teams.Count
            + org.Members.Count + org.Partners.Count + org.Postcodes.Count;

        var activity = new DemoActivity(org, seed, now);
        var calls = await BulkInserter.InsertAsync(db, activity.Calls(), Stage(progress, "calls"), ct);
        var crimes = await BulkInserter.InsertAsync(db, activity.Crimes(), Stage(progress, "crimes"), ct);
        var answers = await BulkInserter.InsertAsync(db, activity.SurveyAnswers(), Stage(progress, "survey answers"), ct);
        var messages = new DemoMessages(org, seed, now);
        var messageCount = await BulkInserter.InsertAsync(db, messages.Messages(), Stage(progress, "team messages"), ct);
        var clockRows = await BulkInserter.InsertAsync(db, messages.Clocks(), Stage(progress, "clocks"), ct);
        var eventRows = await BulkInserter.InsertAsync(db, messages.Events(), Stage(progress, "clock events"), ct);
        stopwatch.Stop();

        return new DemoSummary(scale, seed, org.Areas.Count, org.Boroughs.Count, org.Wards.Count, org.Teams.Count,
            org.Members.Count, calls, crimes, answers,
            orgRows + calls + crimes + answers + messageCount + clockRows + eventRows, stopwatch.Elapsed,
            messageCount, clockRows + eventRows);
    }

    private static IProgress<long> Stage(IProgress<DemoProgress> progress, string stage)
    {
        progress.Report(new DemoProgress(stage, 0));
        return new InlineReport(rows => progress.Report(new DemoProgress(stage, rows)));
    }

    private sealed class InlineReport(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
