using CitizenFocus.Audit;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Promises;
using CitizenFocus.Retention;
using CitizenFocus.Tests.Infrastructure;
using CitizenFocus.Tests.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Retention;

/// <summary>
/// Issue 22 (MoPI): crime records are reviewed, not deleted by the clock. The seeded rules bring an ordinary crime up
/// for review six years after it was recorded and a rape ten; the review is a clock in the borough's queue and ends
/// with a reviewer's decision to keep the record (until its next review) or dispose of its personal details.
/// </summary>
public sealed class CrimeReviewTests
{
    private const int SixYears = 2191;
    private const int TenYears = 3652;

    /// <summary>A shoplifting (in no reviewed group) and a rape, recorded now in the seeded borough, with a victim and a place.</summary>
    private static async Task SeedCrimesAsync(PromiseTestBed bed)
    {
        await using var db = bed.Database.CreateDb();
        var now = bed.Time.GetUtcNow().UtcDateTime;
        foreach (var (id, reference, type) in new[] { (1L, "CR0000000001", "Shoplifting"), (2L, "CR0000000002", "Rape") })
        {
            var crime = new Crime
            {
                Id = id, Reference = reference, CrimeType = type, CommittedAt = now.AddHours(-3), ReportedAt = now, BoroughId = 1, WardId = 1,
                Street = "Abbey Road", LocationKey = "ABBEY ROAD IG11", Latitude = 51.53, Longitude = 0.08,
                VictimRef = "V-" + reference, OffenderRef = "O-" + reference,
            };
            crime.Groups = CrimeGroupMap.Default.Classify(crime);
            db.Crimes.Add(crime);
        }
        await db.SaveChangesAsync();
    }

    private static Task<int> ReviewStandardAsync(PromiseTestBed bed) =>
        bed.ReadAsync(db => db.ServiceStandards.Where(s => s.Code == StandardCodes.RecordReview).Select(s => s.Id).SingleAsync());

    private static async Task<RetentionReport> SweepAsync(PromiseTestBed bed, bool dryRun = false)
    {
        using var scope = bed.Services.CreateScope();
        return await bed.Get<RunRetentionSweep>(scope).RunAsync(RunRetentionSweep.SystemActor, dryRun);
    }

