using System.Text.Json;
using CitizenFocus.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CitizenFocus.Web.Api;

/// <summary>
/// The API side of mapping results once (RFC 9457): validation → 400 with the errors per field,
/// not found → 404, forbidden → 403, conflict → 409, unprocessable → 422. Field names follow the JSON body's camelCase
/// unless <c>fieldFor</c> names a field otherwise (a header, say).
/// </summary>
public static class Problems
{
    public static ProblemHttpResult For(Result result, Func<string, string?>? fieldFor = null)
    {
        if (result.Succeeded) throw new ArgumentException("A successful result is not a problem.", nameof(result));
        var detail = string.Join(" ", result.Errors.Select(e => e.Message.EndsWith('.') ? e.Message : e.Message + "."));
        return result.Kind switch
        {
            FailureKind.Validation => Validation(result.Errors, fieldFor),
            FailureKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail),
            FailureKind.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail),
            FailureKind.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail),
            FailureKind.Unprocessable => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Cannot be processed as sent", detail: detail),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Kind, "Unknown failure kind."),
        };
    }

    public static ProblemHttpResult Validation(IEnumerable<ValidationError> errors, Func<string, string?>? fieldFor = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors
            .GroupBy(e => fieldFor?.Invoke(e.Field) ?? JsonNamingPolicy.CamelCase.ConvertName(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
