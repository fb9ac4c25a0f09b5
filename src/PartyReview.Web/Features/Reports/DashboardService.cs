using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reports;

/// <summary>
/// The leaders' dashboard, the drill-down lists and the comparison of two years. Each is a fixed handful of grouped
/// queries: the dashboard counts every year at once (three grouped queries, one per subject kind), whatever the data size.
/// </summary>
public sealed class DashboardService(PartyReviewDbContext db, CurrentCommittee currentCommittee, TallyService tallies)
{
    /// <summary>The dashboard of a year (default: the newest), with the first page of its organization table by code.</summary>
    public Task<DashboardViewModel?> GetAsync(int? year, CancellationToken cancellationToken = default) =>
        GetAsync(year, new OrganizationTableRequest(), cancellationToken);

    /// <summary>
    /// The dashboard of a year (default: the newest); null when the committee or the year does not exist. The charts and
    /// totals count every organization; the organization table is one page of them, searched, sorted and paged by the database.
    /// </summary>
    public async Task<DashboardViewModel?> GetAsync(int? year, OrganizationTableRequest table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var committee = await currentCommittee.GetAsync(cancellationToken);
        if (committee is null)
        {
            return null;
        }

        var years = await AllYearsAsync(committee.Id, cancellationToken);
        var current = year is { } y ? years.FirstOrDefault(f => f.Year == y) : years.LastOrDefault();
        if (current is null)
        {
            return null;
        }

        var previous = years.LastOrDefault(f => f.Year < current.Year);
        var movements = await tallies.GetMovementTallyAsync(committee.Id, current.Year, cancellationToken);
        var previousMovements = await tallies.GetMovementTallyAsync(committee.Id, previous?.Year ?? current.Year - 1, cancellationToken);

        var organizationCount = await ReportQueries.OrganizationReviewsMatching(db, current.PeriodId, table.Query).CountAsync(cancellationToken);
        var organizations = await ReportQueries.Sorted(ReportQueries.OrganizationTable(db, current.PeriodId, table.Query), table.Sort, table.Descending)
            .ToPageAsync(organizationCount, table.Page, cancellationToken);

        var open = years.LastOrDefault(f => f.Tally.Status == ReviewPeriodStatus.Open);
        var finished = open is null ? [] : await ReportQueries.OrganizationsFinished(db, open.PeriodId).ToListAsync(cancellationToken);

        var t = current.Tally;
        var p = previous?.Tally;
        var steps = t.RuleSet.UsesPointScale()
            ? await StepQueries.LoadAsync(db, current.PeriodId, t.Status == ReviewPeriodStatus.Open, current.Scores.Organizations, current.Scores.Leadership, cancellationToken)
            : null;
        return new DashboardViewModel
        {
            Year = current.Year,
            // After a merge, an earlier year is shown under the name of the committee that held it (ADR 0008).
            CommitteeName = (await currentCommittee.ForYearAsync(current.Year, cancellationToken) ?? committee).Name,
            RuleSet = t.RuleSet,
            Status = t.Status,
            PreviousYear = previous?.Year,
            Years = years,
            Current = current,
            KeyFigures =
            [
                new("organizations-good", "Dashboard.Key.Organizations", t.Organizations.GoodOrBetter, t.Organizations.Rated,
                    DashboardViewModel.DrillUrl(current.Year, SubjectKind.Organization, DrillLevel.GoodOrBetter), p?.Organizations.GoodOrBetter, p?.Organizations.Rated),
                .. t.AffiliatedCells.Total == 0 ? Array.Empty<KeyFigure>() :
                [
                    new("cells-good", "Dashboard.Key.AffiliatedCells", t.AffiliatedCells.GoodOrBetter, t.AffiliatedCells.Rated,
                        $"/Reports/Drill/{current.Year}?subject={DrillSubject.AffiliatedCell}&level={DrillLevel.GoodOrBetter}",
                        p is { AffiliatedCells.Total: > 0 } ? p.AffiliatedCells.GoodOrBetter : null, p is { AffiliatedCells.Total: > 0 } ? p.AffiliatedCells.Rated : null),
                ],
                new("leadership-good", "Dashboard.Key.Leadership", t.Leadership.GoodOrBetter, t.Leadership.Rated,
                    DashboardViewModel.DrillUrl(current.Year, SubjectKind.Leadership, DrillLevel.GoodOrBetter), p?.Leadership.GoodOrBetter, p?.Leadership.Rated),
                new("members-reviewed", "Dashboard.Key.MembersReviewed", t.Members.Rated, t.Members.Total,
                    DashboardViewModel.DrillUrl(current.Year, SubjectKind.Member, DrillLevel.Rated), p?.Members.Rated, p?.Members.Total),
                new("members-good", "Dashboard.Key.MembersGood", t.Members.GoodOrBetter, t.Members.Rated,
                    DashboardViewModel.DrillUrl(current.Year, SubjectKind.Member, DrillLevel.GoodOrBetter), p?.Members.GoodOrBetter, p?.Members.Rated),
            ],
            Admitted = movements.Admitted,
            AdmissionTarget = movements.AdmissionTarget,
            PreviousAdmitted = previous is null || previousMovements.IsEmpty ? null : previousMovements.Admitted,
            Organizations = new PagedList<OrganizationLine>([.. organizations.Items.Select(OrganizationLine.From)], organizations.Page, organizations.PageSize, organizations.Total),
            Table = table,
            OpenYear = open?.Year,
            OpenFinished = finished.Count(f => f),
            OpenTotal = finished.Count,
            Steps = steps,
        };
    }

