using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenFocus.Contact;

/// <summary>Messages from the public to neighbourhood teams: logging, reading, assigning and answering them.</summary>
public sealed class ContactModule : ICapabilityModule
{
    public void AddServices(IServiceCollection services)
    {
        services.TryAddScoped<MessageQueries>();
        services.TryAddScoped<FindMessagesAbout>();
        services.TryAddScoped<ConsultMessage>();
        services.TryAddScoped<MessageAction>();
        services.TryAddScoped<LogMessage>();
        services.TryAddScoped<ReplyToMessage>();
        services.TryAddScoped<AwaitCitizen>();
        services.TryAddScoped<CitizenResponded>();
        services.TryAddScoped<AssignMessage>();
        services.TryAddScoped<EraseMessageDetails>();
    }
}
