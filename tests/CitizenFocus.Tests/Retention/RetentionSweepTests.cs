using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Retention;
using CitizenFocus.Tests.Infrastructure;
using CitizenFocus.Tests.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Tests.Retention;

/// <summary>Issue 22: a message past its retention period loses its personal data, and nothing else.</summary>
public sealed class RetentionSweepTests
{
    private static readonly OrgScope Borough = new(OrgLevel.Borough, 1, 1, null, null);
    private static readonly DateOnly Month = DateOnly.FromDateTime(TestClock.Start.UtcDateTime);

    /// <summary>A message logged and replied to in time: a closed record with a met clock.</summary>
    private static async Task<string> RepliedMessageAsync(PromiseTestBed bed)
    {
        using var scope = bed.Services.CreateScope();
        var logged = await bed.Get<LogMessage>(scope).HandleAsync(new LogMessageRequest("abbey", MessageChannel.WebForm, "Ann Khan",
            "ann@example.com", "07700 900123", "1 Abbey Road", ReplyMethod.Email, "Parking on the pavement",
            "Cars block the pavement on Abbey Road every evening.", null), "public");
        bed.Time.Advance(TimeSpan.FromHours(2));
        var replied = await bed.Get<ReplyToMessage>(scope).HandleAsync(
            new ReplyToMessageRequest(logged.Value.Reference, ReplyMethod.Email, "Spoke to Ann about parking enforcement", null), Borough, "officer");
        Assert.Equal(ClockOutcome.Met, replied.Value);
        return logged.Value.Reference;
    }

    private static async Task<RetentionReport> SweepAsync(PromiseTestBed bed, bool dryRun = false)
    {
        using var scope = bed.Services.CreateScope();
        return await bed.Get<RunRetentionSweep>(scope).RunAsync(RunRetentionSweep.SystemActor, dryRun);
    }

