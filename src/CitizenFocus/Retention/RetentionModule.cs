using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Retention;

/// <summary>Retention of personal data: the rules, legal holds, the sweep that applies them and the reviews it opens.</summary>
public sealed class RetentionModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<RunRetentionSweep>();
        services.TryAddScoped<SetLegalHold>();
        services.TryAddScoped<DecideRecordReview>();
        services.TryAddScoped<SubjectAccess>();
        services.TryAddScoped<ChangeRetentionRule>();
    }
}
