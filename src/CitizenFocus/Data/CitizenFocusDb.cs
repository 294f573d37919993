using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Contact;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Demo;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Sharing;
using CitizenFocus.Statistics;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Data;

/// <summary>The one EF Core model, shared by both database providers.</summary>
public sealed class CitizenFocusDb(DbContextOptions<CitizenFocusDb> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Force> Forces => Set<Force>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Borough> Boroughs => Set<Borough>();
    public DbSet<Ward> Wards => Set<Ward>();
    public DbSet<NeighbourhoodTeam> Teams => Set<NeighbourhoodTeam>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<PeerForce> PeerForces => Set<PeerForce>();
    public DbSet<PartnerAgency> PartnerAgencies => Set<PartnerAgency>();
    public DbSet<Postcode> Postcodes => Set<Postcode>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHead => Set<AuditChainHead>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<Crime> Crimes => Set<Crime>();
    public DbSet<CrimeGroup> CrimeGroups => Set<CrimeGroup>();
    public DbSet<CrimeGroupRule> CrimeGroupRules => Set<CrimeGroupRule>();
    public DbSet<OpenDataCrime> OpenDataCrimes => Set<OpenDataCrime>();
    public DbSet<OpenDataOutcome> OpenDataOutcomes => Set<OpenDataOutcome>();
    public DbSet<OpenDataMonth> OpenDataMonths => Set<OpenDataMonth>();
    public DbSet<OpenDataForce> OpenDataForces => Set<OpenDataForce>();
    public DbSet<OpenDataPlace> OpenDataPlaces => Set<OpenDataPlace>();
    public DbSet<OpenDataCrimeType> OpenDataCrimeTypes => Set<OpenDataCrimeType>();
    public DbSet<OpenDataOutcomeType> OpenDataOutcomeTypes => Set<OpenDataOutcomeType>();
    public DbSet<LsoaWard> LsoaWards => Set<LsoaWard>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<IndicatorDefinition> IndicatorDefinitions => Set<IndicatorDefinition>();
    public DbSet<PublishedIndicator> PublishedIndicators => Set<PublishedIndicator>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<Statistics.PeerGroups.PeerGroupOverride> PeerGroupOverrides => Set<Statistics.PeerGroups.PeerGroupOverride>();
    public DbSet<DemoRun> DemoRuns => Set<DemoRun>();
    public DbSet<ServiceStandard> ServiceStandards => Set<ServiceStandard>();
    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();
    public DbSet<Clock> Clocks => Set<Clock>();
    public DbSet<ClockEvent> ClockEvents => Set<ClockEvent>();
    public DbSet<ClockSeries> ClockSeries => Set<ClockSeries>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<TeamMessage> TeamMessages => Set<TeamMessage>();
    public DbSet<PartnerShare> PartnerShares => Set<PartnerShare>();
    public DbSet<PartnerDisclosure> PartnerDisclosures => Set<PartnerDisclosure>();
    public DbSet<Retention.RetentionRule> RetentionRules => Set<Retention.RetentionRule>();
    public DbSet<Retention.LegalHold> LegalHolds => Set<Retention.LegalHold>();
    public DbSet<Identity.AccountInvitation> AccountInvitations => Set<Identity.AccountInvitation>();
    public DbSet<Audit.RecordRestriction> RecordRestrictions => Set<Audit.RecordRestriction>();
    public DbSet<Retention.RecordReview> RecordReviews => Set<Retention.RecordReview>();
    public DbSet<Retention.SubjectAccessRequest> SubjectAccessRequests => Set<Retention.SubjectAccessRequest>();
    public DbSet<Retention.SubjectAccessItem> SubjectAccessItems => Set<Retention.SubjectAccessItem>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CitizenFocusDb).Assembly);
        builder.Entity<StaffUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.HasIndex(u => u.IsDemo);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRole>().HasData(RoleSeed.Rows());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC: stored as such and read back with its kind set.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
