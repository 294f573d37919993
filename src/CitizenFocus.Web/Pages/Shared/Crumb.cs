namespace CitizenFocus.Web.Pages.Shared;

/// <summary>One step of the breadcrumbs; the current page has no link.</summary>
public sealed record Crumb(string Text, string? Href = null);
