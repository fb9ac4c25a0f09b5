namespace PartyReview.Domain.Reviews;

public enum ReviewPeriodStatus
{
    /// <summary>Entries are being made.</summary>
    Open = 1,

    /// <summary>The competent committee has decided; the period is locked.</summary>
    Decided = 2,
}

/// <summary>One committee's review of one year (kỳ đánh giá năm N): its rule set, quota and status.</summary>
public class ReviewPeriod
{
    public const int DefaultExcellenceQuotaPercent = 20;

    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public int Year { get; set; }
    public RuleSet RuleSet { get; set; }

    /// <summary>Members rated HTXSNV may be at most this share of the members rated HTTNV in each organization.</summary>
    public int ExcellenceQuotaPercent { get; set; } = DefaultExcellenceQuotaPercent;

    /// <summary>The date the review is held: the reference for the six-month rules.</summary>
    public DateOnly ReviewDate { get; set; }
    public ReviewPeriodStatus Status { get; set; } = ReviewPeriodStatus.Open;

    /// <summary>The name printed for the exemplary-organization award this year; null for the default of the year.</summary>
    public string? ExemplaryOrganizationAwardName { get; set; }

    /// <summary>"N năm liền": how many consecutive excellent years the member award needs.</summary>
    public int ConsecutiveYears { get; set; } = Commendations.Eligibility.DefaultConsecutiveYears;

    /// <summary>
    /// Raised on every change of the period's settings or status; a save based on an older version is refused as a conflict, never
    /// merged silently (optimistic concurrency, ADR 0007).
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The one place the version moves on.</summary>
    public void MarkChanged() => Version++;

    public bool IsLocked => Status == ReviewPeriodStatus.Decided;

    /// <summary>
    /// The figures counted when the period was decided, read back instead of counting again (ADR 0009); null while the
    /// period is open, and for a period decided before figures were kept until they are counted at start.
    /// </summary>
    public Reporting.DecidedFigures? Figures { get; private set; }

    /// <summary>Decides (locks) the period with the figures counted at that moment.</summary>
    public void Decide(Reporting.DecidedFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Status = ReviewPeriodStatus.Decided;
        Figures = figures;
    }

    /// <summary>Keeps the figures of a period decided before they were kept (counted once, at start).</summary>
    public void KeepFigures(Reporting.DecidedFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (!IsLocked)
        {
            throw new InvalidOperationException("Only a decided period keeps its figures.");
        }

        Figures = figures;
    }

    /// <summary>Reopens the period: its figures are counted live again until it is decided anew.</summary>
    public void Reopen()
    {
        Status = ReviewPeriodStatus.Open;
        Figures = null;
    }
}
