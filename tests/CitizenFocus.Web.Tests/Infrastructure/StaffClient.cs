using System.Net;
using System.Text.RegularExpressions;
using CitizenFocus.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CitizenFocus.Web.Tests.Infrastructure;

/// <summary>HTTP clients that behave like a browser: cookies kept, redirects visible, forms posted with their token.</summary>
public static partial class StaffClient
{
    public const string DemoDomain = "@demo.citizenfocus.example";

    public static HttpClient Anonymous(AppFixture fixture) =>
        fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(AppFixture fixture, string login)
    {
        var client = Anonymous(fixture);
        var response = await PostFormAsync(client, "/Account/SignIn", new()
        {
            ["Email"] = login + DemoDomain,
            ["Password"] = DemoGenerator.DemoPassword,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {login} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>Loads the form page first, as a browser would, and posts back its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = TokenOf(page);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Loads the page that holds the form, then posts to the form's action (a named handler, say).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pagePath);
        fields["__RequestVerificationToken"] = TokenOf(page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static string TokenOf(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