    private static async Task<IReadOnlyList<ComplianceRow>> ComplianceAsync(PromiseTestBed bed)
    {
        using var scope = bed.Services.CreateScope();
        return await bed.Get<ComplianceQueries>(scope).ByUnitAsync(StandardCodes.TeamMessage, OrgLevel.Ward, Month, Month);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_message_past_its_retention_is_anonymised_its_compliance_figure_unchanged_and_the_erasure_audited(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var reference = await RepliedMessageAsync(bed);
        var before = await ComplianceAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(2 * 365 + 1));

        var report = await SweepAsync(bed);

        Assert.Equal([new RetentionAction("Message", reference, RetentionOutcome.Anonymise)], report.Actions);
        var message = await bed.ReadAsync(db => db.TeamMessages.AsNoTracking().SingleAsync());
        Assert.Equal((EraseMessageDetails.Erased, null, null, null, EraseMessageDetails.Erased, EraseMessageDetails.Erased, null),
            (message.CitizenName, message.CitizenEmail, message.CitizenPhone, message.CitizenAddress, message.Subject, message.Body, message.ReplySummary));
        Assert.Equal((reference, MessageStatus.Replied), (message.Reference, message.Status));
        Assert.Equal(before, await ComplianceAsync(bed));
        Assert.NotEmpty(before);
        var erasure = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Erasure));
        Assert.Equal((RunRetentionSweep.SystemActor, "Message", reference), (erasure.Actor, erasure.RecordType, erasure.RecordId));
        Assert.Empty((await SweepAsync(bed)).Actions);
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_message_inside_its_retention_period_is_kept(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await RepliedMessageAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(2 * 365 - 1));

        var report = await SweepAsync(bed);

        Assert.Empty(report.Actions);
        Assert.Equal("Ann Khan", await bed.ReadAsync(db => db.TeamMessages.Select(m => m.CitizenName).SingleAsync()));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_legal_hold_keeps_the_message_until_it_is_released(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var reference = await RepliedMessageAsync(bed);
        long holdId;
        using (var scope = bed.Services.CreateScope())
            holdId = (await bed.Get<SetLegalHold>(scope).PlaceAsync("Message", reference, "Civil claim 2026/114 pending", "admin@force")).Value;
        bed.Time.Advance(TimeSpan.FromDays(3 * 365));

        var held = await SweepAsync(bed);

        Assert.Equal((0, 1), (held.Actions.Count, held.Held));
        Assert.Equal("Ann Khan", await bed.ReadAsync(db => db.TeamMessages.Select(m => m.CitizenName).SingleAsync()));
        var placed = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Alteration && e.Actor == "admin@force"));
        Assert.Equal(("Message", reference, "Civil claim 2026/114 pending"), (placed.RecordType, placed.RecordId, placed.Justification));

        using (var scope = bed.Services.CreateScope())
            Assert.True((await bed.Get<SetLegalHold>(scope).ReleaseAsync(holdId, "admin@force")).Succeeded);
        Assert.Single((await SweepAsync(bed)).Actions);
        Assert.Equal(EraseMessageDetails.Erased, await bed.ReadAsync(db => db.TeamMessages.Select(m => m.CitizenName).SingleAsync()));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_dry_run_reports_the_message_and_changes_nothing(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        var reference = await RepliedMessageAsync(bed);
        bed.Time.Advance(TimeSpan.FromDays(2 * 365 + 1));
        IReadOnlyDictionary<string, string> before;
        await using (var db = bed.Database.CreateDb()) before = await TableDigest.ComputeAsync(db);

        var report = await SweepAsync(bed, dryRun: true);

        Assert.Equal([new RetentionAction("Message", reference, RetentionOutcome.Anonymise)], report.Actions);
        await using (var db = bed.Database.CreateDb()) Assert.Equal(before, await TableDigest.ComputeAsync(db));
    }

    [SkippableTheory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    public async Task A_shorter_period_from_a_later_date_applies_only_from_that_date_and_is_audited(DatabaseProvider provider)
    {
        await using var bed = await PromiseTestBed.CreateAsync(provider);
        await RepliedMessageAsync(bed);
        // 25 November 2026; the rules take effect on 1 January 2027. From 1 June 2028 messages keep one year, not two.
        var messageRule = await bed.ReadAsync(db => db.RetentionRules.Where(r => r.RecordType == "Message").Select(r => r.Id).SingleAsync());
        Result<int> changed, past;
        using (var scope = bed.Services.CreateScope())
        {
            var rules = bed.Get<ChangeRetentionRule>(scope);
            changed = await rules.HandleAsync(new RetentionRuleChange(messageRule, 365, RetentionOutcome.Anonymise, new DateOnly(2028, 6, 1),
                "Complaints are settled within a year"), "admin@force");
            past = await rules.HandleAsync(new RetentionRuleChange(messageRule, 30, RetentionOutcome.Anonymise, new DateOnly(2026, 11, 24), "x"), "admin@force");
        }

        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors));
        Assert.Equal("The date must be today or later: a change never reaches back", Assert.Single(past.Errors).Message);
        bed.Time.SetUtcNow(new DateTimeOffset(2028, 5, 31, 12, 0, 0, TimeSpan.Zero)); // 18 months after the reply: past one year, not two
        Assert.Empty((await SweepAsync(bed)).Actions);
        bed.Time.SetUtcNow(new DateTimeOffset(2028, 6, 1, 0, 30, 0, TimeSpan.Zero));
        Assert.Single((await SweepAsync(bed)).Actions);
        var row = await bed.ReadAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.RecordType == ChangeRetentionRule.RecordType));
        Assert.Equal(("admin@force", "Complaints are settled within a year"), (row.Actor, row.Justification));
        Assert.Equal("Message: 730 → 365 days from Closure, Anonymise, applying from 1 June 2028", row.Detail);
        using (var scope = bed.Services.CreateScope())
        {
            var listed = await bed.Get<ChangeRetentionRule>(scope).ListAsync();
            Assert.Equal([RetentionRuleState.Replaced, RetentionRuleState.InForce],
                listed.Where(r => r.Rule.RecordType == "Message").Select(r => r.State));
        }
    }
}
