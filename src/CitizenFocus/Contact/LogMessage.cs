using System.ComponentModel.DataAnnotations;
using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

/// <summary>
/// Logs a message to a neighbourhood team, assigns it to the team's contact officer and starts the
/// 24-hour reply clock, in one transaction with its audit row. With an idempotency key, sending the
/// same message twice gives the first message's reference and stores nothing new. A key is scoped to the
/// team and the route it came by; the same key with different content is refused as unprocessable, so
/// a second citizen's message is never answered with the first one's reference and lost.
/// </summary>
public sealed class LogMessage(CitizenFocusDb db, Clocks clocks, AuditLog audit, TimeProvider time)
{
    public async Task<Result<MessageLogged>> HandleAsync(LogMessageRequest request, string actor, CancellationToken ct = default)
    {
        var errors = Validate(request, time.GetUtcNow().UtcDateTime);
        if (errors.Count > 0) return Result.Invalid(errors);

        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == request.TeamSlug, ct);
        if (team is null) return Result.NotFound("Team", "There is no team at that address");
        if (await RepeatAsync(team.Id, request, ct) is { } repeat) return repeat;

        var assignee = team.ContactOfficerMemberId ?? await db.TeamMembers.AsNoTracking()
            .Where(m => m.TeamId == team.Id)
            .OrderBy(m => m.Role == StaffRole.Constable ? 0 : m.Role == StaffRole.Pcso ? 1 : m.Role == StaffRole.Sergeant ? 2 : 3)
            .ThenBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);

        var now = time.GetUtcNow().UtcDateTime;
        var message = new TeamMessage
        {
            Reference = MessageReference.New(),
            TeamId = team.Id, WardId = team.WardId, BoroughId = team.BoroughId,
            Channel = request.Channel, ReceivedAt = request.ReceivedAt ?? now,
            CitizenName = request.CitizenName!.Trim(), CitizenEmail = Clean(request.CitizenEmail),
            CitizenPhone = Clean(request.CitizenPhone), CitizenAddress = Clean(request.CitizenAddress),
            PreferredReply = request.PreferredReply!.Value,
            Subject = request.Subject!.Trim(), Body = request.Body!.Trim(),
            AssigneeMemberId = assignee, Status = MessageStatus.Open, LoggedBy = actor,
            IdempotencyKey = Clean(request.IdempotencyKey),
            IdempotencyScope = Clean(request.IdempotencyKey) is null ? null : request.IdempotencyScope,
        };

        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.TeamMessages.Add(message);
            await db.SaveChangesAsync(ct);
            var clock = await clocks.StartAsync(StandardCodes.TeamMessage,
                new ClockSubject("Message", message.Reference, team.BoroughId, team.WardId, team.Id, assignee,
                    Title(message)), actor, message.ReceivedAt, ct);
            message.ClockId = clock.Id;
            await db.SaveChangesAsync(ct);
            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Collection, "Message", message.Reference,
                Detail: $"{request.Channel} to {team.Name}"), ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException) when (request.IdempotencyKey is not null)
        {
            // Two identical submissions raced: the other one stored the message.
            db.ChangeTracker.Clear();
            if (await RepeatAsync(team.Id, request, ct) is { } raced) return raced;
            throw;
        }
        return new MessageLogged(message.Reference, false);
    }

    public static string Title(TeamMessage message)
    {
        var title = $"Message from {message.CitizenName}: {message.Subject}";
        return title.Length > 200 ? title[..200] : title;
    }

    /// <summary>
    /// The earlier message sent with this key to this team by this route: its reference when the content is
    /// the same (a retry), a refusal when it differs (a reused key); null when the key is new.
    /// </summary>
    private async Task<Result<MessageLogged>?> RepeatAsync(int teamId, LogMessageRequest request, CancellationToken ct)
    {
        var key = Clean(request.IdempotencyKey);
        if (key is null) return null;
        var earlier = await db.TeamMessages.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.IdempotencyScope == request.IdempotencyScope && m.IdempotencyKey == key)
            .Select(m => new { m.Reference, m.Channel, m.PreferredReply, m.CitizenName, m.CitizenEmail, m.CitizenPhone, m.CitizenAddress, m.Subject, m.Body })
            .FirstOrDefaultAsync(ct);
        if (earlier is null) return null;
        var same = earlier.Channel == request.Channel && earlier.PreferredReply == request.PreferredReply
            && earlier.CitizenName == Clean(request.CitizenName) && earlier.CitizenEmail == Clean(request.CitizenEmail)
            && earlier.CitizenPhone == Clean(request.CitizenPhone) && earlier.CitizenAddress == Clean(request.CitizenAddress)
            && earlier.Subject == Clean(request.Subject) && earlier.Body == Clean(request.Body);
        if (same) return new MessageLogged(earlier.Reference, true);
        return Result.Unprocessable(nameof(LogMessageRequest.IdempotencyKey),
            "This key was already used for a different message: send each new message with a new key, and the same key only when retrying the same message");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Field errors in GOV.UK's words, named as the form's fields are.</summary>
    public static List<ValidationError> Validate(LogMessageRequest r, DateTime nowUtc)
    {
        var errors = new List<ValidationError>();
        void Check(bool ok, string field, string message)
        {
            if (!ok) errors.Add(new ValidationError(field, message));
        }

        Check(!string.IsNullOrWhiteSpace(r.CitizenName), nameof(r.CitizenName), "Enter your name");
        Check((r.CitizenName?.Trim().Length ?? 0) <= 200, nameof(r.CitizenName), "Name must be 200 characters or fewer");
        Check(r.PreferredReply is not null && Enum.IsDefined(r.PreferredReply.Value), nameof(r.PreferredReply), "Select how you would like us to reply");
        Check(Enum.IsDefined(r.Channel), nameof(r.Channel), "Select how the message arrived");
        var email = r.CitizenEmail?.Trim();
        Check(string.IsNullOrEmpty(email) || (email.Length <= 320 && new EmailAddressAttribute().IsValid(email)),
            nameof(r.CitizenEmail), "Enter an email address in the correct format, like name@example.com");
        var phone = r.CitizenPhone?.Trim();
        Check(string.IsNullOrEmpty(phone) || (phone.Length <= 40 && phone.Count(char.IsDigit) >= 7 && phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-')),
            nameof(r.CitizenPhone), "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
        switch (r.PreferredReply)
        {
            case ReplyMethod.Email:
                Check(!string.IsNullOrEmpty(email), nameof(r.CitizenEmail), "Enter your email address so that we can reply by email");
                break;
            case ReplyMethod.Phone:
                Check(!string.IsNullOrEmpty(phone), nameof(r.CitizenPhone), "Enter your telephone number so that we can call you back");
                break;
            case ReplyMethod.Letter:
                Check(!string.IsNullOrWhiteSpace(r.CitizenAddress), nameof(r.CitizenAddress), "Enter your address so that we can write to you");
                break;
            case ReplyMethod.InPerson:
                Check(!string.IsNullOrEmpty(email) || !string.IsNullOrEmpty(phone), nameof(r.CitizenPhone),
                    "Enter a telephone number or email address so that we can arrange to meet");
                break;
        }
        Check((r.CitizenAddress?.Length ?? 0) <= 500, nameof(r.CitizenAddress), "Address must be 500 characters or fewer");
        Check(!string.IsNullOrWhiteSpace(r.Subject), nameof(r.Subject), "Enter what your message is about");
        Check((r.Subject?.Trim().Length ?? 0) <= 200, nameof(r.Subject), "What your message is about must be 200 characters or fewer");
        Check(!string.IsNullOrWhiteSpace(r.Body), nameof(r.Body), "Enter your message");
        Check((r.Body?.Trim().Length ?? 0) <= 5000, nameof(r.Body), "Your message must be 5,000 characters or fewer");
        Check(r.ReceivedAt is null || r.ReceivedAt <= nowUtc, nameof(r.ReceivedAt), "The time received must be in the past");
        Check(r.IdempotencyKey is null || r.IdempotencyKey.Length <= 64, nameof(r.IdempotencyKey), "The form key is too long");
        return errors;
    }
}
