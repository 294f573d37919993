using CitizenFocus.Audit;
using Microsoft.AspNetCore.HttpOverrides;
using System.Threading.RateLimiting;
using CitizenFocus.Data;
using CitizenFocus.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace CitizenFocus.Web.Hosting;

public static class WebSetup
{
    public static WebApplicationBuilder AddCitizenFocusWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorPages(o =>
            // Every page is for the force's staff unless its capability's module says otherwise
            // (Pages/<Capability>/<Capability>WebModule.cs); the home page and the shared-record page
            // are opened by partner agencies too (Policies.PartnerPages).
            o.Conventions.AddFolderApplicationModelConvention("/", page =>
            {
                if (!Policies.PartnerPages.Contains(page.ViewEnginePath)) page.EndpointMetadata.Add(new AuthorizeAttribute(Policies.Staff));
            }));
        services.AddScoped<Navigation>();
        services.AddScoped<TeamsInScope>();
        services.AddScoped<SecurityEvents>();
        services.AddSingleton<UnknownAccountLockout>();
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "CitizenFocus API";
            doc.Info.Description = "Organisation, staff and records of a police force's service promises. Staff APIs need a signed-in session.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<CitizenFocusDb>("database");
        var production = builder.Environment.IsProduction();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = production ? "__Host-citizenfocus-af" : "citizenfocus-af";
            o.Cookie.Path = "/";
            o.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        // Behind a reverse proxy: the client's address and scheme from the proxies named in ForwardedHeaders:KnownProxies only.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        if (production && builder.Configuration["AllowedHosts"] is null or "*" or "")
            throw new InvalidOperationException(
                "AllowedHosts is '*': in Production set AllowedHosts to the host names the service answers to (e.g. AllowedHosts=citizenfocus.police.example), " +
                "so that a forged Host header is refused rather than echoed into links and redirects.");
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // A plain HTTP request is sent to HTTPS on 443 (HTTPS_PORT or HttpsRedirection:HttpsPort to change it) even when the
        // host cannot tell its HTTPS port itself (behind a proxy, or listening on HTTP only): otherwise it would reach the
        // page, whose Secure-only antiforgery cookie cannot be set over HTTP.
        if (production)
            services.AddHttpsRedirection(o => o.HttpsPort = builder.Configuration.GetValue<int?>("HttpsRedirection:HttpsPort")
                ?? builder.Configuration.GetValue<int?>("HTTPS_PORT") ?? 443);

        services.AddHeavyWork();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Each refusal is a security event in the audit trail, with the client address and any account typed.
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var actor = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name ?? "" :
                    http.Request.HasFormContentType && (await http.Request.ReadFormAsync(ct)).TryGetValue("Email", out var typed) ? typed.ToString() : "";
                await http.RequestServices.GetRequiredService<SecurityEvents>()
                    .WriteAsync(AuditAction.RateLimited, actor, http, "too many requests from this address", ct);
            };
            o.AddPolicy(RateLimitOptions.SignInPolicy, ctx => PerClient(ctx, limits.SignInPerMinute));
            o.AddPolicy(RateLimitOptions.PublicPolicy, ctx => PerClient(ctx, limits.PublicPerMinute));
        });
        return builder;
    }

    /// <summary>Counts submissions (POST) per client address; reading a page is never limited.</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        !HttpMethods.IsPost(context.Request.Method) ? RateLimitPartition.GetNoLimiter("read") :
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
