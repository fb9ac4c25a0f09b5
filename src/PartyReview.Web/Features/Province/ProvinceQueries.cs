using PartyReview.Data;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

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
}

/// <summary>One count of a period's reviews.</summary>
public readonly record struct PeriodTallyGroup(int PeriodId, TallyGroup Group);