    private static async Task<CitizenFocus.Common.Result<string>> DecideAsync(PromiseTestBed bed, string reference, ReviewDecision decision, string reason = "Reviewed")
    {
        using var scope = bed.Services.CreateScope();
        return await bed.Get<DecideRecordReview>(scope).HandleAsync(new RecordReviewDecision("Crime", reference, decision, reason), "inspector@force");
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_crime_comes_up_for_review_on_its_date_as_a_clock_in_its_boroughs_queue(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await SeedCrimesAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(SixYears) - TimeSpan.FromMinutes(1));
        Assert.Empty((await SweepAsync(bed)).Actions);

        bed.Time.Advance(TimeSpan.FromMinutes(2));
        IReadOnlyDictionary<string, string> before;
        await using (var db = bed.Database.CreateDb()) before = await TableDigest.ComputeAsync(db);
        var dry = await SweepAsync(bed, dryRun: true);
        await using (var db = bed.Database.CreateDb()) Assert.Equal(before, await TableDigest.ComputeAsync(db));
        var report = await SweepAsync(bed);

        Assert.Equal([new RetentionAction("Crime", "CR0000000001", RetentionOutcome.Review)], dry.Actions);
        Assert.Equal(dry.Actions, report.Actions);
        var review = await bed.ReadAsync(db => db.RecordReviews.AsNoTracking().SingleAsync());
        var clock = await bed.ClockAsync(review.ClockId);
        Assert.Equal((await ReviewStandardAsync(bed), "Crime", "CR0000000001", 1, ClockStatus.Running),
            (clock.StandardId, clock.RecordType, clock.RecordId, clock.BoroughId, clock.Status));
        Assert.Equal(bed.Time.GetUtcNow().UtcDateTime.AddDays(28), clock.DueAt);
        Assert.StartsWith("Review crime record CR0000000001: Shoplifting, recorded", clock.Title);
        var opened = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.RecordType == "Crime"));
        Assert.Equal((AuditAction.Alteration, RunRetentionSweep.SystemActor), (opened.Action, opened.Actor));
        // Once open, the review is not opened again; the rape comes up ten years after it was recorded.
        Assert.Empty((await SweepAsync(bed)).Actions);
        bed.Time.Advance(TimeSpan.FromDays(TenYears - SixYears));
        Assert.Equal([new RetentionAction("Crime", "CR0000000002", RetentionOutcome.Review)], (await SweepAsync(bed)).Actions);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_kept_crime_comes_up_again_after_its_period_and_a_disposed_one_loses_its_personal_details_only(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await SeedCrimesAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(TenYears + 1));
        Assert.Equal(2, (await SweepAsync(bed)).Actions.Count);
        bed.Time.Advance(TimeSpan.FromDays(3));

        var kept = await DecideAsync(bed, "CR0000000002", ReviewDecision.Retain, "Offender still under MAPPA management");
        var disposed = await DecideAsync(bed, "CR0000000001", ReviewDecision.Dispose, "No further policing purpose");

        Assert.True(kept.Succeeded, string.Join("; ", kept.Errors));
        Assert.True(disposed.Succeeded, string.Join("; ", disposed.Errors));
        var crimes = await bed.ReadAsync(db => db.Crimes.AsNoTracking().OrderBy(c => c.Reference).ToListAsync());
        Assert.Equal((null, null, null, null, null, null), (crimes[0].VictimRef, crimes[0].OffenderRef, crimes[0].Street,
            crimes[0].LocationKey, crimes[0].Latitude, crimes[0].Longitude));
        Assert.Equal(("Shoplifting", 1, (int?)1), (crimes[0].CrimeType, crimes[0].BoroughId, crimes[0].WardId));
        Assert.Equal("V-CR0000000002", crimes[1].VictimRef);
        var erasure = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Erasure));
        Assert.Equal(("inspector@force", "CR0000000001", "No further policing purpose"), (erasure.Actor, erasure.RecordId, erasure.Justification));
        var standard = await ReviewStandardAsync(bed);
        var clocks = await bed.ReadAsync(db => db.Clocks.AsNoTracking().Where(c => c.StandardId == standard).ToListAsync());
        Assert.Equal(2, clocks.Count);
        Assert.All(clocks, c => Assert.Equal((ClockStatus.Ended, ClockOutcome.Met), (c.Status, c.Outcome)));

        // Neither comes up again until the kept one's next review, its rule's ten years after the decision.
        bed.Time.Advance(TimeSpan.FromDays(TenYears - 1));
        Assert.Empty((await SweepAsync(bed)).Actions);
        bed.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal([new RetentionAction("Crime", "CR0000000002", RetentionOutcome.Review)], (await SweepAsync(bed)).Actions);
        Assert.False((await DecideAsync(bed, "CR0000000001", ReviewDecision.Dispose)).Succeeded);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_legal_hold_keeps_a_crime_from_review_and_from_disposal(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await SeedCrimesAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(SixYears + 1));
        Assert.Single((await SweepAsync(bed)).Actions);
        using (var scope = bed.Services.CreateScope())
            Assert.True((await bed.Get<SetLegalHold>(scope).PlaceAsync("Crime", "CR0000000001", "Public inquiry", "admin@force")).Succeeded);

        var refused = await DecideAsync(bed, "CR0000000001", ReviewDecision.Dispose);

        Assert.Equal(CitizenFocus.Common.FailureKind.Conflict, refused.Kind);
        Assert.Contains("legal hold", refused.Errors[0].Message);
        Assert.Equal("V-CR0000000001", await bed.ReadAsync(db => db.Crimes.Where(c => c.Reference == "CR0000000001").Select(c => c.VictimRef).SingleAsync()));
        Assert.True((await DecideAsync(bed, "CR0000000001", ReviewDecision.Retain, "Held for the inquiry")).Succeeded);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_late_review_ends_its_clock_breached_and_a_decision_needs_a_reason(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await SeedCrimesAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(SixYears + 1));
        await SweepAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(29));

        var noReason = await DecideAsync(bed, "CR0000000001", ReviewDecision.Retain, " ");
        var late = await DecideAsync(bed, "CR0000000001", ReviewDecision.Retain, "Linked to an open investigation");

        Assert.Equal(("Reason", "Give the reason for the decision"), (noReason.Errors[0].Field, noReason.Errors[0].Message));
        Assert.EndsWith("(the review was late)", late.Value);
        var standard = await ReviewStandardAsync(bed);
        var clock = await bed.ReadAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.StandardId == standard));
        Assert.Equal(ClockOutcome.Breached, clock.Outcome);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task The_command_line_runs_the_sweep_lists_open_reviews_and_records_a_decision(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await SeedCrimesAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(SixYears + 1));

        var run = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "run");
        var listed = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "reviews");
        var both = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "review", "--reference", "CR0000000001", "--retain", "--dispose", "--reason", "x");
        var decided = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "review", "--reference", "CR0000000001", "--dispose",
            "--reason", "No further policing purpose");
        var again = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "review", "--reference", "CR0000000001", "--dispose", "--reason", "x");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("brought up for review Crime CR0000000001", run.Output);
        Assert.Contains("0 records anonymised, 1 brought up for review, 0 kept by a legal hold", run.Output);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Matches(@"Crime CR0000000001  due \d+ \w+ \d{4}  \(rule \d+\)  Review crime record CR0000000001: Shoplifting", listed.Output);
        Assert.Contains("1 review open", listed.Output);
        Assert.Equal(2, both.ExitCode);
        Assert.True(decided.ExitCode == 0, decided.ToString());
        Assert.Contains("Crime CR0000000001: disposed of after review", decided.Output);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("No review is open for Crime CR0000000001", again.Error);
        var erasure = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Erasure));
        Assert.Equal("cli:test", erasure.Actor);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_legal_hold_placed_and_released_on_the_command_line_keeps_a_crime_from_review_meanwhile(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await SeedCrimesAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(SixYears + 1));

        var held = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "hold", "--record-type", "Crime", "--reference", "CR0000000001",
            "--reason", "Civil claim 2032/7");
        var id = held.Output.Split(' ')[2];
        var whileHeld = await SweepAsync(bed);
        var released = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "release", "--hold", id);
        var again = await CliRunner.RunAsync(bed.Database, bed.Time, "retention", "release", "--hold", id);

        Assert.True(held.ExitCode == 0, held.ToString());
        Assert.StartsWith("Legal hold ", held.Output);
        Assert.EndsWith("placed on Crime CR0000000001", held.Output.Trim());
        Assert.Empty(whileHeld.Actions);
        Assert.Equal($"Legal hold {id} released", released.Output.Trim());
        Assert.Equal(1, again.ExitCode);
        Assert.Equal([new RetentionAction("Crime", "CR0000000001", RetentionOutcome.Review)], (await SweepAsync(bed)).Actions);
    }
}