    /// <summary>
    /// The whole organization table of a year, searched and sorted as its page asks, not yet read: "Tải Excel" / "Tải CSV"
    /// stream all of it. Null when the committee or the year does not exist.
    /// </summary>
    public async Task<IQueryable<OrganizationTableRow>?> OrganizationTableAsync(int year, OrganizationTableRequest table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var committee = await currentCommittee.ForYearAsync(year, cancellationToken);
        var periodId = committee is null ? (int?)null
            : await db.ReviewPeriods.AsNoTracking().Where(p => p.CommitteeId == committee.Id && p.Year == year).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        return periodId is { } id ? ReportQueries.Sorted(ReportQueries.OrganizationTable(db, id, table.Query), table.Sort, table.Descending) : null;
    }

    /// <summary>
    /// Every year of the committee and of those it succeeded (ADR 0008), oldest first, counted in three grouped queries
    /// (one per subject kind).
    /// </summary>
    public async Task<List<YearFigures>> AllYearsAsync(int committeeId, CancellationToken cancellationToken = default)
    {
        var lineage = CommitteeYears.LineageIds(db, committeeId);
        var periods = await db.ReviewPeriods.AsNoTracking()
            .Where(p => lineage.Contains(p.CommitteeId))
            .OrderBy(p => p.Year)
            .Select(p => new { p.Id, p.Year, p.RuleSet, p.Status, p.Figures })
            .ToListAsync(cancellationToken);

        // Decided years read back their kept counts and scores (ADR 0009); only the others are counted, in three grouped queries.
        DecidedFigures? Kept(ReviewPeriodStatus status, DecidedFigures? figures) =>
            status == ReviewPeriodStatus.Decided && figures is { Scores: not null } ? figures : null;
        var live = periods.Where(p => Kept(p.Status, p.Figures) is null).Select(p => p.Id).ToList();
        var counted = db.ReviewPeriods.Where(p => live.Contains(p.Id));
        var organizations = await ReportQueries.CommitteeOrganizationGroups(db, counted, committeeId).ToListAsync(cancellationToken);
        var leadership = await ReportQueries.LevelGroupsIn(db.LeadershipReviews, counted).ToListAsync(cancellationToken);
        var members = await ReportQueries.LevelGroupsIn(db.MemberReviews, counted).ToListAsync(cancellationToken);
        return
        [
            .. periods.Select(p => Kept(p.Status, p.Figures) is { } kept
                ? new YearFigures(p.Year, p.Id, kept.Tally(p.Year, p.RuleSet), kept.Scores!)
                : Figures(p.Id, p.Year, p.RuleSet, p.Status,
                    organizations.Where(g => g.PeriodId == p.Id), leadership.Where(g => g.PeriodId == p.Id), members.Where(g => g.PeriodId == p.Id))),
        ];
    }

