using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

/// <summary>Subject access's way into the messages table: every message from the person, by name, e-mail, phone or address.</summary>
public sealed class FindMessagesAbout(CitizenFocusDb db)
{
    public const int Limit = 1000;

    public async Task<IReadOnlyList<PersonalDataMatch>> SearchAsync(PersonalDataQuery query, CancellationToken ct = default)
    {
        var name = query.NormalisedName;
        var email = query.NormalisedEmail;
        var phone = query.PhoneDigits;
        var international = query.PhoneInternational;
        var address = query.NormalisedAddress;
        var messages = await db.TeamMessages.AsNoTracking()
            .Where(m => m.CitizenName.ToLower() == name
                || (email != null && m.CitizenEmail != null && m.CitizenEmail.ToLower() == email)
                || (address != null && m.CitizenAddress != null && m.CitizenAddress.ToLower() == address)
                || (phone != null && m.CitizenPhone != null
                    && (m.CitizenPhone.Replace(" ", "").Replace("-", "").Replace("(", "").Replace(")", "") == phone
                        || m.CitizenPhone.Replace(" ", "").Replace("-", "") == international)))
            .OrderBy(m => m.ReceivedAt).Take(Limit)
            .Select(m => new { m.Reference, m.ReceivedAt, m.Channel, m.CitizenName, m.CitizenEmail, m.CitizenPhone, m.CitizenAddress, m.Subject, m.Body, m.ReplySummary })
            .ToListAsync(ct);
        return [.. messages.Select(m => new PersonalDataMatch("Message", m.Reference, m.ReceivedAt, $"Message to a neighbourhood team: {m.Subject}",
            PersonalDataField.Held(("Name", m.CitizenName), ("E-mail", m.CitizenEmail), ("Phone", m.CitizenPhone), ("Address", m.CitizenAddress),
                ("Subject", m.Subject), ("Message", m.Body), ("Our reply", m.ReplySummary)),
            MatchedOn(m.CitizenName, m.CitizenEmail, name, email)))];
    }

    private static string MatchedOn(string citizenName, string? citizenEmail, string name, string? email) =>
        citizenName.ToLowerInvariant() == name ? "name" : email is not null && citizenEmail?.ToLowerInvariant() == email ? "e-mail" : "phone number or address";
}
