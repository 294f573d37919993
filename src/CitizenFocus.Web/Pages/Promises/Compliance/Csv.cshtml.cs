using System.Globalization;
using System.Text;
using CitizenFocus.Promises;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Pages.Promises.Compliance;

/// <summary>The compliance figures as CSV, with the page's parameters, streamed as they are written.</summary>
public sealed class CsvModel(ComplianceChoices choices, ComplianceQueries compliance) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? standard, string? level, string? borough, string? from, string? to, string? by, CancellationToken ct)
    {
        var form = await choices.ReadAsync(standard, level, borough, from, to, User.GetOrgScope(), ct, by);
        if (form.Filter is not { } f) return BadRequest();
        var rows = await compliance.ByUnitAsync(f.Standard, f.Level, f.From, f.To, f.BoroughCode, f.Dimension, ct);

        var name = string.Join('-', "compliance", f.Standard.ToLowerInvariant(), ComplianceChoices.LevelName(f.Level).ToLowerInvariant(),
            f.BoroughCode ?? "force", f.Dimension is null ? "all" : "by-" + f.Dimension.ToLowerInvariant(), f.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), f.To.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        await using (var writer = new StreamWriter(Response.Body, new UTF8Encoding(false), leaveOpen: true))
        {
            await ComplianceQueries.WriteCsvAsync(rows, writer, ct);
            await writer.FlushAsync(ct);
        }
        return new EmptyResult();
    }
}
