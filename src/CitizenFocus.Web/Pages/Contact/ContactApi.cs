using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.Promises;
using CitizenFocus.Web.Api;
using CitizenFocus.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CitizenFocus.Web.Pages.Contact;

/// <summary>
/// Messages to neighbourhood teams for staff: personal records, scoped and audited. The POSTs take
/// only JSON bodies: a cross-site form cannot send <c>application/json</c> without a CORS preflight,
/// which this host never grants, so the session cookie cannot be ridden (and it is SameSite=Lax).
/// </summary>
public static class ContactApi
{
    public static void MapContactApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/messages").WithTags("Messages").RequireAuthorization(Policies.PersonalRecords);

        group.MapPost("/", async Task<Results<Created<MessageLogged>, ProblemHttpResult>> (
                StaffMessageBody body, HttpContext http, LogMessage logMessage, TeamsInScope teams, ScopeRefusals refusals, CancellationToken ct) =>
            {
                var user = http.User;
                if (await teams.UnitOfAsync(body.TeamSlug, ct) is { } unit && !user.GetOrgScope().Covers(unit))
                {
                    await refusals.RecordAsync(user.AuditActor(), "Team", body.TeamSlug ?? "", ct);
                    return Problems.For(Result.Forbidden("You can log messages only for teams in your area"));
                }
                var channel = EnumInput.Parse<MessageChannel>(body.Channel);
                var request = new LogMessageRequest(body.TeamSlug ?? "", channel is { } c && c != MessageChannel.WebForm ? c : (MessageChannel)(-1),
                    body.CitizenName, body.CitizenEmail, body.CitizenPhone, body.CitizenAddress, EnumInput.Parse<ReplyMethod>(body.PreferredReply),
                    body.Subject, body.Body, body.ReceivedAt?.UtcDateTime, body.IdempotencyKey);
                var result = await logMessage.HandleAsync(request, user.AuditActor(), ct);
                return result.Succeeded
                    ? TypedResults.Created($"/api/messages/{Uri.EscapeDataString(result.Value.Reference)}", result.Value)
                    : Problems.For(result);
            })
            .WithName("LogMessage").WithSummary("Log a message that came by telephone, voicemail, email, letter or in person");

        group.MapGet("/{reference}", async Task<Results<Ok<MessageRecord>, ProblemHttpResult>> (
                string reference, HttpContext http, ConsultMessage consult, CancellationToken ct) =>
                await consult.HandleAsync(reference, http.User.GetOrgScope(), http.User.AuditActor(), ReadChannel.Api, ct) is { } message
                    ? TypedResults.Ok(message)
                    : Problems.NotFound($"No message {reference} is within your scope."))
            .WithName("GetMessage").WithSummary("One message with the sender's details and its clock; the read is recorded in the audit trail");

        group.MapPost("/{reference}/reply", async Task<Results<Ok<ReplyRecorded>, ProblemHttpResult>> (
                string reference, ReplyBody body, HttpContext http, ReplyToMessage reply, CancellationToken ct) =>
            {
                var result = await reply.HandleAsync(new ReplyToMessageRequest(reference, EnumInput.Parse<ReplyMethod>(body.Method), body.Summary, body.Explanation),
                    http.User.GetOrgScope(), http.User.AuditActor(), ct);
                return result.Succeeded
                    ? TypedResults.Ok(new ReplyRecorded(reference, result.Value == ClockOutcome.Met ? "met" : "breached"))
                    : Problems.For(result);
            })
            .WithName("ReplyToMessage").WithSummary("Record the reply and end the clock; a late reply needs the explanation given to the citizen");
    }
}
