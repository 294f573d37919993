using System.Net;
using System.Reflection;
using CitizenFocus.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenFocus.Web.Tests.Hosting;

/// <summary>
/// Every GET route of the application, pages and APIs, sent extreme and malformed values in every query
/// parameter any page or API reads and in every route parameter, by staff of several roles: none answers
/// 500. A bad value is refused with a message or ignored, never a crash.
/// </summary>
public abstract class ParameterSweepTests(AppFixture fixture)
{
    private static readonly string[] Values =
    [
        "9999-12", "0001-01", "9999-12-31", "-2147483649", "99999999999999999999", "NaN", "'\"<x>%00", new string('9', 300),
    ];

    private static readonly HashSet<string> DateKeys = new(["From", "To", "Period", "Month", "AsOf", "Date", "Start", "End", "Since", "Until", "Day"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Skipped = ["/Account/SignOut", "/api-reference", "/openapi", "/health"];

    [SkippableFact]
    public async Task No_get_route_answers_500_to_extreme_or_malformed_parameters()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var routes = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } m || m.HttpMethods.Contains("GET"))
            .Where(e => e.RoutePattern.RawText is { } raw && !Skipped.Any(s => ("/" + raw.TrimStart('/')).StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(e => e.RoutePattern.RawText)
            .ToList();
        Assert.True(routes.Count > 30, $"found {routes.Count} GET routes");
        Assert.Contains(routes, r => QueryKeys(r).Contains("From", StringComparer.OrdinalIgnoreCase));

        // Staff who between them open every page: force-wide analysis, administration, and personal records.
        var clients = new List<HttpClient>();
        foreach (var login in new[] { "admin", "analyst", "inspector.barking-and-dagenham" })
            clients.Add(await StaffClient.SignedInAsync(fixture, login));

        var failures = new List<string>();
        var sent = 0;
        foreach (var route in routes)
        {
            // One parameter at a time, so that the others' defaults let the bad value reach the code that reads it.
            var requests = new List<string>();
            var parameters = route.RoutePattern.Parameters.Count;
            foreach (var value in Values)
            {
                if (parameters > 0) requests.Add(Path(route, value));
                var keys = QueryKeys(route);
                foreach (var key in keys)
                    requests.Add($"{Path(route, "1")}?{key}={Uri.EscapeDataString(value)}");
                // Dates and months together too, so that a range check between them does not hide the value.
                var dates = keys.Where(k => DateKeys.Contains(k)).ToList();
                if (dates.Count > 1)
                    requests.Add($"{Path(route, "1")}?" + string.Join('&', dates.Select(k => $"{k}={Uri.EscapeDataString(value)}")));
            }
            foreach (var url in requests.Distinct())
                foreach (var client in clients)
                {
                    sent++;
                    using var response = await client.GetAsync(url);
                    if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 120)]}");
                }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed:\n" + string.Join('\n', failures.Distinct().Take(40)));
    }

    private static string Path(RouteEndpoint route, string value) =>
        "/" + string.Join('/', route.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Uri.EscapeDataString(value.Length == 0 ? "x" : value),
            _ => "",
        }))));

    /// <summary>The query parameters a route reads: a page's properties bound for GET and its OnGet handlers' arguments, or an API handler's simple arguments.</summary>
    private static IReadOnlyList<string> QueryKeys(RouteEndpoint endpoint)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is { } page)
        {
            var model = page.ModelTypeInfo?.AsType() ?? page.HandlerTypeInfo.AsType();
            foreach (var p in model.GetProperties())
                if (p.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true } bind) keys.Add(bind.Name ?? p.Name);
            foreach (var m in model.GetMethods().Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal)))
                foreach (var p in m.GetParameters().Where(p => IsSimple(p.ParameterType))) keys.Add(p.Name!);
        }
        else if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler)
        {
            foreach (var p in handler.GetParameters().Where(p => IsSimple(p.ParameterType)))
                if (!endpoint.RoutePattern.Parameters.Any(r => string.Equals(r.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
                    keys.Add(p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!);
        }
        return [.. keys];
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(decimal) || t == typeof(Guid);
    }
}

[Collection(SqliteApp.Name)]
public sealed class ParameterSweepTestsOnSqlite(SqliteAppFixture fixture) : ParameterSweepTests(fixture);

[Collection(PostgresApp.Name)]
public sealed class ParameterSweepTestsOnPostgres(PostgresAppFixture fixture) : ParameterSweepTests(fixture);
