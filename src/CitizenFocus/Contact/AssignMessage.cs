using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

/// <summary>Gives a message to another member of the same team; the clock follows the message.</summary>
public sealed class AssignMessage(MessageAction action, CitizenFocus.Promises.Clocks clocks, CitizenFocusDb db)
{
    public Task<Result> HandleAsync(string reference, int? memberId, OrgScope scope, string actor, CancellationToken ct = default)
    {
        if (memberId is null) return Task.FromResult<Result>(Result.Invalid("AssigneeId", "Select who should answer this message"));
        return action.RunAsync(reference, scope, actor, $"assigned to member {memberId}", async message =>
        {
            if (!await db.TeamMembers.AnyAsync(m => m.Id == memberId && m.TeamId == message.TeamId, ct))
                return Result.Invalid("AssigneeId", "Select a member of this message's team");
            message.AssigneeMemberId = memberId;
            if (message.ClockId is { } clockId) await clocks.ReassignAsync(clockId, memberId.Value, actor, ct);
            return Result.Ok();
        }, ct);
    }
}
