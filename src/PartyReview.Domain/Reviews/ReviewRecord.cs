namespace PartyReview.Domain.Reviews;

/// <summary>What every review holds: a level, or a reason for not rating, or nothing yet (pending).</summary>
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
    public bool IsPending => Level is null && NotRatedReason is null;

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

/// <summary>The review of a grassroots organization (TCCS) as a whole.</summary>
public class OrganizationReview : ReviewRecord
{
    public int OrganizationId { get; set; }
}

/// <summary>The review of an organization's collective leadership (tập thể lãnh đạo cấp ủy).</summary>
public class LeadershipReview : ReviewRecord
{
    public int OrganizationId { get; set; }
}

/// <summary>The review of one party member, in the organization the member belonged to at review time.</summary>
public class MemberReview : ReviewRecord
{
    public int MemberId { get; set; }

    /// <summary>The member's organization at review time (not necessarily the current one).</summary>
    public int OrganizationId { get; set; }

    /// <summary>Disciplined in the year (bị kỷ luật trong năm).</summary>
    public bool Disciplined { get; set; }

    /// <summary>Under Quy định 124: the member found and remedied the fault (tự phát hiện, khắc phục).</summary>
    public bool SelfRemedied { get; set; }

    /// <summary>On sick leave three months or more in the year: capped at HTNV.</summary>
    public bool LongSickLeave { get; set; }
}
