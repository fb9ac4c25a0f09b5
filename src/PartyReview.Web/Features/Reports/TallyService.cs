using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reports;

/// <summary>Counts a committee's review year and membership movements: a fixed handful of grouped queries.</summary>
public sealed class TallyService(PartyReviewDbContext db)
{
    /// <summary>The year's counts per subject kind and level; null when the committee has no period for that year.</summary>
    public async Task<YearTally?> GetYearTallyAsync(int committeeId, int year, CancellationToken cancellationToken = default)
    {
        // The year may be a predecessor's (ADR 0008).
        var lineage = CommitteeYears.LineageIds(db, committeeId);
        var period = await db.ReviewPeriods.AsNoTracking()
            .Where(p => lineage.Contains(p.CommitteeId) && p.Year == year)
            .Select(p => new { p.Id, p.RuleSet, p.Status, p.Figures })
            .SingleOrDefaultAsync(cancellationToken);
        if (period is null)
        {
            return null;
        }

        // A decided year reads back what was counted at deciding (ADR 0009).
        if (period.Status == ReviewPeriodStatus.Decided && period.Figures is { } figures)
        {
            return figures.Tally(year, period.RuleSet);
        }

        return await CountYearAsync(period.Id, year, period.RuleSet, period.Status, cancellationToken);
    }

    /// <summary>The year's counts, counted now by the database.</summary>
    private async Task<YearTally> CountYearAsync(int periodId, int year, RuleSet ruleSet, ReviewPeriodStatus status, CancellationToken cancellationToken)
    {
        var period = new { Id = periodId, RuleSet = ruleSet, Status = status };
        // TCCS and chi bộ trực thuộc in one grouped query, split here (ADR 0008).
        var organizations = await ReportQueries.PeriodOrganizationGroups(db, period.Id).ToListAsync(cancellationToken);
        var leadership = await TallyQueries.LevelGroups(db.LeadershipReviews, period.Id).ToListAsync(cancellationToken);
        var members = await TallyQueries.LevelGroups(db.MemberReviews, period.Id).ToListAsync(cancellationToken);
        return new YearTally(
            year,
            period.RuleSet,
            period.Status,
            new SubjectTally(SubjectKind.Organization, Groups(organizations, affiliated: false)),
            new SubjectTally(SubjectKind.Leadership, leadership),
            new SubjectTally(SubjectKind.Member, members))
        {
            AffiliatedCells = new SubjectTally(SubjectKind.Organization, Groups(organizations, affiliated: true)),
        };

        static IEnumerable<TallyGroup> Groups(List<PeriodLevelGroup> groups, bool affiliated) =>
            groups.Where(g => g.AffiliatedCell == affiliated).Select(g => new TallyGroup(g.Level, g.Reason, g.Count));
    }

    /// <summary>The year's membership movements per kind, with the committee's admission target.</summary>
    public async Task<MovementTally> GetMovementTallyAsync(int committeeId, int year, CancellationToken cancellationToken = default)
    {
        // A decided year reads back what was counted at deciding (ADR 0009): one query instead of the ledger's.
        // The year may be a predecessor's (ADR 0008): its kept movements are read under the successor too.
        var lineage = CommitteeYears.LineageIds(db, committeeId);
        var decided = await db.ReviewPeriods.AsNoTracking()
            .Where(p => lineage.Contains(p.CommitteeId) && p.Year == year && p.Status == ReviewPeriodStatus.Decided && p.Figures != null)
            .Select(p => p.Figures).FirstOrDefaultAsync(cancellationToken);
        return decided?.MovementTally() ?? await CountMovementsAsync(committeeId, year, cancellationToken);
    }

