using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Committees;

namespace PartyReview.Web.Infrastructure;

/// <summary>The committee this installation serves (one per deployment), read once per request.</summary>
public sealed class CurrentCommittee(PartyReviewDbContext db)
{
    private Committee? _committee;

    public async Task<Committee?> GetAsync(CancellationToken cancellationToken = default) =>
        _committee ??= await db.Committees.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The committee's id; null on a new installation that has none yet (callers then answer "nothing").</summary>
    public async Task<int?> IdAsync(CancellationToken cancellationToken = default) => (await GetAsync(cancellationToken))?.Id;

    /// <summary>
    /// The id to filter the committee's rows by: on a new installation without a committee no row matches it, so a
    /// list is empty rather than an error. The one home of that rule.
    /// </summary>
    public async Task<int> FilterIdAsync(CancellationToken cancellationToken = default) => await IdAsync(cancellationToken) ?? NoCommittee;

    /// <summary>An id no committee has.</summary>
    public const int NoCommittee = -1;
}
