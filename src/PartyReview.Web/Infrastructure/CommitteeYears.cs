using PartyReview.Data;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// Which committee holds a year, across a restructuring (ADR 0008): a committee's own period of the year, or else the
/// period of a committee it succeeded (merged into it). The one home of that choice: every year page reads its period,
/// its decisions, its report numbers and its document header from <see cref="OwnerOf"/>, and streaks count over
/// <see cref="LineageIds"/>. Composable, so the choice stays inside the page's own queries.
/// </summary>
public static class CommitteeYears
{
    /// <summary>
    /// The committee and the committees it succeeded, up to three merges back: what a streak ("5 năm liền") counts
    /// over, so a move does not break it.
    /// </summary>
    public static IQueryable<int> LineageIds(PartyReviewDbContext db, int committeeId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var parents = db.Committees.Where(c => c.SucceededById == committeeId).Select(c => c.Id);
        var grandparents = db.Committees.Where(c => c.SucceededById != null && parents.Contains(c.SucceededById.Value)).Select(c => c.Id);
        var greatGrandparents = db.Committees.Where(c => c.SucceededById != null && grandparents.Contains(c.SucceededById.Value)).Select(c => c.Id);
        return db.Committees
            .Where(c => c.Id == committeeId || parents.Contains(c.Id) || grandparents.Contains(c.Id) || greatGrandparents.Contains(c.Id))
            .Select(c => c.Id);
    }

    /// <summary>
    /// The committee whose period of <paramref name="year"/> the committee's pages show: its own, or else the latest
    /// ended predecessor's that has one; empty when none of them has the year.
    /// </summary>
    public static IQueryable<int> OwnerOf(PartyReviewDbContext db, int committeeId, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lineage = LineageIds(db, committeeId);
        return db.ReviewPeriods
            .Where(p => p.Year == year && lineage.Contains(p.CommitteeId))
            .Join(db.Committees, p => p.CommitteeId, c => c.Id, (p, c) => new { c.Id, c.EndedOn })
            .OrderBy(c => c.Id == committeeId ? 0 : 1)
            .ThenByDescending(c => c.EndedOn)
            .Select(c => c.Id);
    }
}
