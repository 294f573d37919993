using System.Security.Claims;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace CitizenFocus.Web.Pages.Shared;

/// <summary>
/// The service navigation a user sees: Home, then every capability's entries whose policy the user
/// meets, in their order. The entries come from the capabilities' web modules, not from a list here.
/// </summary>
public sealed class Navigation(IEnumerable<IWebModule> modules, IAuthorizationService authorization)
{
    public sealed record Item(string Text, string Href);

    private readonly IReadOnlyList<NavigationEntry> entries = modules.SelectMany(m => m.Navigation).OrderBy(e => e.Order).ToList();

    public async Task<IReadOnlyList<Item>> ForAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        var items = new List<Item> { new("Home", "/") };
        foreach (var entry in entries)
        {
            if (entry.When?.Invoke(user) == false) continue;
            if ((await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded) items.Add(new Item(entry.Text, entry.Href));
        }
        return items;
    }

    /// <summary>The item for the current page: the longest whose address the path starts with ("/Work/Team" over "/Work").</summary>
    public static Item? Current(IReadOnlyList<Item> items, string path) =>
        items.Where(i => Matches(i, path)).MaxBy(i => i.Href.Length);

    private static bool Matches(Item item, string path) =>
        item.Href == "/" ? path is "/" or "/Index"
            : path.Equals(item.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(item.Href + "/", StringComparison.OrdinalIgnoreCase);
}
