using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Promises;

internal sealed class ServiceStandardConfiguration : IEntityTypeConfiguration<ServiceStandard>
{
    public void Configure(EntityTypeBuilder<ServiceStandard> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Ignore(x => x.WarningAfter);
        b.Ignore(x => x.DimensionNames);
        b.Ignore(x => x.EveryCase);
        b.Property(x => x.WarningRole).HasMaxLength(60);
        b.Property(x => x.BreachRole).HasMaxLength(60);
        b.Property(x => x.Dimensions).HasMaxLength(200);
        b.HasData(new ServiceStandard
        {
            Id = 1, Code = StandardCodes.TeamMessage, Name = "Reply to messages to neighbourhood teams within 24 hours",
            PledgePoint = 4, PublicStatement = "Responding and listening",
            Target = TimeSpan.FromHours(24), Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75,
            PauseAllowed = true, TargetShare = 1.0, ExplanationOwed = true,
            WarningGoesTo = EscalationLevel.WardSergeant, BreachGoesTo = EscalationLevel.Inspector,
        }, new ServiceStandard
        {
            Id = 2, Code = StandardCodes.EmergencyAnswered, Name = "Answer 999 calls within 10 seconds",
            PledgePoint = 5, PublicStatement = "Responding and listening",
            Target = TimeSpan.FromSeconds(10), Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75,
            TargetShare = 0.9, Dimensions = "category",
            // Decided when the call is answered: nothing is ever warned or escalated.
            WarningGoesTo = EscalationLevel.Inspector, BreachGoesTo = EscalationLevel.Inspector,
        }, new ServiceStandard
        {
            Id = 20, Code = StandardCodes.RecordReview, Name = "Review records due for review under MoPI within 28 days",
            PublicStatement = "Keeping personal information only as long as it is needed",
            Target = TimeSpan.FromDays(28), Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75, TargetShare = 1.0,
            // The borough's inspectors review; an overdue review goes to the borough commander.
            WarningGoesTo = EscalationLevel.Role, WarningRole = Identity.Roles.Inspector,
            BreachGoesTo = EscalationLevel.Role, BreachRole = Identity.Roles.BoroughCommander,
        }, new ServiceStandard
        {
            Id = 21, Code = StandardCodes.SubjectAccess, Name = "Answer subject access requests within one calendar month",
            PublicStatement = "Telling people what we hold about them",
            // Each request's own deadline is the end of the same date next month: at most 32 days from the start of the day received.
            Target = TimeSpan.FromDays(32), TargetIsCeiling = true, Calendar = CalendarKind.AroundTheClock, WarningFraction = 0.75, TargetShare = 1.0,
            WarningGoesTo = EscalationLevel.Role, WarningRole = Identity.Roles.Administrator,
            BreachGoesTo = EscalationLevel.Role, BreachRole = Identity.Roles.Administrator,
        });
    }
}

internal sealed class BankHolidayConfiguration : IEntityTypeConfiguration<BankHoliday>
{
    public void Configure(EntityTypeBuilder<BankHoliday> b)
    {
        b.HasKey(x => x.Date);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasData(EnglandAndWalesBankHolidays.All);
    }
}

internal sealed class ClockConfiguration : IEntityTypeConfiguration<Clock>
{
    public void Configure(EntityTypeBuilder<Clock> b)
    {
        b.HasOne<ServiceStandard>().WithMany().HasForeignKey(x => x.StandardId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.NextDueAt);
        // Open clocks are few among millions of ended ones: queues read them through this partial index.
        b.HasIndex(x => x.DueAt).HasFilter("\"Status\" <> 2").HasDatabaseName("IX_Clocks_Open");
        b.HasIndex(x => new { x.RecordType, x.RecordId });
        b.HasIndex(x => new { x.AssigneeMemberId, x.Status });
        b.HasIndex(x => new { x.TeamId, x.Status });
        b.HasIndex(x => new { x.StandardId, x.StartedAt });
        b.Property(x => x.RecordType).HasMaxLength(40);
        b.Property(x => x.RecordId).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.BreachReason).HasMaxLength(400);
        b.Property(x => x.Explanation).HasMaxLength(2000);
        b.Property(x => x.AssigneeUserId).HasMaxLength(450);
        foreach (var d in new[] { nameof(Clock.Dimension1), nameof(Clock.Dimension2), nameof(Clock.Dimension3), nameof(Clock.Dimension4) })
            b.Property<string?>(d).HasMaxLength(100);
        // One clock per period of a recurring standard, whatever schedulers race.
        b.HasIndex(x => new { x.StandardId, x.RecordType, x.RecordId, x.PeriodStart }).IsUnique()
            .HasFilter("\"PeriodStart\" IS NOT NULL").HasDatabaseName("IX_Clocks_OnePerPeriod");
        b.HasIndex(x => new { x.AssigneeUserId, x.Status }).HasFilter("\"AssigneeUserId\" IS NOT NULL");
    }
}

internal sealed class ClockSeriesConfiguration : IEntityTypeConfiguration<ClockSeries>
{
    public void Configure(EntityTypeBuilder<ClockSeries> b)
    {
        b.HasOne<ServiceStandard>().WithMany().HasForeignKey(x => x.StandardId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.StandardId, x.RecordType, x.RecordId }).IsUnique();
        b.HasIndex(x => new { x.StandardId, x.NextPeriodStart }).HasFilter("\"StoppedAt\" IS NULL");
        b.Property(x => x.RecordType).HasMaxLength(40);
        b.Property(x => x.RecordId).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.AssigneeUserId).HasMaxLength(450);
        foreach (var d in new[] { nameof(ClockSeries.Dimension1), nameof(ClockSeries.Dimension2), nameof(ClockSeries.Dimension3), nameof(ClockSeries.Dimension4) })
            b.Property<string?>(d).HasMaxLength(100);
    }
}

internal sealed class ClockEventConfiguration : IEntityTypeConfiguration<ClockEvent>
{
    public void Configure(EntityTypeBuilder<ClockEvent> b)
    {
        b.HasOne<Clock>().WithMany().HasForeignKey(x => x.ClockId).OnDelete(DeleteBehavior.Restrict);
        // At most one warning and one breach per clock, whatever races.
        b.HasIndex(x => new { x.ClockId, x.Kind }).IsUnique().HasFilter("\"Kind\" IN (1, 2)").HasDatabaseName("IX_ClockEvents_RaisedOnce");
        b.HasIndex(x => x.ClockId);
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b)
    {
        b.HasOne<Clock>().WithMany().HasForeignKey(x => x.ClockId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OwnerMemberId, x.ClearedAt });
        b.HasIndex(x => new { x.OwnerRole, x.ClearedAt }).HasFilter("\"OwnerRole\" IS NOT NULL");
        b.HasIndex(x => new { x.OwnerUserId, x.ClearedAt }).HasFilter("\"OwnerUserId\" IS NOT NULL");
        b.Property(x => x.OwnerRole).HasMaxLength(60);
        b.Property(x => x.OwnerUserId).HasMaxLength(450);
        b.HasIndex(x => x.ClockId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
        b.Property(x => x.Recipient).HasMaxLength(320);
        b.Property(x => x.Subject).HasMaxLength(300);
    }
}
