using System.Globalization;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;

namespace PartyReview.Web.Features.Periods;

/// <summary>The criteria frames page of a period: one frame per subject type, editable until the first score.</summary>
public sealed class FramesViewModel
{
    public required int Year { get; init; }
    public required RuleSet RuleSet { get; init; }
    public required ReviewPeriodStatus Status { get; init; }

    /// <summary>A score is entered in the period: the frames are fixed.</summary>
    public required bool IsFixed { get; init; }
    public required IReadOnlyList<FrameView> Frames { get; init; }

    /// <summary>Whether the user may edit (Staff, Admin) — and the frames can still change (open, no score yet).</summary>
    public bool CanEdit { get; set; }

    /// <summary>Whether staff could edit were it not fixed or locked.</summary>
    public bool MayManage { get; set; }

    /// <summary>The refused form, shown again with its errors, for its subject type.</summary>
    public SubjectType? Refused { get; set; }
    public FrameForm? RefusedForm { get; set; }
    public IReadOnlyList<string> Errors { get; set; } = [];
}

/// <summary>One subject type's frame as stored, or the shipped 366/43 default when none is.</summary>
public sealed record FrameView(SubjectType Subject, bool IsDefault, decimal CommonMaximum, decimal TaskMaximum, IReadOnlyList<FrameItemView> Items)
{
    public IEnumerable<FrameItemView> ItemsOf(CriteriaGroup group) => Items.Where(i => i.Group == group).OrderBy(i => i.Position);

    /// <summary>The frame as the edit form starts: its items and three empty rows to add sub-criteria.</summary>
    public FrameForm ToForm() => new()
    {
        CommonMaximum = Number(CommonMaximum),
        TaskMaximum = Number(TaskMaximum),
        Items =
        [
            .. Items.OrderBy(i => i.Group).ThenBy(i => i.Position).Select((item, index) => new FrameItemForm
            {
                Group = item.Group,
                Position = (index + 1).ToString(CultureInfo.InvariantCulture),
                Title = item.Title,
                MaxPoints = item.MaxPoints is { } points ? Number(points) : null,
            }),
        ],
    };

    public static string Number(decimal value) => Domain.Formatting.VietnameseFormat.Score(value);
}

public sealed record FrameItemView(CriteriaGroup Group, int Position, string Title, decimal? MaxPoints);

/// <summary>A frame as staff edit it: the two maxima, and the sub-criteria (blank rows are ignored, "Bỏ" removes one).</summary>
public sealed class FrameForm
{
    public string? CommonMaximum { get; set; }
    public string? TaskMaximum { get; set; }
    public List<FrameItemForm> Items { get; set; } = [];

    /// <summary>The rows the form shows: the items, then empty rows to add new ones.</summary>
    public IEnumerable<FrameItemForm> RowsWithBlanks(int blanks = 3) =>
        Items.Concat(Enumerable.Range(0, blanks).Select(_ => new FrameItemForm { Group = CriteriaGroup.Tasks }));

    /// <summary>A number typed with a decimal comma or point; null when empty; false when it is not a number.</summary>
    public static bool TryParse(string? typed, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return true;
        }

        if (decimal.TryParse(typed.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}

public sealed class FrameItemForm
{
    public CriteriaGroup Group { get; set; } = CriteriaGroup.Tasks;

    /// <summary>The order typed (1, 2, 3…); rows keep the order of the form when it is empty.</summary>
    public string? Position { get; set; }
    public string? Title { get; set; }
    public string? MaxPoints { get; set; }
    public bool Remove { get; set; }
}
