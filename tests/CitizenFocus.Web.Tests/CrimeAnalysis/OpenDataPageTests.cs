using System.Net;
using System.Text;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.CrimeAnalysis;

/// <summary>The police.uk open data page: each force's months, with a missing month shown as missing, not as no crime.</summary>
public abstract class OpenDataPageTests(AppFixture fixture)
{
    [SkippableFact]
    public async Task An_analyst_sees_each_forces_months_with_the_gap_marked_missing()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        // A force of its own, so that other tests' imports (if any) do not change its months.
        var force = $"Test Constabulary {fixture.Provider}";
        await PoliceUkSample.ImportAsync(fixture.App.Services, PoliceUkSample.File("2025-01", force, 3), PoliceUkSample.File("2025-03", force, 2));
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");

        var html = await analyst.GetStringAsync("/Crime/OpenData");

        Assert.Contains("id=\"forces-table\"", html);
        var summary = Row(html, force);
        Assert.Contains("January 2025", summary);
        Assert.Contains("March 2025", summary);
        Assert.Contains(">5<", summary);
        Assert.Contains("February 2025", summary);
        var february = Row(html, "February 2025", after: $"{force}: months from");
        Assert.Contains("Missing", february);
        Assert.Contains("Not known", february);
        Assert.Contains(">3<", Row(html, "January 2025", after: $"{force}: months from"));
    }

    [SkippableFact]
    public async Task The_demo_holds_a_year_of_each_peer_force_with_greater_manchesters_gap()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");

        var html = await analyst.GetStringAsync("/Crime/OpenData");

        // The fixture's clock is 25 November 2026: police.uk runs two months behind, so the year ends in September.
        foreach (var force in new[] { "West Yorkshire Police", "West Midlands Police" })
        {
            var row = Row(html, force);
            Assert.Contains("October 2025", row);
            Assert.Contains("September 2026", row);
            Assert.Contains(">None<", row);
        }
        Assert.Contains(">May 2026<", Row(html, "Greater Manchester Police"));
        Assert.Contains("Missing", Row(html, "May 2026", after: "Greater Manchester Police: months from"));
    }

    [SkippableFact]
    public async Task The_page_is_listed_with_the_analyses_and_closed_to_staff_without_the_analysts_role()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var analyst = await StaffClient.SignedInAsync(fixture, "analyst");
        var officer = await StaffClient.SignedInAsync(fixture, "officer.barking-and-dagenham");

        Assert.Contains("href=\"/Crime/OpenData\"", await analyst.GetStringAsync("/Crime"));
        var refused = await officer.GetAsync("/Crime/OpenData");
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found });
        if (refused.StatusCode != HttpStatusCode.Forbidden)
            Assert.Contains("AccessDenied", refused.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The table row whose header cell holds <paramref name="header"/>, in the body of the table captioned <paramref name="after"/>.</summary>
    private static string Row(string html, string header, string? after = null)
    {
        var from = after is null ? 0 : html.IndexOf(after, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{after}' is not on the page");
        from = html.IndexOf("<tbody", from, StringComparison.Ordinal);
        var at = html.IndexOf(header, from, StringComparison.Ordinal);
        var bodyEnd = after is null ? html.Length : html.IndexOf("</tbody>", from, StringComparison.Ordinal);
        Assert.True(at >= 0 && at < bodyEnd, $"no row for '{header}'");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[start..end];
    }
}

/// <summary>Small street-level files in police.uk's layout, imported through the application's own import.</summary>
internal static class PoliceUkSample
{
    private const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    public static (string Name, string Text) File(string month, string force, int rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
            text.Append(CultureInvariant($"{Guid.NewGuid():N}{Guid.NewGuid():N},{month},{force},{force},-1.5,53.8,On or near High Street,E01011111,Leeds 001A,Burglary,Under investigation,\n"));
        return ($"{month}-test-street.csv", text.ToString());
    }

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);

    public static async Task ImportAsync(IServiceProvider services, params (string Name, string Text)[] files)
    {
        using var scope = services.CreateScope();
        var import = scope.ServiceProvider.GetRequiredService<ImportPoliceUk>();
        var result = await import.HandleAsync([.. files.Select(f => new PoliceUkFile(f.Name, () => new MemoryStream(Encoding.UTF8.GetBytes(f.Text))))]);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }
}

[Collection(SqliteApp.Name)]
public sealed class OpenDataPageTestsOnSqlite(SqliteAppFixture fixture) : OpenDataPageTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class OpenDataPageTestsOnPostgres(PostgresAppFixture fixture) : OpenDataPageTests(fixture);
