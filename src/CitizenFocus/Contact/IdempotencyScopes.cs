namespace CitizenFocus.Contact;

/// <summary>
/// Where an idempotency key was sent from. A key is only ever compared with keys from the same scope and
/// for the same team, so one client's key cannot reach a message sent to another team or by another route.
/// </summary>
public static class IdempotencyScopes
{
    /// <summary>The public JSON API, <c>POST /api/public/teams/{slug}/messages</c>, with its <c>Idempotency-Key</c> header.</summary>
    public const string PublicApi = "public-api";
    /// <summary>The public contact form's hidden key.</summary>
    public const string PublicForm = "public-form";
    /// <summary>The staff JSON API, <c>POST /api/teams/{slug}/messages</c>.</summary>
    public const string StaffApi = "staff-api";
    /// <summary>The staff "Log a message" form's hidden key.</summary>
    public const string StaffForm = "staff-form";

    public const int MaxLength = 16;
}