    /// <summary>
    /// One year's figures from its grouped counts. The organization groups may hold chi bộ trực thuộc
    /// (<see cref="PeriodLevelGroup.AffiliatedCell"/>): they go to their own tally, never to the TCCS line or its scores.
    /// </summary>
    public static YearFigures Figures(
        int periodId, int year, RuleSet ruleSet, ReviewPeriodStatus status,
        IEnumerable<PeriodLevelGroup> organizations, IEnumerable<PeriodLevelGroup> leadership, IEnumerable<PeriodLevelGroup> members)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(leadership);
        ArgumentNullException.ThrowIfNull(members);
        var all = organizations.ToList();
        var o = all.Where(g => !g.AffiliatedCell).ToList();
        var cells = all.Where(g => g.AffiliatedCell).ToList();
        var l = leadership.ToList();
        var m = members.ToList();
        return new YearFigures(
            year,
            periodId,
            new YearTally(year, ruleSet, status, Tally(SubjectKind.Organization, o), Tally(SubjectKind.Leadership, l), Tally(SubjectKind.Member, m))
            {
                AffiliatedCells = Tally(SubjectKind.Organization, cells),
            },
            new ScoreAverages(Scores(o), Scores(l), Scores(m)));

        static SubjectTally Tally(SubjectKind kind, List<PeriodLevelGroup> groups) =>
            new(kind, groups.Select(g => new TallyGroup(g.Level, g.Reason, g.Count)));

