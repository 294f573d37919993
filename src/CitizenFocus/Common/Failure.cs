namespace CitizenFocus.Common;

/// <summary>
/// A failure on its way into a result. It converts to <see cref="Result"/> and to any
/// <see cref="Result{T}"/>, so a handler can <c>return Result.Invalid(...)</c> whatever it returns.
/// </summary>
public sealed record Failure
{
    internal Failure(FailureKind kind, IReadOnlyList<ValidationError> errors)
    {
        if (kind == FailureKind.None) throw new ArgumentException("A failure needs a kind.", nameof(kind));
        if (errors.Count == 0) throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        Kind = kind;
        Errors = errors;
    }

    public FailureKind Kind { get; }
    public IReadOnlyList<ValidationError> Errors { get; }
}
