namespace CitizenFocus.Common;

/// <summary>A <see cref="Result"/> that carries a value when it succeeds.</summary>
public sealed class Result<T> : Result
{
    private readonly T? value;

    private Result(T value) : base(FailureKind.None, []) => this.value = value;

    private Result(Failure failure) : base(failure.Kind, failure.Errors) { }

    /// <summary>The value; reading it from a failed result is a programming error.</summary>
    public T Value => Succeeded ? value! : throw new InvalidOperationException("A failed result has no value: " + string.Join("; ", Errors));

    public static Result<T> Ok(T value) => new(value);

    public static implicit operator Result<T>(T value) => new(value);
    public static implicit operator Result<T>(Failure failure) => new(failure);
}
