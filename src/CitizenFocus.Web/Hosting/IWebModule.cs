using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Hosting;

/// <summary>
/// A capability's web side, registered in one place: the services its pages need, who may open
/// its pages and at which addresses, the policies only it uses, its API and its entries in the
/// navigation. It lives with the pages, in <c>Pages/&lt;Name&gt;/&lt;Name&gt;WebModule.cs</c>, and
/// Program.cs adds it with one <see cref="CapabilitySetup.AddCapability{TModule}"/> line. Every
/// member but <see cref="Name"/> is optional.
/// </summary>
public interface IWebModule
{
    /// <summary>The capability's name: its folder in core, under Pages/, on the command line and in the tests.</summary>
    string Name { get; }

    /// <summary>Services the pages and endpoints need beyond the capability's core services (which every host adds).</summary>
    void AddServices(WebApplicationBuilder builder) { }

    /// <summary>Who may open the capability's pages (by folder under <c>/Name</c>) and, when it differs, their address.</summary>
    void AddPages(PageConventionCollection pages) { }

    /// <summary>Authorisation policies only this capability uses; the role policies several share are Identity's.</summary>
    void AddPolicies(AuthorizationBuilder policies) { }

    /// <summary>The capability's minimal API.</summary>
    void MapEndpoints(IEndpointRouteBuilder app) { }

    /// <summary>The capability's entries in the service navigation.</summary>
    IEnumerable<NavigationEntry> Navigation => [];
}
