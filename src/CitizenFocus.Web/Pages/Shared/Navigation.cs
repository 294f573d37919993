using System.Security.Claims;
using CitizenFocus.Identity;

namespace CitizenFocus.Web.Pages.Shared;

/// <summary>The service navigation a user sees, by role.</summary>
public static class Navigation
{
    public sealed record Item(string Text, string Href);

    public static IReadOnlyList<Item> For(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        var items = new List<Item> { new("Home", "/") };
        var staff = !user.IsInRole(Roles.PartnerAgencyUser) || Roles.All.Any(r => r != Roles.PartnerAgencyUser && user.IsInRole(r));
        if (staff)
        {
            items.Add(new Item("Organisation", "/Organisation"));
            items.Add(new Item("Staff directory", "/Staff"));
        }
        if (Roles.PersonalRecordRoles.Any(user.IsInRole)) items.Add(new Item("Calls", "/Calls"));
        if (user.IsInRole(Roles.Administrator)) items.Add(new Item("Audit trail", "/Audit"));
        return items;
    }

    public static bool IsCurrent(Item item, string path) =>
        item.Href == "/" ? path == "/" || path == "/Index" : path.StartsWith(item.Href, StringComparison.OrdinalIgnoreCase);
}
