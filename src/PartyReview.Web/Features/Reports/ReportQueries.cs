using PartyReview.Data;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Text;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reports;

/// <summary>
/// The grouped queries of the dashboard, the report and the drill-down lists. Like <see cref="TallyQueries"/>, the
/// database counts; the application never loads rows to count them. Public so that tests can check the translation.
/// </summary>
public static class ReportQueries
{
    /// <summary>The reviews of every period of a committee, counted per period, level and reason, with the scores summed.</summary>
    public static IQueryable<PeriodLevelGroup> CommitteeLevelGroups<TReview>(IQueryable<TReview> reviews, IQueryable<ReviewPeriod> periods, int committeeId)
        where TReview : ReviewRecord
    {
        var periodIds = periods.Where(p => p.CommitteeId == committeeId).Select(p => p.Id);
        return Grouped(reviews.Where(r => periodIds.Contains(r.ReviewPeriodId)));
    }

    /// <summary>
    /// The reviews of the given periods (already chosen, e.g. a committee's and its predecessors' open years) counted per
    /// period, level and reason, with the scores summed.
    /// </summary>
    public static IQueryable<PeriodLevelGroup> LevelGroupsIn<TReview>(IQueryable<TReview> reviews, IQueryable<ReviewPeriod> periods)
        where TReview : ReviewRecord
    {
        var periodIds = periods.Select(p => p.Id);
        return Grouped(reviews.Where(r => periodIds.Contains(r.ReviewPeriodId)));
    }

    /// <summary>The reviews of one period counted per level and reason, with the scores summed.</summary>
    public static IQueryable<PeriodLevelGroup> PeriodLevelGroups<TReview>(IQueryable<TReview> reviews, int periodId)
        where TReview : ReviewRecord =>
        Grouped(reviews.Where(r => r.ReviewPeriodId == periodId));

    private static IQueryable<PeriodLevelGroup> Grouped<TReview>(IQueryable<TReview> reviews)
        where TReview : ReviewRecord =>
        reviews.GroupBy(r => new { r.ReviewPeriodId, r.Level, r.NotRatedReason })
            .Select(g => new PeriodLevelGroup(
                g.Key.ReviewPeriodId, g.Key.Level, g.Key.NotRatedReason, g.Count(),
                // Summed as a double: SQLite keeps decimals as text and would sum them in .NET, one call per row.
                g.Count(r => r.Score != null), g.Sum(r => (double?)r.Score) ?? 0d, false));

    /// <summary>
    /// The committee's members rated HTXSNV in each of the <paramref name="years"/> years up to <paramref name="year"/>
    /// (the "N năm liền" award), counted by the database. The years of the committees it succeeded count too, so a
    /// restructuring does not break a streak (ADR 0008; a year belongs to one committee of a lineage).
    /// </summary>
    public static IQueryable<int> ConsecutiveExcellentMembers(PartyReviewDbContext db, int committeeId, int year, int years)
    {
        ArgumentNullException.ThrowIfNull(db);
        var firstYear = year - years + 1;
        var lineage = CommitteeYears.LineageIds(db, committeeId);
        return from r in db.MemberReviews
               join p in db.ReviewPeriods on r.ReviewPeriodId equals p.Id
               where lineage.Contains(p.CommitteeId) && p.Year >= firstYear && p.Year <= year && r.Level == QualityLevel.Excellent
               group r by r.MemberId into g
               where g.Count() == years
               select g.Key;
    }

    /// <summary>
    /// The organization reviews of every period of a committee, counted per period, level, reason and place in the
    /// tree: a TCCS's and a chi bộ trực thuộc's apart (<see cref="PeriodLevelGroup.AffiliatedCell"/>), in one query.
    /// </summary>
    public static IQueryable<PeriodLevelGroup> CommitteeOrganizationGroups(PartyReviewDbContext db, int committeeId) =>
        CommitteeOrganizationGroups(db, db.ReviewPeriods, committeeId);

