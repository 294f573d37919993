using System.Diagnostics;
using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Demo;

/// <summary>
/// Generates a demo force, deterministic by seed: the same seed and the same clock give the same
/// data. The organisation goes through EF in one transaction; activity streams through the bulk path.
/// </summary>
public sealed class DemoGenerator(CitizenFocusDb db, TimeProvider time, AuditLog audit)
{
    public const int DefaultSeed = 20_081;

    /// <summary>The password of every demo account; shown on the sign-in page of a demo database only.</summary>
    public const string DemoPassword = "Demo-force-2026";

    public async Task<DemoSummary> GenerateAsync(DemoScale scale, int seed = DefaultSeed,
        IProgress<DemoProgress>? progress = null, CancellationToken ct = default)
    {
        if (await db.Forces.AnyAsync(ct))
            throw new InvalidOperationException("The database already holds a force; the demo loads only into an empty database.");

        var stopwatch = Stopwatch.StartNew();
        // Whole seconds keep the generated data identical on both databases' time precision.
        var nowTicks = time.GetUtcNow().UtcDateTime.Ticks;
        var now = new DateTime(nowTicks - nowTicks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var org = DemoOrganisation.Build(scale, seed, now);
        var accounts = DemoAccounts.Create(org);

        progress?.Report(new DemoProgress("organisation", 0));
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
        var indicators = new DemoIndicators(org, seed, now);
        db.PublishedIndicators.AddRange(indicators.PeerFigures());
        db.IndicatorTargets.AddRange(indicators.Targets());
        var figures = (long)db.ChangeTracker.Entries().Count();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var messages = new DemoMessages(org, seed, now);
        var messageCount = await BulkInserter.InsertAsync(db, messages.Messages(), Stage(progress, "team messages"), ct);
        var clockRows = await BulkInserter.InsertAsync(db, messages.Clocks(), Stage(progress, "clocks"), ct);
        var eventRows = await BulkInserter.InsertAsync(db, messages.Events(), Stage(progress, "clock events"), ct);
        var answerClocks = await new Calls.RecordAnswerClocks(db, new Promises.Clocks(db, time))
            .HandleAsync(progress: Stage(progress, "999 answer clocks"), ct: ct);
        progress?.Report(new DemoProgress("partner shares", 0));
        var shareRows = await DemoShares.AddAsync(db, audit, time, org, ct);
        progress?.Report(new DemoProgress("police.uk open data", 0));
        var openData = await new CrimeAnalysis.ImportPoliceUk(db, time).HandleAsync(DemoOpenData.Files(scale, seed, now), ct: ct);
        if (!openData.Succeeded) throw new InvalidOperationException("The demo's police.uk files did not import: " + string.Join("; ", openData.Errors));
        await PlannerStatistics.RefreshAsync(db, ct);
        stopwatch.Stop();

        return new DemoSummary(scale, seed, org.Areas.Count, org.Boroughs.Count, org.Wards.Count, org.Teams.Count,
            org.Members.Count, calls, crimes, answers,
            orgRows + calls + crimes + answers + figures + messageCount + clockRows + eventRows + answerClocks + shareRows
            + openData.Value.StreetRows, stopwatch.Elapsed, messageCount, clockRows + eventRows + answerClocks);
    }

    private static InlineProgress<long>? Stage(IProgress<DemoProgress>? progress, string stage)
    {
        if (progress is null) return null;
        progress.Report(new DemoProgress(stage, 0));
        return new InlineProgress<long>(rows => progress.Report(new DemoProgress(stage, rows)));
    }
}
