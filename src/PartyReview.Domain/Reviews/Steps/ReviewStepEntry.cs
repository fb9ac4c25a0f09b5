using PartyReview.Domain.Reviews.Criteria;

namespace PartyReview.Domain.Reviews.Steps;

/// <summary>
/// One step's value for one subject in one period (Quy định 366 Điều 12): the group points, the task figures, the
/// level (or the reason for not rating), why it differs from the computed level, and who recorded it when. The
/// decision's level is also kept on the review itself (<see cref="ReviewRecord.ApplyDecision"/>), which every tally reads.
/// </summary>
public class ReviewStepEntry
{
    public const int ReasonMaxLength = 500;

    public int Id { get; set; }
    public int ReviewPeriodId { get; set; }
    public StepSubject Subject { get; set; }

    /// <summary>The id of the review (organization, leadership or member review) this step belongs to.</summary>
    public int ReviewId { get; set; }

    /// <summary>The organization the subject was listed under when the step was recorded (for the audit and history).</summary>
    public int OrganizationId { get; set; }

    /// <summary>The member, for a member's step.</summary>
    public int? MemberId { get; set; }
    public ReviewStep Step { get; set; }

    public decimal? CommonPoints { get; private set; }
    public decimal? TaskPoints { get; private set; }

    /// <summary>The total on the 100-point scale: the two groups' sum, or a total typed alone.</summary>
    public decimal? Score { get; private set; }
    public decimal? OnTimePercent { get; private set; }
    public decimal? ExceededPercent { get; private set; }
    public decimal? RemediedPercent { get; private set; }
    public QualityLevel? Level { get; private set; }
    public NotRatedReason? NotRatedReason { get; private set; }

    /// <summary>Why the level is below the one the score and conditions give (quota, condition, discipline…).</summary>
    public string? AdjustmentReason { get; private set; }
    public string? RecordedBy { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; private set; }

    public TaskFigures Figures => new(OnTimePercent, ExceededPercent, RemediedPercent);

    /// <summary>Nothing decided yet: no level and no reason, or "vắng mặt" (absent, to be reviewed later).</summary>
    public bool IsPending => Level is null && NotRatedReason is null or Reviews.NotRatedReason.Absent;

    public bool IsEmpty => Level is null && NotRatedReason is null && Score is null && CommonPoints is null && TaskPoints is null && Figures.IsEmpty;

    /// <summary>Sets the step's value; <paramref name="value"/> has passed the period's rules.</summary>
    public void Set(StepValue value, string? recordedBy, DateTime recordedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(value);
        CommonPoints = value.CommonPoints;
        TaskPoints = value.TaskPoints;
        Score = value.Score;
        OnTimePercent = value.Figures.OnTimePercent;
        ExceededPercent = value.Figures.ExceededPercent;
        RemediedPercent = value.Figures.RemediedPercent;
        Level = value.Reason is null ? value.Level : null;
        NotRatedReason = value.Reason;
        AdjustmentReason = string.IsNullOrWhiteSpace(value.AdjustmentReason) ? null : value.AdjustmentReason.Trim();
        RecordedBy = recordedBy;
        RecordedAt = recordedAtUtc;
    }

    public StepValue Value => new(Level, Score, CommonPoints, TaskPoints, Figures, NotRatedReason, AdjustmentReason);

    /// <summary>Whether the step holds the same value (who and when aside).</summary>
    public bool Holds(StepValue value) => Value == value;

    /// <summary>The step for the audit log and history: "92 điểm (28 + 64), HTTNV; đúng hạn 100 %, vượt 25 %, khắc phục 100 %".</summary>
    public string Describe() => Value.Describe();
}

/// <summary>A step's value as entered, before it is stored.</summary>
public sealed record StepValue(
    QualityLevel? Level,
    decimal? Score = null,
    decimal? CommonPoints = null,
    decimal? TaskPoints = null,
    TaskFigures? FiguresEntered = null,
    NotRatedReason? Reason = null,
    string? AdjustmentReason = null)
{
    public TaskFigures Figures => FiguresEntered ?? TaskFigures.None;

    public bool IsEmpty => Level is null && Reason is null && Score is null && CommonPoints is null && TaskPoints is null && Figures.IsEmpty;

    public string Describe()
    {
        if (Reason is { } reason)
        {
            return "Không xếp loại (" + reason.VietnameseName() + ")";
        }

        var parts = new List<string>();
        if (Score is { } score)
        {
            var points = CommonPoints is { } c && TaskPoints is { } t
                ? $" ({Formatting.VietnameseFormat.Score(c)} + {Formatting.VietnameseFormat.Score(t)})"
                : "";
            parts.Add(Formatting.VietnameseFormat.Score(score) + " điểm" + points);
        }

        if (Level is { } level)
        {
            parts.Add(level.Abbreviation());
        }

        var text = parts.Count == 0 ? "(trống)" : string.Join(", ", parts);
        var figures = new List<string>();
        if (Figures.OnTimePercent is { } onTime)
        {
            figures.Add("đúng hạn " + Formatting.VietnameseFormat.Score(onTime) + " %");
        }

        if (Figures.ExceededPercent is { } exceeded)
        {
            figures.Add("vượt " + Formatting.VietnameseFormat.Score(exceeded) + " %");
        }

        if (Figures.RemediedPercent is { } remedied)
        {
            figures.Add("khắc phục " + Formatting.VietnameseFormat.Score(remedied) + " %");
        }

        if (figures.Count > 0)
        {
            text += "; " + string.Join(", ", figures);
        }

        return AdjustmentReason is null ? text : text + " — lý do điều chỉnh: " + AdjustmentReason;
    }
}
