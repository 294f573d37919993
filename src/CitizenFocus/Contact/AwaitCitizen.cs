using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

/// <summary>
/// "Contacted, awaiting information": pauses the clock where the standard allows, until the citizen
/// answers (<see cref="CitizenResponded"/>). A message already past its deadline cannot pause.
/// </summary>
public sealed class AwaitCitizen(MessageAction action, Clocks clocks, CitizenFocusDb db, TimeProvider time)
{
    public Task<Result> HandleAsync(string reference, string? note, OrgScope scope, string actor, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(note))
            return Task.FromResult<Result>(Result.Invalid("Note", "Enter what information you are waiting for"));
        return action.RunAsync(reference, scope, actor, "awaiting the citizen", async message =>
        {
            if (message.Status != MessageStatus.Open) return Result.Conflict("Reference", "Only an open message can wait for the citizen");
            if (message.ClockId is { } clockId)
            {
                var clock = await clocks.GetAsync(clockId, ct);
                var standard = await db.ServiceStandards.AsNoTracking().SingleAsync(s => s.Id == clock.StandardId, ct);
                if (!standard.PauseAllowed) return Result.Invalid("Note", $"{standard.Name} does not allow the clock to stop");
                if (clock.WouldBreach(time.GetUtcNow().UtcDateTime))
                    return Result.Invalid("Note", "The deadline has passed: reply to the citizen instead");
                await clocks.PauseAsync(clockId, actor, note.Trim(), ct);
            }
            message.Status = MessageStatus.AwaitingCitizen;
            return Result.Ok();
        }, ct);
    }
}
