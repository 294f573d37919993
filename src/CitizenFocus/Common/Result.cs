namespace CitizenFocus.Common;

/// <summary>
/// The outcome of a use case whose failures are expected (validation, not found, forbidden,
/// conflict): the caller maps them once to form errors, problem details or an exit code.
/// Exceptions stay for the unexpected.
/// </summary>
public class Result
{
    private static readonly Result Success = new(FailureKind.None, []);

    private protected Result(FailureKind kind, IReadOnlyList<ValidationError> errors)
    {
        Kind = kind;
        Errors = errors;
    }

    /// <summary><see cref="FailureKind.None"/> when the use case succeeded.</summary>
    public FailureKind Kind { get; }
    public IReadOnlyList<ValidationError> Errors { get; }
    public bool Succeeded => Kind == FailureKind.None;

    /// <summary>The errors for one field, for showing beside it on a form.</summary>
    public IEnumerable<ValidationError> ErrorsFor(string field) =>
        Errors.Where(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase));

    public static Result Ok() => Success;

    public static Failure Invalid(IReadOnlyList<ValidationError> errors) => new(FailureKind.Validation, errors);
    public static Failure Invalid(string field, string message) => Invalid([new ValidationError(field, message)]);
    public static Failure NotFound(string field, string message) => new(FailureKind.NotFound, [new ValidationError(field, message)]);
    public static Failure Forbidden(string message) => new(FailureKind.Forbidden, [new ValidationError("", message)]);
    public static Failure Conflict(string field, string message) => new(FailureKind.Conflict, [new ValidationError(field, message)]);

    public static Failure Unprocessable(string field, string message) => new(FailureKind.Unprocessable, [new ValidationError(field, message)]);

    public static implicit operator Result(Failure failure) => new(failure.Kind, failure.Errors);
}
