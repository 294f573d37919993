using System.Net;
using System.Text.RegularExpressions;
using CitizenFocus.Demo;

namespace CitizenFocus.Bench.Latency;

/// <summary>Signs in as a demo account through the real form (antiforgery token and cookie included) and keeps the auth cookie.</summary>
public static partial class StaffSession
{
    public const string DemoAdmin = "admin@demo.citizenfocus.example";
    private const string AuthCookie = "citizenfocus";

    /// <summary>Returns the value of a Cookie header carrying the signed-in session.</summary>
    public static async Task<string> SignInAsync(Uri baseAddress, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };

        var form = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative), ct);
        var token = TokenInput().Match(form) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["value"].Value)
            : throw new InvalidOperationException("The sign-in page has no __RequestVerificationToken input.");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = DemoAdmin,
            ["Password"] = DemoGenerator.DemoPassword,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), content, ct);
        // The auth cookie may be split into chunks (citizenfocus, citizenfocusC1, ...) when large.
        var auth = cookies.GetCookies(baseAddress).Where(c => c.Name.StartsWith(AuthCookie, StringComparison.Ordinal) && c.Name != AuthCookie + "-af").ToList();
        if (response.StatusCode != HttpStatusCode.Redirect || auth.Count == 0)
            throw new InvalidOperationException($"Sign-in as {DemoAdmin} failed: {(int)response.StatusCode} with cookies {string.Join(", ", cookies.GetCookies(baseAddress).Select(c => c.Name))}.");
        return string.Join("; ", auth.Select(c => $"{c.Name}={c.Value}"));
    }

    /// <summary>Fetches a page once with the cookie, as wrk will, and fails unless it is a 200 (wrk does not count redirects as errors).</summary>
    public static async Task<int> CheckPageAsync(Uri baseAddress, string path, string cookie, CancellationToken ct)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}, not 200.");
        return body.Length;
    }

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""(?<value>[^""]+)""")]
    private static partial Regex TokenInput();
}
