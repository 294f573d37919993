using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CitizenFocus.Audit;

/// <summary>
/// The keyed hash chain of the audit trail: writing it, searching it, verifying and re-keying the chain. Hosts
/// bind <see cref="AuditKeyOptions"/> from configuration; the validator refuses a missing or short key.
/// </summary>
public sealed class AuditModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<AuditKeyOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditKeyOptions>, AuditKeyOptionsValidator>());
        services.TryAddSingleton<AuditKeyring>();
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<PersonalDataReads>();
        services.TryAddScoped<RequestOrigin>();
        services.TryAddScoped<ScopeRefusals>();
        services.TryAddScoped<CurrentReader>();
        services.TryAddScoped<RecordRestrictions>();
        services.TryAddScoped<AuditVerifier>();
        services.TryAddScoped<RekeyAuditChain>();
        services.TryAddScoped<AuditQueries>();
    }
}
