using CitizenFocus.Common;
using CitizenFocus.Identity;

namespace CitizenFocus.Contact;

/// <summary>The citizen sent what was asked for: the clock runs again with the time it had left.</summary>
public sealed class CitizenResponded(MessageAction action, CitizenFocus.Promises.Clocks clocks)
{
    public Task<Result> HandleAsync(string reference, OrgScope scope, string actor, CancellationToken ct = default) =>
        action.RunAsync(reference, scope, actor, "citizen responded", async message =>
        {
            if (message.Status != MessageStatus.AwaitingCitizen) return Result.Conflict("Reference", "This message is not waiting for the citizen");
            if (message.ClockId is { } clockId) await clocks.ResumeAsync(clockId, actor, "citizen responded", ct);
            message.Status = MessageStatus.Open;
            return Result.Ok();
        }, ct);
}
