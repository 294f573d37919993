namespace CitizenFocus.Audit;

/// <summary>An audit action in the words the audit page and the command line show.</summary>
public static class AuditActionText
{
    public static string Of(AuditAction action) => action switch
    {
        AuditAction.Collection => "Collected",
        AuditAction.Alteration => "Changed",
        AuditAction.Consultation => "Consulted",
        AuditAction.Disclosure => "Disclosed",
        AuditAction.Combination => "Combined",
        AuditAction.Erasure => "Erased",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.LockedOut => "Locked out",
        AuditAction.SignedOut => "Signed out",
        AuditAction.RateLimited => "Too many requests",
        AuditAction.RefusedOutOfScope => "Refused: outside scope",
        AuditAction.RefusedForRole => "Refused: not for this role",
        _ => action.ToString(),
    };
}
