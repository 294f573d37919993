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
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "CitizenFocus API";
            doc.Info.Description = "Organisation, staff and records of a police force's service promises. Staff APIs need a signed-in session.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<CitizenFocusDb>("database");
        services.AddAntiforgery(o => o.Cookie.Name = "citizenfocus-af");
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
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
