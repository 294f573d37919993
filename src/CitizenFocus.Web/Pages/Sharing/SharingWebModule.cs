using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Pages.Sharing;

/// <summary>
/// Sharing with partner agencies: staff who work with personal records share a record (and disclose its
/// personal details); a partner agency's user opens what is shared with the agency, and nothing else.
/// </summary>
public sealed class SharingWebModule : IWebModule
{
    public string Name => "Sharing";

    public void AddPages(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Sharing/Record", Policies.Partners);
        pages.AuthorizePage("/Sharing/Share", Policies.PersonalRecords);
    }
}
