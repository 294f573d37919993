using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Organisation;

/// <summary>The force's structure (areas, boroughs, wards, teams, staff) and the postcode lookup.</summary>
public sealed class OrganisationModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<OrganisationQueries>();
        services.TryAddScoped<ImportOrganisation>();
        services.TryAddScoped<SetupStatus>();
        services.TryAddScoped<TeamPublicationQueries>();
        services.TryAddScoped<ConfirmTeamDetails>();
        services.TryAddScoped<ImportPostcodes>();
        services.TryAddSingleton<WardLookup>();
    }
}
