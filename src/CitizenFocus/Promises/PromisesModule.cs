using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Promises;

/// <summary>The promise engine: clocks, the sweep that escalates them, notifications, work queues and compliance.</summary>
public sealed class PromisesModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<Clocks>();
        services.TryAddScoped<NotificationOutbox>();
        services.TryAddScoped<SweepClocks>();
        services.TryAddScoped<OpenRecurringClocks>();
        services.TryAddScoped<DispatchNotifications>();
        services.TryAddScoped<WorkQueries>();
        services.TryAddScoped<ComplianceQueries>();
        services.TryAddSingleton<INotificationSender, LoggingNotificationSender>();
    }
}
