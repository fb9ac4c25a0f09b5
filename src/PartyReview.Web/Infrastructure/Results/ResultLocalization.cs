using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace PartyReview.Web.Infrastructure.Results;

/// <summary>Turns a <see cref="Result"/>'s errors into the user's language.</summary>
public static class ResultLocalization
{
    /// <summary>The error's message in the current UI culture, from the localizer's resources.</summary>
    public static string Message(this IStringLocalizer localizer, ResultError error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        return error.Arguments.Length == 0 ? localizer[error.MessageKey] : localizer[error.MessageKey, error.Arguments!];
    }

    /// <summary>
    /// Adds each error to the model state under its field (with <paramref name="prefix"/>, e.g. "Form."), or under the
    /// whole form when it names none.
    /// </summary>
    public static void AddErrors(this ModelStateDictionary modelState, Result result, IStringLocalizer localizer, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            if (result.Conflict is not null && error.MessageKey == EditConflict.MessageKey)
            {
                // The shared _Conflict partial tells of it, with the other person's values.
                continue;
            }

            var key = error.Field is null ? string.Empty : prefix + error.Field;
            modelState.AddModelError(key, localizer.Message(error));
        }
    }
}
