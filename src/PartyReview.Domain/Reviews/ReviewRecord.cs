using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Domain.Reviews;

/// <summary>
/// What every review holds: the decided level, or a reason for not rating, or nothing yet (pending). Under Quy định 366
/// the three steps are kept apart (<see cref="ReviewStepEntry"/>) and the decision's value is copied here.
/// </summary>
public abstract class ReviewRecord
{
    public const int NoteMaxLength = 500;

    public int Id { get; set; }
    public int ReviewPeriodId { get; set; }
    public QualityLevel? Level { get; private set; }
    public NotRatedReason? NotRatedReason { get; private set; }

    /// <summary>The score on the 100-point scale, for rule sets that use it.</summary>
    public decimal? Score { get; private set; }
    public string? Note { get; set; }

    public bool IsRated => Level is not null;
    /// <summary>Nothing decided yet, or "vắng mặt" (absent: reviewed later, so still pending).</summary>
    public bool IsPending => Level is null && NotRatedReason is null or Reviews.NotRatedReason.Absent;

    /// <summary>The decision step's value becomes the review's official one.</summary>
    public void ApplyDecision(StepValue decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Reason is { } reason)
        {
            MarkNotRated(reason);
        }
        else if (decision.Level is { } level)
        {
            Rate(level, decision.Score);
        }
        else
        {
            ClearRating();
        }
    }

    public void Rate(QualityLevel level, decimal? score = null)
    {
        if (score is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score lies between 0 and 100.");
        }

        Level = level;
        Score = score;
        NotRatedReason = null;
    }

    public void MarkNotRated(NotRatedReason reason)
    {
        Level = null;
        Score = null;
        NotRatedReason = reason;
    }

    public void ClearRating()
    {
        Level = null;
        Score = null;
        NotRatedReason = null;
    }
}

/// <summary>Party discipline, lightest to heaviest (Quy định về xử lý kỷ luật đảng viên).</summary>
public enum DisciplineLevel
{
    None = 0,

    /// <summary>Khiển trách.</summary>
    Reprimand = 1,

    /// <summary>Cảnh cáo.</summary>
    Warning = 2,

    /// <summary>Cách chức.</summary>
    Dismissal = 3,

    /// <summary>Khai trừ.</summary>
    Expulsion = 4,
}

/// <summary>Where an organization's entries stand in the workflow.</summary>
public enum EntryStatus
{
    /// <summary>Not saved yet, or saved by staff and still being worked on.</summary>
    Open = 0,

    /// <summary>The organization's Secretary has proposed the levels; staff have not decided yet.</summary>
    Proposed = 1,

    /// <summary>Staff have entered or accepted the levels.</summary>
    Accepted = 2,
}

/// <summary>
/// The review of a grassroots organization (TCCS) as a whole. It also carries the organization's entry sheet:
/// its workflow status, who saved last, the warnings of the last save, and the version that guards concurrent saves.
/// </summary>
public class OrganizationReview : ReviewRecord
{
    public const int JustificationMaxLength = 1000;
    public const int WarningsMaxLength = 4000;

    public int OrganizationId { get; set; }

    /// <summary>Why the excellence quota is exceeded, when it is.</summary>
    public string? QuotaJustification { get; set; }

    /// <summary>The warnings of the last save, one per line, listed on the period overview.</summary>
    public string? Warnings { get; set; }
    public EntryStatus EntryStatus { get; set; }
    public string? LastSavedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? LastSavedAt { get; set; }

    /// <summary>Raised on every save of the sheet; a save based on an older version is refused, not merged silently.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The sheet changed (a save, an accepted proposal, a member joining, moving or leaving the list): a grid loaded
    /// before sees the change instead of overwriting it. The one place the version moves on.
    /// </summary>
    public void MarkChanged() => Version++;
}

/// <summary>The review of an organization's collective leadership (tập thể lãnh đạo cấp ủy).</summary>
public class LeadershipReview : ReviewRecord
{
    public int OrganizationId { get; set; }

    /// <summary>The collective was disciplined in the year: KHTNV.</summary>
    public bool Disciplined { get; set; }
}

/// <summary>The review of one party member, in the organization the member belonged to at review time.</summary>
public class MemberReview : ReviewRecord
{
    public int MemberId { get; set; }

    /// <summary>Which frame and conditions of Quy định 366 apply: a member, a leader, or a member outside the political system.</summary>
    public SubjectType SubjectType { get; set; } = SubjectType.Member;

    /// <summary>The member's organization at review time (not necessarily the current one).</summary>
    public int OrganizationId { get; set; }

    /// <summary>The heaviest discipline received in the year (hình thức kỷ luật trong năm), if any.</summary>
    public DisciplineLevel Discipline { get; set; }

    /// <summary>Disciplined in the year (bị kỷ luật trong năm).</summary>
    public bool Disciplined => Discipline != DisciplineLevel.None;

    /// <summary>Under Quy định 124: the member found and remedied the fault (tự phát hiện, khắc phục).</summary>
    public bool SelfRemedied { get; set; }

    /// <summary>On sick leave three months or more in the year: capped at HTNV.</summary>
    public bool LongSickLeave { get; set; }
}
