using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.Web.Api;
using CitizenFocus.Web.Hosting;
using CitizenFocus.Web.Pages.Contact.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CitizenFocus.Web.Pages.Contact;

/// <summary>
/// The public "contact your team" API: anonymous, rate limited, and idempotent by the client's
/// <c>Idempotency-Key</c>, so that a retried request gives back the first message's reference.
/// </summary>
public static class PublicContactApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void MapPublicContactApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/public/teams/{slug}/messages", async Task<Results<Created<MessageLogged>, ProblemHttpResult>> (
                string slug, PublicMessageBody body, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
                LogMessage logMessage, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(idempotencyKey))
                    return Problems.Validation([new ValidationError(IdempotencyHeader, $"Send an {IdempotencyHeader} header: a new random value for each message, the same one when retrying")],
                        field => field);
                var request = new LogMessageRequest(slug, MessageChannel.WebForm, body.CitizenName, body.CitizenEmail, body.CitizenPhone,
                    body.CitizenAddress, EnumInput.Parse<ReplyMethod>(body.PreferredReply), body.Subject, body.Body, IdempotencyKey: idempotencyKey,
                    IdempotencyScope: IdempotencyScopes.PublicApi);
                var result = await logMessage.HandleAsync(request, ContactModel.Actor, ct);
                // The same reference, with 201, on a retry: the client cannot tell a retry from a first success, and need not.
                return result.Succeeded
                    ? TypedResults.Created((string?)null, result.Value)
                    : Problems.For(result, field => field == nameof(LogMessageRequest.IdempotencyKey) ? IdempotencyHeader : null);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitOptions.PublicPolicy)
            .DisableAntiforgery()
            .WithTags("Public")
            .WithName("SendMessageToTeam")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Send a message to a neighbourhood team; answers 201 with the reference (the same one again for a repeated Idempotency-Key with the same message; 422 for a key already used for another message)");
    }
}
