using System.Security.Claims;
using CitizenFocus.Identity;
using CitizenFocus.Web.Hosting;

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
        if (staff && user.GetTeamMemberId() is not null) items.Add(new Item("My work", "/Work"));
        if (Policies.SupervisorRoles.Any(user.IsInRole)) items.Add(new Item("Team queue", "/Work/Team"));
        if (Roles.PersonalRecordRoles.Any(user.IsInRole)) items.Add(new Item("Messages", "/Messages"));
        if (Roles.PersonalRecordRoles.Any(user.IsInRole)) items.Add(new Item("Calls", "/Calls"));
        if (staff)
        {
            items.Add(new Item("Organisation", "/Organisation"));
            items.Add(new Item("Staff directory", "/Staff"));
        }
        if (Policies.ComplianceRoles.Any(user.IsInRole)) items.Add(new Item("Compliance", "/Compliance"));
        if (Policies.ComplianceRoles.Any(user.IsInRole)) items.Add(new Item("Performance", "/Performance"));
        if (Policies.ComplianceRoles.Any(user.IsInRole)) items.Add(new Item("Crime analysis", "/Crime"));
        if (user.IsInRole(Roles.Administrator)) items.Add(new Item("Audit trail", "/Audit"));
        return items;
    }

    /// <summary>The item for the current page: the longest whose address the path starts with ("/Work/Team" over "/Work").</summary>
    public static Item? Current(IReadOnlyList<Item> items, string path) =>
        items.Where(i => Matches(i, path)).MaxBy(i => i.Href.Length);

    private static bool Matches(Item item, string path) =>
        item.Href == "/" ? path is "/" or "/Index"
            : path.Equals(item.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(item.Href + "/", StringComparison.OrdinalIgnoreCase);
}
