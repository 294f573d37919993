using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenFocus.Web.Hosting;

public static class CapabilitySetup
{
    /// <summary>Adds one capability's web side: its services, page conventions, policies, and (later, in <see cref="MapCapabilities"/>) its API.</summary>
    public static WebApplicationBuilder AddCapability<TModule>(this WebApplicationBuilder builder) where TModule : IWebModule, new()
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(IWebModule) && d.ImplementationInstance is TModule))
            throw new InvalidOperationException($"{typeof(TModule).Name} is added twice.");
        var module = new TModule();
        builder.Services.AddSingleton<IWebModule>(module);
        module.AddServices(builder);
        builder.Services.Configure<RazorPagesOptions>(o => module.AddPages(o.Conventions));
        module.AddPolicies(builder.Services.AddAuthorizationBuilder());
        return builder;
    }

    /// <summary>Maps the API of every capability added, in the order Program.cs added them.</summary>
    public static IEndpointRouteBuilder MapCapabilities(this IEndpointRouteBuilder app)
    {
        foreach (var module in app.ServiceProvider.GetServices<IWebModule>()) module.MapEndpoints(app);
        return app;
    }
}
