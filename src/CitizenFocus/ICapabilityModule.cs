using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus;

/// <summary>
/// A capability's services (use cases, queries, options), registered in one place so that every
/// host wires it the same way. Each capability folder has one, named after the folder
/// (<c>Contact/ContactModule.cs</c>), and <see cref="CoreServices.Capabilities"/> lists it once.
/// </summary>
public interface ICapabilityModule
{
    void AddServices(IServiceCollection services);
}