    /// <summary>The same over some of the committee's periods only (<paramref name="periods"/>), its predecessors' included (ADR 0008).</summary>
    public static IQueryable<PeriodLevelGroup> CommitteeOrganizationGroups(PartyReviewDbContext db, IQueryable<ReviewPeriod> periods, int committeeId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lineage = CommitteeYears.LineageIds(db, committeeId);
        var periodIds = periods.Where(p => lineage.Contains(p.CommitteeId)).Select(p => p.Id);
        return OrganizationGrouped(db, db.OrganizationReviews.Where(r => periodIds.Contains(r.ReviewPeriodId)));
    }

    /// <summary>One period's organization reviews, counted per level, reason and place in the tree (TCCS or chi bộ trực thuộc).</summary>
    public static IQueryable<PeriodLevelGroup> PeriodOrganizationGroups(PartyReviewDbContext db, int periodId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return OrganizationGrouped(db, db.OrganizationReviews.Where(r => r.ReviewPeriodId == periodId));
    }

    private static IQueryable<PeriodLevelGroup> OrganizationGrouped(PartyReviewDbContext db, IQueryable<OrganizationReview> reviews) =>
        from r in reviews
        join o in db.Organizations on r.OrganizationId equals o.Id
        group r by new { r.ReviewPeriodId, r.Level, r.NotRatedReason, Affiliated = o.ParentId != null } into g
        select new PeriodLevelGroup(
            g.Key.ReviewPeriodId, g.Key.Level, g.Key.NotRatedReason, g.Count(),
            g.Count(r => r.Score != null), g.Sum(r => (double?)r.Score) ?? 0d, g.Key.Affiliated);

    /// <summary>The reviews of the TCCS only (never a chi bộ trực thuộc): what the TCCS line and its drill-down count.</summary>
    public static IQueryable<OrganizationReview> TccsReviews(PartyReviewDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OrganizationReviews.Where(r => db.Organizations.Any(o => o.Id == r.OrganizationId && o.ParentId == null));
    }

    /// <summary>The reviews of the chi bộ trực thuộc only.</summary>
    public static IQueryable<OrganizationReview> AffiliatedCellReviews(PartyReviewDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OrganizationReviews.Where(r => db.Organizations.Any(o => o.Id == r.OrganizationId && o.ParentId != null));
    }

