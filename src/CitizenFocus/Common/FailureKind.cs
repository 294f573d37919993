namespace CitizenFocus.Common;

/// <summary>Why a use case did not succeed; each maps to one HTTP status and one CLI exit code.</summary>
public enum FailureKind
{
    None = 0,
    /// <summary>The request was wrong; <see cref="Result.Errors"/> says which fields.</summary>
    Validation = 1,
    NotFound = 2,
    Forbidden = 3,
    /// <summary>The request was valid but clashes with the current state (a duplicate, a stale edit).</summary>
    Conflict = 4,
    /// <summary>
    /// Well formed, but it cannot be acted on as sent: an idempotency key already used for different content.
    /// </summary>
    Unprocessable = 5,
}
