using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Demo;

/// <summary>The synthetic demo force.</summary>
public sealed class DemoModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services) => services.TryAddScoped<DemoGenerator>();
}
