using Microsoft.AspNetCore.Mvc;

namespace PartyReview.Web.Infrastructure.Results;

/// <summary>How a controller shows a refused stale save: the form again, with the other person's values.</summary>
public static class ConflictViews
{
    /// <summary>
    /// When <paramref name="result"/> is a conflict: answers 409, hands the conflict to the shared <c>_Conflict</c>
    /// partial and forgets the posted <paramref name="versionField"/>, so that the form carries the current version
    /// (the caller sets it on the form) and saving again re-applies the user's values by choice.
    /// </summary>
    public static bool ShowConflict(this Controller controller, Result result, string versionField, out EditConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Conflict is not { } found)
        {
            conflict = null!;
            return false;
        }

        conflict = found;
        controller.Response.StatusCode = StatusCodes.Status409Conflict;
        controller.ViewData[EditConflict.ViewDataKey] = found;
        controller.ModelState.Remove(versionField);
        return true;
    }
}
