using PartyReview.Data;
using PartyReview.Domain.Organizations;

namespace PartyReview.Web.Features.Leadership;

/// <summary>
/// Who sat on a TCCS's cấp ủy in a review year: the people the leadership-collective rules read (docs/domain/structure.md
/// §3). Composable, so the entry grid and the import put it inside their own queries.
/// </summary>
public static class LeadershipQueries
{
    /// <summary>The cấp ủy seats (not the agency head's post) held on some day of <paramref name="year"/>.</summary>
    public static IQueryable<LeadershipSeat> CollectiveIn(PartyReviewDbContext db, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return db.LeadershipSeats.Where(s => s.Post != LeadershipPost.AgencyHead && s.StartsOn <= last && (s.EndsOn == null || s.EndsOn >= first));
    }
}
