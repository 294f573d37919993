using System.Security.Claims;

namespace CitizenFocus.Web.Hosting;

/// <summary>
/// One entry in the service navigation, shown to a user who meets <paramref name="Policy"/> (the
/// policy that guards the page, so that no one is shown a link they cannot follow) and, when given,
/// <paramref name="When"/>. Entries from every capability sort together by <paramref name="Order"/>.
/// </summary>
public sealed record NavigationEntry(int Order, string Text, string Href, string Policy, Func<ClaimsPrincipal, bool>? When = null);
