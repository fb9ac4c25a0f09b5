namespace PartyReview.Domain.Committees;

/// <summary>Why a restructuring move is refused.</summary>
public enum MoveProblem
{
    None,
    SameCommittee,
    CommitteeEnded,
    NothingToMove,

    /// <summary>The source still has a period not decided: its figures are not kept yet and would change.</summary>
    SourceHasOpenPeriod,

    /// <summary>The target decided a period of the move's year or later: its kept figures would no longer be true.</summary>
    TargetDecidedYear,
}

/// <summary>
/// The rules of a restructuring move (ADR 0008), pure: the caller reads the committees' periods, these say whether the
/// move or its reversal may go ahead. The source's years are all decided, so their kept figures (ADR 0009) stay as
/// they were under its name; the target's decided years all come before the move, so none of them changes.
/// </summary>
public static class Restructuring
{
    /// <summary>A period as these rules see it: its year and whether it is decided.</summary>
    public readonly record struct PeriodState(int Year, bool Decided);

    public static MoveProblem Check(
        Committee from, Committee to, DateOnly effectiveOn, int organizationCount,
        IEnumerable<PeriodState> sourcePeriods, IEnumerable<PeriodState> targetPeriods)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Id == to.Id)
        {
            return MoveProblem.SameCommittee;
        }

        if (from.EndedOn is not null || to.EndedOn is not null)
        {
            return MoveProblem.CommitteeEnded;
        }

        if (organizationCount == 0)
        {
            return MoveProblem.NothingToMove;
        }

        if (sourcePeriods.Any(p => !p.Decided))
        {
            return MoveProblem.SourceHasOpenPeriod;
        }

        return TargetDecidedSince(targetPeriods, effectiveOn) ? MoveProblem.TargetDecidedYear : MoveProblem.None;
    }

    /// <summary>
    /// A move can be reversed while it stands and the committee that received the organizations has decided no period
    /// of the move's year or later.
    /// </summary>
    public static bool CanReverse(OrganizationMove move, IEnumerable<PeriodState> targetPeriods)
    {
        ArgumentNullException.ThrowIfNull(move);
        return !move.IsReversed && !TargetDecidedSince(targetPeriods, move.EffectiveOn);
    }

    /// <summary>The last day of a committee that merges into another on <paramref name="effectiveOn"/>.</summary>
    public static DateOnly EndOfMergedCommittee(DateOnly effectiveOn) => effectiveOn.AddDays(-1);

    private static bool TargetDecidedSince(IEnumerable<PeriodState> periods, DateOnly effectiveOn) =>
        periods.Any(p => p.Decided && p.Year >= effectiveOn.Year);
}
