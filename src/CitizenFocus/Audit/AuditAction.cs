namespace CitizenFocus.Audit;

/// <summary>The processing operations that Data Protection Act 2018 s.62 requires to be logged.</summary>
public enum AuditAction
{
    Collection = 0,
    Alteration = 1,
    Consultation = 2,
    Disclosure = 3,
    Combination = 4,
    Erasure = 5,

    // Security events (OWASP ASVS V16): who tried to get in, and what was refused. The actor is the account as typed.
    SignedIn = 6,
    SignInFailed = 7,
    LockedOut = 8,
    SignedOut = 9,
    RateLimited = 10,
    RefusedOutOfScope = 11,
    /// <summary>A signed-in account asked for a page or API its role (or scope policy) does not allow.</summary>
    RefusedForRole = 12,
}
