namespace CitizenFocus.Web.Hosting;

/// <summary>
/// Why heavy work did not run, or did not finish: set as a request feature by <see cref="HeavyWork"/> so that
/// the error page, re-executed for the status code, says what the API's problem details say.
/// </summary>
/// <param name="Status">429 when refused because the reader's own heavy work is already running; 503 when stopped at the time budget.</param>
/// <param name="Seconds">When refused, the seconds until a place is sure to be free (Retry-After); when stopped, the budget.</param>
/// <param name="Title">The heading, in plain English.</param>
/// <param name="Detail">What happened and what to do.</param>
public sealed record HeavyWorkStopped(int Status, int Seconds, string Title, string Detail);
