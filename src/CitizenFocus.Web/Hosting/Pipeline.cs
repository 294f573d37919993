using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace CitizenFocus.Web.Hosting;

public static class Pipeline
{
    public static WebApplication UseCitizenFocusPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Security events written below the web layer (a refused out-of-scope record) say where the request came from.
        app.Use((http, next) =>
        {
            http.RequestServices.GetRequiredService<CitizenFocus.Audit.RequestOrigin>().Description = SecurityEvents.Origin(http);
            return next(http);
        });
        // The API answers every error as RFC 9457 problem details (401, 403, 404, 415, 429, 500 …); pages
        // answer with the error page.
        app.UseWhen(IsApi, api =>
        {
            if (!app.Environment.IsDevelopment()) api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        });
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        if (app.Environment.IsProduction()) app.UseHttpsRedirection();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // Restricted records are read only by the roles their restriction names: the reader's roles, for below the web layer.
        app.Use((http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated == true)
                http.RequestServices.GetRequiredService<CitizenFocus.Audit.CurrentReader>().Roles =
                    [.. http.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)];
            return next(http);
        });
        app.UseAntiforgery();
        app.UseHeavyWork();
        return app;
    }

    /// <summary>The API answers with problem details, pages with pages.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapCitizenFocusEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealth }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-reference", o => o.WithTitle("CitizenFocus API")).AllowAnonymous();
        app.MapCapabilities();
        return app;
    }

    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