    /// <summary>One period's members per TCCS (a chi bộ trực thuộc's under its đảng bộ cơ sở): how many, and how many at each level, not rated and pending.</summary>
    public static IQueryable<MemberDistribution> MemberDistributions(PartyReviewDbContext db, int periodId)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Per TCCS: a chi bộ trực thuộc's members count under its đảng bộ cơ sở (ParentId ?? Id, ADR 0008).
        return (from r in db.MemberReviews
                join o in db.Organizations on r.OrganizationId equals o.Id
                where r.ReviewPeriodId == periodId
                select new { Tccs = o.ParentId ?? o.Id, r.Level, r.NotRatedReason })
            .GroupBy(r => r.Tccs)
            .Select(g => new MemberDistribution(
                g.Key,
                g.Count(),
                g.Count(r => r.Level == QualityLevel.Excellent),
                g.Count(r => r.Level == QualityLevel.Good),
                g.Count(r => r.Level == QualityLevel.Complete),
                g.Count(r => r.Level == QualityLevel.NotComplete),
                g.Count(r => r.NotRatedReason != null && r.NotRatedReason != NotRatedReason.Absent),
                g.Count(r => r.Level == null && r.NotRatedReason == null),
                g.Count(r => r.NotRatedReason == NotRatedReason.Absent)));
    }

    /// <summary>
    /// The dashboard's organization table of one period: each organization's own level, its leadership collective's and
    /// its members' distribution, joined in the database (the members grouped once per organization), so that the page
    /// can search, sort and page it there and the export can stream all of it.
    /// </summary>
    public static IQueryable<OrganizationTableRow> OrganizationTable(PartyReviewDbContext db, int periodId, string? query)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Per TCCS: a chi bộ trực thuộc's members count under its đảng bộ cơ sở (ParentId ?? Id, ADR 0008).
        var distributions = (from m in db.MemberReviews
                             join o in db.Organizations on m.OrganizationId equals o.Id
                             where m.ReviewPeriodId == periodId
                             select new { Tccs = o.ParentId ?? o.Id, m.Level, m.NotRatedReason })
            .GroupBy(m => m.Tccs)
            .Select(g => new
            {
                OrganizationId = g.Key,
                Members = g.Count(),
                Excellent = g.Count(r => r.Level == QualityLevel.Excellent),
                Good = g.Count(r => r.Level == QualityLevel.Good),
                Complete = g.Count(r => r.Level == QualityLevel.Complete),
                NotComplete = g.Count(r => r.Level == QualityLevel.NotComplete),
                NotRated = g.Count(r => r.NotRatedReason != null && r.NotRatedReason != NotRatedReason.Absent),
                Pending = g.Count(r => r.Level == null && r.NotRatedReason == null),
                Absent = g.Count(r => r.NotRatedReason == NotRatedReason.Absent),
            });
        return from r in OrganizationReviewsMatching(db, periodId, query)
               join o in db.Organizations on r.OrganizationId equals o.Id
               join l in db.LeadershipReviews.Where(l => l.ReviewPeriodId == periodId) on o.Id equals l.OrganizationId into leadership
               from l in leadership.DefaultIfEmpty()
               join d in distributions on o.Id equals d.OrganizationId into members
               from d in members.DefaultIfEmpty()
               select new OrganizationTableRow
               {
                   Id = o.Id,
                   Code = o.Code,
                   Name = o.Name,
                   SearchName = o.SearchName,
                   Level = r.Level,
                   Reason = r.NotRatedReason,
                   Score = r.Score,
                   HasLeadership = l != null,
                   LeadershipLevel = l != null ? l.Level : null,
                   Members = (int?)d.Members ?? 0,
                   Excellent = (int?)d.Excellent ?? 0,
                   Good = (int?)d.Good ?? 0,
                   Complete = (int?)d.Complete ?? 0,
                   NotComplete = (int?)d.NotComplete ?? 0,
                   NotRated = (int?)d.NotRated ?? 0,
                   Pending = (int?)d.Pending ?? 0,
                   Absent = (int?)d.Absent ?? 0,
               };
    }

    /// <summary>
    /// A period's TCCS reviews (never a chi bộ trực thuộc's) whose organization matches the search (code, or name
    /// without accents); all of them without one.
    /// </summary>
    public static IQueryable<OrganizationReview> OrganizationReviewsMatching(PartyReviewDbContext db, int periodId, string? query)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reviews = TccsReviews(db).Where(r => r.ReviewPeriodId == periodId);
        var key = VietnameseText.SearchKey(query);
        if (key.Length == 0)
        {
            return reviews;
        }

        var code = query!.Trim().ToUpperInvariant();
        return reviews.Where(r => db.Organizations.Any(o => o.Id == r.OrganizationId && (o.SearchName.Contains(key) || o.Code.Contains(code))));
    }

    /// <summary>The table in the order its column heading asks for, ties broken by code.</summary>
    public static IQueryable<OrganizationTableRow> Sorted(IQueryable<OrganizationTableRow> rows, OrganizationSort sort, bool descending)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IOrderedQueryable<OrganizationTableRow> ordered = sort switch
        {
            OrganizationSort.Name => By(r => r.SearchName),
            // As the levels read: HTXSNV first, then the others, a reason not to rate, and pending last.
            OrganizationSort.Level => By(r => r.Level != null ? (int)r.Level : r.Reason != null ? 9 : 99),
            OrganizationSort.Leadership => By(r => r.HasLeadership ? (r.LeadershipLevel != null ? (int)r.LeadershipLevel : 9) : 100),
            OrganizationSort.Members => By(r => r.Members),
            OrganizationSort.Excellent => By(r => r.Excellent),
            OrganizationSort.Good => By(r => r.Good),
            OrganizationSort.Complete => By(r => r.Complete),
            OrganizationSort.NotComplete => By(r => r.NotComplete),
            OrganizationSort.NotRated => By(r => r.NotRated),
            OrganizationSort.Pending => By(r => r.Pending + r.Absent),
            _ => By(r => r.Code),
        };
        return ordered.ThenBy(r => r.Code);

        IOrderedQueryable<OrganizationTableRow> By<TKey>(System.Linq.Expressions.Expression<Func<OrganizationTableRow, TKey>> key) =>
            descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
    }

    /// <summary>One period's TCCS with their own level and their leadership collective's (if they have one).</summary>
    public static IQueryable<OrganizationLevels> OrganizationLevels(PartyReviewDbContext db, int periodId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from r in db.OrganizationReviews
               join o in db.Organizations on r.OrganizationId equals o.Id
               where r.ReviewPeriodId == periodId && o.ParentId == null
               join l in db.LeadershipReviews.Where(l => l.ReviewPeriodId == periodId) on o.Id equals l.OrganizationId into leadership
               from l in leadership.DefaultIfEmpty()
               orderby o.Code
               select new OrganizationLevels(o.Id, o.Code, o.Name, r.Level, r.NotRatedReason, r.Score, l != null, l != null ? l.Level : null);
    }

    /// <summary>
    /// Whether each TCCS of a period is finished: its own result, its chi bộ trực thuộc's and every member's entered
    /// ("vắng mặt" is not).
    /// </summary>
    public static IQueryable<bool> OrganizationsFinished(PartyReviewDbContext db, int periodId)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A TCCS is finished with its chi bộ trực thuộc: their own results and their members' count as its own.
        var undecided = from r in db.OrganizationReviews
                        join o in db.Organizations on r.OrganizationId equals o.Id
                        where r.ReviewPeriodId == periodId && r.Level == null && (r.NotRatedReason == null || r.NotRatedReason == NotRatedReason.Absent)
                        select o.ParentId;
        return TccsReviews(db).Where(r => r.ReviewPeriodId == periodId)
            .Select(r => (r.Level != null || (r.NotRatedReason != null && r.NotRatedReason != NotRatedReason.Absent))
                         && !undecided.Any(parent => parent == r.OrganizationId)
                         && !db.MemberReviews.Any(m => m.ReviewPeriodId == periodId && m.Level == null
                                                       && (m.NotRatedReason == null || m.NotRatedReason == NotRatedReason.Absent)
                                                       && db.Organizations.Any(o => o.Id == m.OrganizationId && (o.ParentId ?? o.Id) == r.OrganizationId)));
    }

    /// <summary>The reviews a drill-down filter selects.</summary>
    public static IQueryable<TReview> Matching<TReview>(IQueryable<TReview> reviews, DrillLevel level, NotRatedReason? reason)
        where TReview : ReviewRecord => level switch
        {
            DrillLevel.Excellent => reviews.Where(r => r.Level == QualityLevel.Excellent),
            DrillLevel.Good => reviews.Where(r => r.Level == QualityLevel.Good),
            DrillLevel.Complete => reviews.Where(r => r.Level == QualityLevel.Complete),
            DrillLevel.NotComplete => reviews.Where(r => r.Level == QualityLevel.NotComplete),
            DrillLevel.GoodOrBetter => reviews.Where(r => r.Level == QualityLevel.Excellent || r.Level == QualityLevel.Good),
            DrillLevel.Rated => reviews.Where(r => r.Level != null),
            DrillLevel.NotRated => reason is { } why
                ? reviews.Where(r => r.NotRatedReason == why)
                : reviews.Where(r => r.NotRatedReason != null && r.NotRatedReason != NotRatedReason.Absent),
            DrillLevel.Pending => reviews.Where(r => r.Level == null && r.NotRatedReason == null),
            DrillLevel.Absent => reviews.Where(r => r.NotRatedReason == NotRatedReason.Absent),
            DrillLevel.Undecided => reviews.Where(r => r.Level == null && (r.NotRatedReason == null || r.NotRatedReason == NotRatedReason.Absent)),
            _ => reviews,
        };

    /// <summary>The members admitted in a calendar year, from the membership ledger.</summary>
    public static IQueryable<DrillRow> Admissions(PartyReviewDbContext db, int committeeId, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var firstDay = new DateOnly(year, 1, 1);
        var lastDay = new DateOnly(year, 12, 31);
        return from e in db.MembershipEvents
               join m in db.Members on e.MemberId equals m.Id
               join o in db.Organizations on e.OrganizationId equals o.Id
               where o.CommitteeId == committeeId && e.Kind == MembershipEventKind.Admitted && e.OccurredOn >= firstDay && e.OccurredOn <= lastDay
               orderby m.SortKey, m.Id
               select new DrillRow(m.Id, m.MemberCode, m.FullName, o.Id, o.Name, null, null, null, e.OccurredOn);
    }
}

