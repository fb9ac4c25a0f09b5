namespace PartyReview.Web.Infrastructure.Results;

/// <summary>
/// One value as the other person saved it: the label of its field (a key of the shared resources, like the form's
/// display names) and the value, already formatted; <paramref name="ValueIsKey"/> when the value is itself a key
/// (an enum's name, "có"/"không").
/// </summary>
public sealed record ConflictValue(string Label, string? Value, bool ValueIsKey = false);

/// <summary>
/// A save refused because someone else saved the same thing since the form was shown (optimistic concurrency, ADR
/// 0007): the version stored now, which the form carries when shown again so that saving once more re-applies the
/// user's values by choice, and the other person's values that differ from the user's.
/// </summary>
public sealed record EditConflict(int CurrentVersion, IReadOnlyList<ConflictValue> Theirs)
{
    /// <summary>Where a controller puts the conflict for the shared <c>_Conflict</c> partial.</summary>
    public const string ViewDataKey = "EditConflict";

    /// <summary>The error a conflicted result carries (shown by the partial, never as a field error).</summary>
    public const string MessageKey = "Conflict.Title";

    /// <summary>The values of <paramref name="theirs"/> that differ from <paramref name="mine"/> (same labels, in order).</summary>
    public static EditConflict Of(int currentVersion, IReadOnlyList<ConflictValue> theirs, IReadOnlyList<ConflictValue> mine)
    {
        ArgumentNullException.ThrowIfNull(theirs);
        ArgumentNullException.ThrowIfNull(mine);
        var different = theirs.Where(t => !mine.Any(m => m.Label == t.Label && m.Value == t.Value)).ToList();
        return new(currentVersion, different);
    }
}