    /// <summary>
    /// Counts a decided period's figures now, for keeping them (at deciding, or once at start for a period decided
    /// before figures were kept).
    /// </summary>
    public async Task<DecidedFigures> CountDecidedFiguresAsync(ReviewPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var figures = await CountYearFiguresAsync(period.Id, period.Year, period.RuleSet, period.Status, cancellationToken);
        var tally = figures.Tally;
        var movements = await CountMovementsAsync(period.CommitteeId, period.Year, cancellationToken);
        var consecutive = await ReportQueries.ConsecutiveExcellentMembers(db, period.CommitteeId, period.Year, period.ConsecutiveYears).CountAsync(cancellationToken);
        return new DecidedFigures(
            [.. tally.Organizations.Groups], [.. tally.Leadership.Groups], [.. tally.Members.Groups],
            [.. movements.Counts.Select(c => new MovementCount(c.Kind, c.Count))],
            movements.AdmissionTarget, movements.MembersAtStart ?? 0, movements.MembersAtEnd ?? 0)
        {
            AffiliatedCells = [.. tally.AffiliatedCells.Groups],
            Scores = figures.Scores,
            ConsecutiveExcellentMembers = consecutive,
        };
    }

    /// <summary>The year's counts with their scores, counted now: what the report and the dashboard show of a year.</summary>
    public async Task<YearFigures> CountYearFiguresAsync(int periodId, int year, RuleSet ruleSet, ReviewPeriodStatus status, CancellationToken cancellationToken = default)
    {
        var organizations = await ReportQueries.PeriodOrganizationGroups(db, periodId).ToListAsync(cancellationToken);
        var leadership = await ReportQueries.PeriodLevelGroups(db.LeadershipReviews, periodId).ToListAsync(cancellationToken);
        var members = await ReportQueries.PeriodLevelGroups(db.MemberReviews, periodId).ToListAsync(cancellationToken);
        return DashboardService.Figures(periodId, year, ruleSet, status, organizations, leadership, members);
    }

    /// <summary>
    /// Counts and keeps the figures of every decided period that has none (decided before figures were kept, or
    /// seeded): run once at start, so that from then on a decided year is read back. Returns how many were counted.
    /// </summary>
    public async Task<int> KeepMissingFiguresAsync(CancellationToken cancellationToken = default)
    {
        // A few rows (a committee's years): the ones kept before scores and the award count were kept are counted again.
        var decided = await db.ReviewPeriods.Where(p => p.Status == ReviewPeriodStatus.Decided).ToListAsync(cancellationToken);
        var missing = decided.Where(p => p.Figures is not { Scores: not null, ConsecutiveExcellentMembers: not null }).ToList();
        foreach (var period in missing)
        {
            period.KeepFigures(await CountDecidedFiguresAsync(period, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    /// <summary>The year's movements, counted now from the ledger.</summary>
    private async Task<MovementTally> CountMovementsAsync(int committeeId, int year, CancellationToken cancellationToken)
    {
        var groups = await TallyQueries.MovementGroups(db, committeeId, year).ToListAsync(cancellationToken);

        // The target and the members at both ends of the year (derived from the ledger) in one round trip.
        var atStart = LedgerQueries.HeadcountChangesUpTo(db, committeeId, new DateOnly(year - 1, 12, 31)).Select(c => c.Change);
        var atEnd = LedgerQueries.HeadcountChangesUpTo(db, committeeId, new DateOnly(year, 12, 31)).Select(c => c.Change);
        var targets = db.AdmissionTargets.Where(t => t.CommitteeId == committeeId && t.Year == year && t.OrganizationId == null);
        var figures = await db.Committees.AsNoTracking().Where(c => c.Id == committeeId)
            .Select(c => new { Target = targets.Select(t => (int?)t.Target).FirstOrDefault(), AtStart = atStart.Sum(), AtEnd = atEnd.Sum() })
            .SingleOrDefaultAsync(cancellationToken);
        return new MovementTally(groups.Select(g => (g.Kind, g.Count)), figures?.Target)
        {
            MembersAtStart = figures?.AtStart ?? 0,
            MembersAtEnd = figures?.AtEnd ?? 0,
        };
    }

    /// <summary>
    /// The years the committee has a review period for, its predecessors' included (a merged committee's earlier years
    /// are read through its successor, ADR 0008), newest first.
    /// </summary>
    public Task<List<int>> GetYearsAsync(int committeeId, CancellationToken cancellationToken = default)
    {
        var lineage = CommitteeYears.LineageIds(db, committeeId);
        return db.ReviewPeriods.AsNoTracking().Where(p => lineage.Contains(p.CommitteeId))
            .Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
    }
}