/// <param name="AffiliatedCell">For organization reviews: the group counts chi bộ trực thuộc (false: TCCS).</param>
public readonly record struct PeriodLevelGroup(int PeriodId, QualityLevel? Level, NotRatedReason? Reason, int Count, int Scored, double ScoreSum, bool AffiliatedCell = false);

/// <summary>One organization's members: at each level, not rated (never "vắng mặt"), pending, and absent (vắng mặt, pending too).</summary>
public sealed record MemberDistribution(int OrganizationId, int Members, int Excellent, int Good, int Complete, int NotComplete, int NotRated, int Pending, int Absent);

public sealed record OrganizationLevels(
    int Id, string Code, string Name, QualityLevel? Level, NotRatedReason? Reason, decimal? Score, bool HasLeadership, QualityLevel? LeadershipLevel);

/// <summary>One line of the dashboard's organization table, as the database projects it (settable, so that it can still be sorted there).</summary>
public sealed class OrganizationTableRow
{
    public int Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string SearchName { get; init; } = "";
    public QualityLevel? Level { get; init; }
    public NotRatedReason? Reason { get; init; }
    public decimal? Score { get; init; }
    public bool HasLeadership { get; init; }
    public QualityLevel? LeadershipLevel { get; init; }
    public int Members { get; init; }
    public int Excellent { get; init; }
    public int Good { get; init; }
    public int Complete { get; init; }
    public int NotComplete { get; init; }
    public int NotRated { get; init; }
    public int Pending { get; init; }
    public int Absent { get; init; }
}

/// <summary>The columns the dashboard's organization table sorts by (in the database).</summary>
public enum OrganizationSort
{
    Code,
    Name,
    Level,
    Leadership,
    Members,
    Excellent,
    Good,
    Complete,
    NotComplete,
    NotRated,
    Pending,
}

/// <summary>One subject of a drill-down list: an organization (name, code) or a member (name, code, organization).</summary>
public sealed record DrillRow(
    int Id, string Code, string Name, int? OrganizationId, string? OrganizationName, QualityLevel? Level, NotRatedReason? Reason, decimal? Score, DateOnly? Date = null);

/// <summary>Which reviews a drill-down lists.</summary>
public enum DrillLevel
{
    All = 0,
    Excellent = 1,
    Good = 2,
    Complete = 3,
    NotComplete = 4,

    /// <summary>HTTNV trở lên: HTXSNV and HTTNV.</summary>
    GoodOrBetter = 10,
    Rated = 11,
    NotRated = 12,
    Pending = 13,

    /// <summary>Vắng mặt (chưa kiểm điểm): pending, counted apart.</summary>
    Absent = 14,

    /// <summary>Everything without a decided value: pending and absent (what blocks locking the period).</summary>
    Undecided = 15,
}
