using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Sharing;

/// <summary>
/// Sharing records with partner agencies (council, housing): what is shared, with whom, and the audited
/// disclosure of a sender's or caller's personal details. Partners read only through <see cref="SharingQueries"/>.
/// </summary>
public sealed class SharingModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<SharingQueries>();
        services.TryAddScoped<ShareWithPartner>();
        services.TryAddScoped<DiscloseToPartner>();
    }
}
