using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Movements;

/// <summary>
/// What every ledger use case looks up, once per request: the committee, its organizations' names, the years whose
/// review is decided (their entries are locked), today's date on the app's clock.
/// </summary>
public sealed class LedgerLookups(PartyReviewDbContext db, CurrentCommittee currentCommittee, TimeProvider clock)
{
    private Dictionary<int, string>? _organizationNames;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<int> CommitteeIdAsync(CancellationToken cancellationToken) => await currentCommittee.FilterIdAsync(cancellationToken);

    /// <summary>"CODE – Name" of every organization of the committee, by code.</summary>
    public async Task<IReadOnlyDictionary<int, string>> OrganizationNamesAsync(CancellationToken cancellationToken)
    {
        if (_organizationNames is null)
        {
            var committeeId = await CommitteeIdAsync(cancellationToken);
            _organizationNames = await db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId).OrderBy(o => o.Code)
                .ToDictionaryAsync(o => o.Id, o => o.Code + " – " + o.Name, cancellationToken);
        }

        return _organizationNames;
    }

    /// <summary>A lookup of the names for the ledger's texts: "?" for an organization the committee does not have.</summary>
    public async Task<Func<int, string>> NameOfAsync(CancellationToken cancellationToken)
    {
        var names = await OrganizationNamesAsync(cancellationToken);
        return id => names.GetValueOrDefault(id, "?");
    }

    /// <summary>The years whose review period is decided: no entry in them can be recorded, corrected or removed.</summary>
    public async Task<HashSet<int>> LockedYearsAsync(CancellationToken cancellationToken)
    {
        var committeeId = await CommitteeIdAsync(cancellationToken);
        return [.. await db.ReviewPeriods.Where(p => p.CommitteeId == committeeId && p.Status == ReviewPeriodStatus.Decided).Select(p => p.Year).ToListAsync(cancellationToken)];
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
