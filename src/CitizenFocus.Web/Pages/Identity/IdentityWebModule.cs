using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Identity;

/// <summary>
/// Signing in and out: Identity with the scope-carrying cookie, and the role policies the other
/// capabilities share (<see cref="IdentitySetup"/>). The pages keep their /Account addresses.
/// </summary>
public sealed class IdentityWebModule : IWebModule
{
    public string Name => "Identity";

    public void AddServices(WebApplicationBuilder builder) => builder.AddCitizenFocusIdentity();

    public void AddPages(PageConventionCollection pages) => pages
        .AllowAnonymousToFolder("/Identity")
        .ServeFolderAt("/Identity", "/Account");
}