        static ScoreStats Scores(List<PeriodLevelGroup> groups) =>
            new(groups.Sum(g => g.Scored), (decimal)groups.Sum(g => g.ScoreSum));
    }

    /// <summary>The subjects behind a number: one page of them, counted and paged by the database.</summary>
    public async Task<DrillViewModel?> DrillAsync(
        int year, DrillSubject subject, DrillLevel level, NotRatedReason? reason, int? organizationId, int page, CancellationToken cancellationToken = default)
    {
        var drill = await DrillQueryAsync(year, subject, level, reason, organizationId, cancellationToken);
        if (drill is null)
        {
            return null;
        }

        var total = await drill.Rows.CountAsync(cancellationToken);
        var pageSize = Paging.DefaultPageSize;
        var number = Math.Min(Math.Max(1, page), Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await drill.Rows.Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new DrillViewModel
        {
            Year = year,
            Subject = subject,
            Level = level,
            Reason = reason,
            OrganizationId = organizationId,
            OrganizationName = drill.OrganizationName,
            UsesPointScale = drill.UsesPointScale,
            Rows = new PagedList<DrillRow>(items, number, pageSize, total),
        };
    }

    /// <summary>
    /// The subjects behind a number, ordered and projected in the database, not yet read: the page counts and pages
    /// it, the export streams all of it. Null when the year has no period or the organization is not the committee's.
    /// </summary>
    public async Task<DrillQuery?> DrillQueryAsync(
        int year, DrillSubject subject, DrillLevel level, NotRatedReason? reason, int? organizationId, CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.ForYearAsync(year, cancellationToken);
        var period = committee is null ? null
            : await db.ReviewPeriods.AsNoTracking().Where(p => p.CommitteeId == committee.Id && p.Year == year)
                .Select(p => new { p.Id, p.RuleSet }).SingleOrDefaultAsync(cancellationToken);
        if (period is null)
        {
            return null;
        }

        string? organizationName = null;
        if (organizationId is { } orgId)
        {
            // The organization is the current committee's: a moved one went with its history (ADR 0008).
            var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
            organizationName = await db.Organizations.Where(o => o.Id == orgId && o.CommitteeId == committeeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
            if (organizationName is null)
            {
                return null;
            }
        }

        IQueryable<DrillRow> rows = subject switch
        {
            DrillSubject.Organization =>
                from r in ReportQueries.Matching(ReportQueries.TccsReviews(db).Where(r => r.ReviewPeriodId == period.Id), level, reason)
                join o in db.Organizations on r.OrganizationId equals o.Id
                where organizationId == null || o.Id == organizationId
                orderby o.Code
                select new DrillRow(o.Id, o.Code, o.Name, null, null, r.Level, r.NotRatedReason, r.Score, null),
            DrillSubject.AffiliatedCell =>
                from r in ReportQueries.Matching(ReportQueries.AffiliatedCellReviews(db).Where(r => r.ReviewPeriodId == period.Id), level, reason)
                join o in db.Organizations on r.OrganizationId equals o.Id
                where organizationId == null || o.Id == organizationId || o.ParentId == organizationId
                orderby o.Code
                select new DrillRow(o.Id, o.Code, o.Name, null, null, r.Level, r.NotRatedReason, r.Score, null),
            DrillSubject.Leadership =>
                from r in ReportQueries.Matching(db.LeadershipReviews.Where(r => r.ReviewPeriodId == period.Id), level, reason)
                join o in db.Organizations on r.OrganizationId equals o.Id
                where organizationId == null || o.Id == organizationId
                orderby o.Code
                select new DrillRow(o.Id, o.Code, o.Name, null, null, r.Level, r.NotRatedReason, r.Score, null),
            DrillSubject.Member =>
                from r in ReportQueries.Matching(db.MemberReviews.Where(r => r.ReviewPeriodId == period.Id), level, reason)
                join m in db.Members on r.MemberId equals m.Id
                join o in db.Organizations on r.OrganizationId equals o.Id
                where organizationId == null || o.Id == organizationId || o.ParentId == organizationId
                orderby m.SortKey, m.Id
                select new DrillRow(m.Id, m.MemberCode, m.FullName, o.Id, o.Name, r.Level, r.NotRatedReason, r.Score, null),
            DrillSubject.Admission => ReportQueries.Admissions(db, await currentCommittee.FilterIdAsync(cancellationToken), year)
                .Where(r => organizationId == null || r.OrganizationId == organizationId),
            _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
        };

        return new DrillQuery(organizationName, period.RuleSet.UsesPointScale(), rows);
    }

    /// <summary>Two years side by side; null when either year has no period.</summary>
    public async Task<CompareViewModel?> CompareAsync(int? from, int? to, CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        if (committee is null)
        {
            return null;
        }

        var years = await AllYearsAsync(committee.Id, cancellationToken);
        if (years.Count == 0)
        {
            return null;
        }

        var second = to is { } t ? years.FirstOrDefault(f => f.Year == t) : years[^1];
        var first = from is { } f0 ? years.FirstOrDefault(f => f.Year == f0) : years.LastOrDefault(f => second is not null && f.Year < second.Year) ?? second;
        if (first is null || second is null)
        {
            return null;
        }

        var fromMovements = await tallies.GetMovementTallyAsync(committee.Id, first.Year, cancellationToken);
        var toMovements = await tallies.GetMovementTallyAsync(committee.Id, second.Year, cancellationToken);
        return new CompareViewModel
        {
            Years = [.. years.Select(y => y.Year)],
            Comparison = new YearComparison(first.Tally, second.Tally, fromMovements, toMovements),
            FromAdmissionTarget = fromMovements.AdmissionTarget,
            ToAdmissionTarget = toMovements.AdmissionTarget,
        };
    }
}
