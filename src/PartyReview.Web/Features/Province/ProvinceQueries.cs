using PartyReview.Data;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Features.Reports;

namespace PartyReview.Web.Features.Province;

/// <summary>
/// The province's grouped queries: one per kind of review for every committee at once, never one per committee.
/// Public so that tests can check each one translates on every provider.
/// </summary>
public static class ProvinceQueries
{
    /// <summary>The reviews of every committee's period of <paramref name="year"/>, counted per period, level and not-rated reason.</summary>
    public static IQueryable<PeriodTallyGroup> LevelGroups<TReview>(PartyReviewDbContext db, IQueryable<TReview> reviews, int year)
        where TReview : ReviewRecord
    {
        ArgumentNullException.ThrowIfNull(db);
        return from r in reviews
               join p in db.ReviewPeriods on r.ReviewPeriodId equals p.Id
               where p.Year == year
               group r by new { r.ReviewPeriodId, r.Level, r.NotRatedReason } into g
               select new PeriodTallyGroup(g.Key.ReviewPeriodId, new TallyGroup(g.Key.Level, g.Key.NotRatedReason, g.Count()));
    }

    /// <summary>The committees' membership events of one calendar year, counted per committee and kind.</summary>
    public static IQueryable<CommitteeMovementGroup> MovementGroups(PartyReviewDbContext db, IReadOnlyCollection<int> committeeIds, int year) =>
        from e in TallyQueries.MovementsOfYear(db, year)
        where committeeIds.Contains(e.CommitteeId)
        group e by new { e.CommitteeId, e.Kind } into g
        select new CommitteeMovementGroup(g.Key.CommitteeId, g.Key.Kind, g.Count());
}

/// <summary>One committee's count of one kind of membership event.</summary>
public readonly record struct CommitteeMovementGroup(int CommitteeId, PartyReview.Domain.Movements.MembershipEventKind Kind, int Count);

/// <summary>One count of a period's reviews.</summary>
public readonly record struct PeriodTallyGroup(int PeriodId, TallyGroup Group);
