using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

public sealed record ReplyToMessageRequest(string Reference, ReplyMethod? Method, string? Summary, string? Explanation);

/// <summary>
/// Records the reply and ends the clock: met within 24 hours, otherwise breached, and then the
/// citizen is owed an explanation, which must be recorded with the reply.
/// </summary>
public sealed class ReplyToMessage(MessageAction action, Clocks clocks, CitizenFocusDb db, TimeProvider time)
{
    public async Task<Result<ClockOutcome>> HandleAsync(ReplyToMessageRequest request, OrgScope scope, string actor, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        if (request.Method is null || !Enum.IsDefined(request.Method.Value))
            errors.Add(new ValidationError(nameof(request.Method), "Select how you replied"));
        if (string.IsNullOrWhiteSpace(request.Summary))
            errors.Add(new ValidationError(nameof(request.Summary), "Enter a summary of your reply"));
        else if (request.Summary.Length > 2000)
            errors.Add(new ValidationError(nameof(request.Summary), "The summary must be 2,000 characters or fewer"));
        if ((request.Explanation?.Length ?? 0) > 2000)
            errors.Add(new ValidationError(nameof(request.Explanation), "The explanation must be 2,000 characters or fewer"));
        if (errors.Count > 0) return Result.Invalid(errors);

        ClockOutcome outcome = ClockOutcome.Met;
        var result = await action.RunAsync(request.Reference, scope, actor, "reply recorded", async message =>
        {
            if (message.Status == MessageStatus.Replied) return Result.Conflict("Reference", "This message has already been answered");
            if (message.ClockId is { } clockId)
            {
                var clock = await clocks.GetAsync(clockId, ct);
                var standard = await db.ServiceStandards.AsNoTracking().SingleAsync(s => s.Id == clock.StandardId, ct);
                if (clock.Status != ClockStatus.Ended && clock.WouldBreach(time.GetUtcNow().UtcDateTime)
                    && standard.ExplanationOwed && string.IsNullOrWhiteSpace(request.Explanation))
                    return Result.Invalid(nameof(request.Explanation), "The reply is late: explain to the citizen why");
                if (clock.Status != ClockStatus.Ended)
                    outcome = await clocks.EndAsync(clockId, actor, null, request.Explanation?.Trim(), ct);
            }
            message.Status = MessageStatus.Replied;
            message.RepliedAt = time.GetUtcNow().UtcDateTime;
            message.RepliedBy = request.Method;
            message.ReplySummary = request.Summary!.Trim();
            return Result.Ok();
        }, ct);
        return result.Succeeded ? outcome : new Failure(result.Kind, result.Errors);
    }
}
