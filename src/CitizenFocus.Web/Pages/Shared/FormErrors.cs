using CitizenFocus.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CitizenFocus.Web.Pages.Shared;

/// <summary>
/// Puts a use case's field errors on the form, the page-side half of mapping results once. Fields are
/// named as the request's properties, and so as the form's inputs; <paramref name="fieldFor"/> renames
/// those that differ. Errors without a field go to the top of the error summary.
/// </summary>
public static class FormErrors
{
    public static void AddErrors(this ModelStateDictionary modelState, Result result, Func<string, string>? fieldFor = null)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(fieldFor?.Invoke(error.Field) ?? error.Field, error.Message);
    }

    /// <summary>The first error for a field, for the message beside it.</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string field) =>
        modelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;
}
