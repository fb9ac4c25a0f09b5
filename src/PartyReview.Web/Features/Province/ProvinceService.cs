using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Features.Reports;

namespace PartyReview.Web.Features.Province;

/// <summary>
/// The province's year: every committee's tally side by side and the province's total, with their denominators. A
/// fixed handful of grouped queries whatever the number of committees (ADR 0003, ADR 0008).
/// </summary>
public sealed class ProvinceService(PartyReviewDbContext db)
{
    /// <summary>The year across the province; null when no committee has a period for it.</summary>
    public async Task<ProvinceYear?> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        var periods = await (from p in db.ReviewPeriods.AsNoTracking()
                             join c in db.Committees on p.CommitteeId equals c.Id
                             where p.Year == year
                             orderby c.Name
                             select new { p.Id, p.CommitteeId, c.Name, c.ShortName, p.RuleSet, p.Status, p.Figures })
            .ToListAsync(cancellationToken);
        if (periods.Count == 0)
        {
            return null;
        }

        // The TCCS line counts TCCS only; the chi bộ trực thuộc are counted apart (ADR 0008).
        var organizations = await ProvinceQueries.LevelGroups(db, ReportQueries.TccsReviews(db), year).ToListAsync(cancellationToken);
        var cells = await ProvinceQueries.LevelGroups(db, ReportQueries.AffiliatedCellReviews(db), year).ToListAsync(cancellationToken);
        var leadership = await ProvinceQueries.LevelGroups(db, db.LeadershipReviews, year).ToListAsync(cancellationToken);
        var members = await ProvinceQueries.LevelGroups(db, db.MemberReviews, year).ToListAsync(cancellationToken);
        var years = await db.ReviewPeriods.AsNoTracking().Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

        YearTally Tally(Func<int, bool> ofPeriod, RuleSet ruleSet, ReviewPeriodStatus status) => new(
            year, ruleSet, status,
            new SubjectTally(SubjectKind.Organization, organizations.Where(g => ofPeriod(g.PeriodId)).Select(g => g.Group)),
            new SubjectTally(SubjectKind.Leadership, leadership.Where(g => ofPeriod(g.PeriodId)).Select(g => g.Group)),
            new SubjectTally(SubjectKind.Member, members.Where(g => ofPeriod(g.PeriodId)).Select(g => g.Group)))
        {
            AffiliatedCells = new SubjectTally(SubjectKind.Organization, cells.Where(g => ofPeriod(g.PeriodId)).Select(g => g.Group)),
        };

        // Movements: a decided year's kept figures (ADR 0009), the others counted for all of them at once.
        var live = periods.Where(p => p.Status != ReviewPeriodStatus.Decided || p.Figures is null).Select(p => p.CommitteeId).ToList();
        var counted = live.Count == 0 ? [] : await CountMovementsAsync(live, year, cancellationToken);
        var committees = periods
            .Select(p => new CommitteeYear(
                p.CommitteeId, p.Name, p.ShortName, Tally(id => id == p.Id, p.RuleSet, p.Status),
                p.Status == ReviewPeriodStatus.Decided && p.Figures is { } kept ? kept.MovementTally() : counted[p.CommitteeId]))
            .ToList();

        // The province's total is decided only when every committee's year is.
        var allDecided = periods.TrueForAll(p => p.Status == ReviewPeriodStatus.Decided);
        var total = Tally(_ => true, periods[0].RuleSet, allDecided ? ReviewPeriodStatus.Decided : ReviewPeriodStatus.Open);
        return new ProvinceYear(year, committees, total, years);
    }

    /// <summary>
    /// The year's movements of <paramref name="committeeIds"/>, counted now: events per kind, the headcounts at both ends
    /// of the year and the admission targets, three grouped queries for all of them.
    /// </summary>
    private async Task<Dictionary<int, MovementTally>> CountMovementsAsync(List<int> committeeIds, int year, CancellationToken cancellationToken)
    {
        var groups = await ProvinceQueries.MovementGroups(db, committeeIds, year).ToListAsync(cancellationToken);
        var start = new DateOnly(year - 1, 12, 31);
        var headcounts = await LedgerQueries.HeadcountChangesUpTo(db, committeeIds, new DateOnly(year, 12, 31))
            .GroupBy(c => c.CommitteeId)
            .Select(g => new { CommitteeId = g.Key, AtStart = g.Sum(c => c.OccurredOn <= start ? c.Change : 0), AtEnd = g.Sum(c => c.Change) })
            .ToListAsync(cancellationToken);
        var targets = await db.AdmissionTargets.AsNoTracking()
            .Where(t => committeeIds.Contains(t.CommitteeId) && t.Year == year && t.OrganizationId == null)
            .Select(t => new { t.CommitteeId, t.Target }).ToListAsync(cancellationToken);
        return committeeIds.ToDictionary(id => id, id => new MovementTally(
            groups.Where(g => g.CommitteeId == id).Select(g => (g.Kind, g.Count)),
            targets.Where(t => t.CommitteeId == id).Select(t => (int?)t.Target).FirstOrDefault())
        {
            MembersAtStart = headcounts.Where(h => h.CommitteeId == id).Select(h => h.AtStart).FirstOrDefault(),
            MembersAtEnd = headcounts.Where(h => h.CommitteeId == id).Select(h => h.AtEnd).FirstOrDefault(),
        });
    }

    /// <summary>The latest year any committee has a period for; null on an empty installation.</summary>
    public Task<int?> LatestYearAsync(CancellationToken cancellationToken = default) =>
        db.ReviewPeriods.AsNoTracking().MaxAsync(p => (int?)p.Year, cancellationToken);

    /// <summary>Whether <paramref name="committeeId"/> names a committee of the installation.</summary>
    public Task<bool> CommitteeExistsAsync(int committeeId, CancellationToken cancellationToken = default) =>
        db.Committees.AnyAsync(c => c.Id == committeeId, cancellationToken);
}

/// <summary>One committee's year in the province's roll-up.</summary>
public sealed record CommitteeYear(int CommitteeId, string Name, string ShortName, YearTally Tally, MovementTally Movements)
{
    public bool IsDecided => Tally.Status == ReviewPeriodStatus.Decided;
}

/// <summary>The province's year: its committees (by name) and their total.</summary>
public sealed record ProvinceYear(int Year, IReadOnlyList<CommitteeYear> Committees, YearTally Total, IReadOnlyList<int> Years)
{
    /// <summary>Members of every committee at the end of the year (a transfer between two committees counts in one only).</summary>
    public int MembersAtEnd => Committees.Sum(c => c.Movements.MembersAtEnd ?? 0);

    /// <summary>Admissions of every committee in the year.</summary>
    public int Admitted => Committees.Sum(c => c.Movements.Admitted);
}
