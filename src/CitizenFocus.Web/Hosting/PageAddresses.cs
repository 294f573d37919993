using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CitizenFocus.Web.Hosting;

public static class PageAddresses
{
    /// <summary>
    /// Serves the pages under <paramref name="folder"/> at <paramref name="address"/> instead:
    /// "/Contact" at "/Messages", "/Promises" at "/" (so "/Promises/Work" is "/Work"). Folders are
    /// named for the capability; addresses are what people have bookmarked and links point to.
    /// A page with its own absolute route (<c>@page "/teams/{slug}"</c>) keeps it.
    /// </summary>
    public static PageConventionCollection ServeFolderAt(this PageConventionCollection pages, string folder, string address)
    {
        var from = folder.Trim('/');
        var to = address.Trim('/');
        pages.AddFolderRouteModelConvention(folder, model =>
        {
            foreach (var route in model.Selectors.Select(s => s.AttributeRouteModel).OfType<AttributeRouteModel>())
            {
                var template = route.Template ?? "";
                if (template.Equals(from, StringComparison.OrdinalIgnoreCase))
                    route.Template = to;
                else if (template.StartsWith(from + "/", StringComparison.OrdinalIgnoreCase))
                    route.Template = (to + template[from.Length..]).TrimStart('/');
            }
        });
        return pages;
    }
}
