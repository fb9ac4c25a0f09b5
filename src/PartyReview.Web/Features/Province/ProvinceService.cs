using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

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
                             select new { p.Id, p.CommitteeId, c.Name, c.ShortName, p.RuleSet, p.Status })
            .ToListAsync(cancellationToken);
        if (periods.Count == 0)
        {
            return null;
        }

        var organizations = await ProvinceQueries.LevelGroups(db, db.OrganizationReviews, year).ToListAsync(cancellationToken);
        var leadership = await ProvinceQueries.LevelGroups(db, db.LeadershipReviews, year).ToListAsync(cancellationToken);
        var members = await ProvinceQueries.LevelGroups(db, db.MemberReviews, year).ToListAsync(cancellationToken);
        var years = await db.ReviewPeriods.AsNoTracking().Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

        YearTally Tally(Func<int, bool> ofPeriod, RuleSet ruleSet, ReviewPeriodStatus status) => new(
            year, ruleSet, status,
            new SubjectTally(SubjectKind.Organization, organizations.Where(g => ofPeriod(g.PeriodId)).Select(g => g.Group)),
            new SubjectTally(SubjectKind.Leadership, leadership.Where(g => ofPeriod(g.PeriodId)).Select(g => g.Group)),
            new SubjectTally(SubjectKind.Member, members.Where(g => ofPeriod(g.PeriodId)).Select(g => g.Group)));

        var committees = periods
            .Select(p => new CommitteeYear(p.CommitteeId, p.Name, p.ShortName, Tally(id => id == p.Id, p.RuleSet, p.Status)))
            .ToList();

        // The province's total is decided only when every committee's year is.
        var allDecided = periods.TrueForAll(p => p.Status == ReviewPeriodStatus.Decided);
        var total = Tally(_ => true, periods[0].RuleSet, allDecided ? ReviewPeriodStatus.Decided : ReviewPeriodStatus.Open);
        return new ProvinceYear(year, committees, total, years);
    }

    /// <summary>The latest year any committee has a period for; null on an empty installation.</summary>
    public Task<int?> LatestYearAsync(CancellationToken cancellationToken = default) =>
        db.ReviewPeriods.AsNoTracking().MaxAsync(p => (int?)p.Year, cancellationToken);

    /// <summary>Whether <paramref name="committeeId"/> names a committee of the installation.</summary>
    public Task<bool> CommitteeExistsAsync(int committeeId, CancellationToken cancellationToken = default) =>
        db.Committees.AnyAsync(c => c.Id == committeeId, cancellationToken);
}

/// <summary>One committee's year in the province's roll-up.</summary>
public sealed record CommitteeYear(int CommitteeId, string Name, string ShortName, YearTally Tally)
{
    public bool IsDecided => Tally.Status == ReviewPeriodStatus.Decided;
}

/// <summary>The province's year: its committees (by name) and their total.</summary>
public sealed record ProvinceYear(int Year, IReadOnlyList<CommitteeYear> Committees, YearTally Total, IReadOnlyList<int> Years);
