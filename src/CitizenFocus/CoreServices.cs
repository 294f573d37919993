using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Contact;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.CrimeAnalysis.Analyses;
using CitizenFocus.Demo;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using CitizenFocus.Statistics.Import;
using CitizenFocus.Statistics.Performance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus;

/// <summary>The use cases and queries every host (web, command line, tests) wires the same way.</summary>
public static class CoreServices
{
    public static IServiceCollection AddCitizenFocusCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<PersonalDataReads>();
        services.TryAddScoped<AuditVerifier>();
        services.TryAddScoped<AuditQueries>();
        services.TryAddScoped<DemoGenerator>();
        services.TryAddScoped<OrganisationQueries>();
        services.TryAddScoped<TeamPublicationQueries>();
        services.TryAddScoped<ConfirmTeamDetails>();
        services.TryAddScoped<ImportPostcodes>();
        services.TryAddSingleton<WardLookup>();
        services.TryAddScoped<CallQueries>();
        services.TryAddScoped<ConsultCall>();
        services.TryAddScoped<RecordAnswerClocks>();

        services.TryAddScoped<ImportLsoaWards>();
        services.TryAddScoped<ImportPoliceUk>();
        services.TryAddScoped<OpenDataCoverage>();
        services.TryAddScoped<ImportCrimes>();

        services.TryAddScoped<Clocks>();
        services.TryAddScoped<SweepClocks>();
        services.TryAddScoped<OpenRecurringClocks>();
        services.TryAddScoped<DispatchNotifications>();
        services.TryAddScoped<WorkQueries>();
        services.TryAddScoped<ComplianceQueries>();
        services.TryAddSingleton<INotificationSender, LoggingNotificationSender>();

        services.TryAddScoped<MessageQueries>();
        services.TryAddScoped<ConsultMessage>();
        services.TryAddScoped<MessageAction>();
        services.TryAddScoped<LogMessage>();
        services.TryAddScoped<ReplyToMessage>();
        services.TryAddScoped<AwaitCitizen>();
        services.TryAddScoped<CitizenResponded>();
        services.TryAddScoped<AssignMessage>();

        services.AddOptions<PerformanceOptions>();
        services.TryAddScoped<ImportSurvey>();
        services.TryAddScoped<ImportIndicators>();
        services.TryAddScoped<PerformanceQueries>();
        services.TryAddScoped<Statistics.EditIndicator>();

        services.TryAddScoped<YearToDateAnalysis>();
        services.TryAddScoped<BestWorstAnalysis>();
        services.TryAddScoped<RepeatVictimAnalysis>();
        services.TryAddScoped<CrossTypeOffenderAnalysis>();
        services.TryAddScoped<HotStreetAnalysis>();
        services.TryAddScoped<TemporalAnalysis>();
        services.TryAddScoped<TrendAnalysis>();
        services.TryAddScoped<NearRepeatAnalysis>();
        return services;
    }
}
