using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;

namespace PartyReview.Domain.Reporting;

/// <summary>
/// A decided year's figures, counted once when the period is decided and read back from then on (ADR 0009): the
/// review counts per subject kind and the year's membership movements with the headcounts at both ends. A reopen clears
/// them, so an open period is always counted live.
/// </summary>
public sealed record DecidedFigures(
    IReadOnlyList<TallyGroup> Organizations,
    IReadOnlyList<TallyGroup> Leadership,
    IReadOnlyList<TallyGroup> Members,
    IReadOnlyList<MovementCount> Movements,
    int? AdmissionTarget,
    int MembersAtStart,
    int MembersAtEnd)
{
    /// <summary>The chi bộ trực thuộc's own reviews, counted apart from the TCCS (ADR 0008); empty when there are none.</summary>
    public IReadOnlyList<TallyGroup> AffiliatedCells { get; init; } = [];

    /// <summary>The scores on the 100-point scale, per subject kind, as the report and the dashboard average them; null when not kept.</summary>
    public ScoreAverages? Scores { get; init; }

    /// <summary>The members HTXSNV in each of the years the member award asks ("N năm liền") up to this one; null when not kept.</summary>
    public int? ConsecutiveExcellentMembers { get; init; }

    /// <summary>The year's tally, as the live count gave it at deciding.</summary>
    public YearTally Tally(int year, RuleSet ruleSet) => new(
        year, ruleSet, ReviewPeriodStatus.Decided,
        new SubjectTally(SubjectKind.Organization, Organizations),
        new SubjectTally(SubjectKind.Leadership, Leadership),
        new SubjectTally(SubjectKind.Member, Members))
    {
        AffiliatedCells = new SubjectTally(SubjectKind.Organization, AffiliatedCells ?? []),
    };

    /// <summary>The year's movements, as the live count gave them at deciding.</summary>
    public MovementTally MovementTally() => new(Movements.Select(m => (m.Kind, m.Count)), AdmissionTarget)
    {
        MembersAtStart = MembersAtStart,
        MembersAtEnd = MembersAtEnd,
    };
}

/// <summary>How many membership events of one kind a year holds.</summary>
public readonly record struct MovementCount(MembershipEventKind Kind, int Count);
