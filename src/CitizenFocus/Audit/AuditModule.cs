using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Audit;

/// <summary>The hash-chained audit trail: writing it, searching it and verifying the chain.</summary>
public sealed class AuditModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<PersonalDataReads>();
        services.TryAddScoped<AuditVerifier>();
        services.TryAddScoped<AuditQueries>();
    }
}
