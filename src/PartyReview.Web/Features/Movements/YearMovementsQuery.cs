using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Text;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Movements;

/// <summary>A year's movements: the committee's tally (from Reports) and one line per organization in scope, each counted by the database.</summary>
public sealed class YearMovementsQuery(PartyReviewDbContext db, CurrentCommittee currentCommittee, TallyService tallies, TimeProvider clock)
{
    /// <summary>The first year the movements page offers.</summary>
    public const int FirstYear = 2015;

    /// <summary>The year's page with the first page of its organization table.</summary>
    public Task<YearMovementsViewModel> GetAsync(int year, Scope scope, CancellationToken cancellationToken = default) =>
        GetAsync(year, scope, null, 1, cancellationToken);

    /// <summary>
    /// The year's movements: the committee's totals (every organization), and the organizations with a movement (or, for
    /// a Secretary, their own), searched by code or name (<paramref name="query"/>) and one page of them shown;
    /// <paramref name="page"/> null gives every one of them (the export). The same queries whatever the page.
    /// </summary>
    public async Task<YearMovementsViewModel> GetAsync(int year, Scope scope, string? query, int? page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var committee = await currentCommittee.GetAsync(cancellationToken) ?? throw new InvalidOperationException("No committee.");
        var committeeId = committee.Id;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var tally = await tallies.GetMovementTallyAsync(committeeId, year, cancellationToken);
        var groups = await (
                from e in db.MembershipEvents
                join o in db.Organizations on e.OrganizationId equals o.Id
                where o.CommitteeId == committeeId && e.OccurredOn >= first && e.OccurredOn <= last
                group e by new { e.OrganizationId, e.Kind } into g
                select new { g.Key.OrganizationId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var atStart = await HeadcountsAsync(committeeId, first.AddDays(-1), cancellationToken);
        var atEnd = await HeadcountsAsync(committeeId, last, cancellationToken);
        var targets = await db.AdmissionTargets.AsNoTracking().Where(t => t.CommitteeId == committeeId && t.Year == year && t.OrganizationId != null)
            .ToDictionaryAsync(t => t.OrganizationId!.Value, t => t.Target, cancellationToken);
        var organizationsInScope = db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId).InScope(scope, o => o.Id);
        var key = VietnameseText.SearchKey(query);
        if (key.Length > 0)
        {
            var code = query!.Trim().ToUpperInvariant();
            organizationsInScope = organizationsInScope.Where(o => o.SearchName.Contains(key) || o.Code.Contains(code));
        }

        var organizations = await organizationsInScope
            .OrderBy(o => o.Code).Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(cancellationToken);
        int Count(int organization, MembershipEventKind kind) => groups.Where(g => g.OrganizationId == organization && g.Kind == kind).Sum(g => g.Count);
        var lines = organizations
            .Select(o => new OrganizationMovements(
                o.Id, o.Code, o.Name, atStart.GetValueOrDefault(o.Id), Count(o.Id, MembershipEventKind.Admitted), Count(o.Id, MembershipEventKind.MadeOfficial),
                Count(o.Id, MembershipEventKind.TransferredIn), Count(o.Id, MembershipEventKind.TransferredOut), Count(o.Id, MembershipEventKind.Removed),
                Count(o.Id, MembershipEventKind.StruckOff), Count(o.Id, MembershipEventKind.Deceased), Count(o.Id, MembershipEventKind.PartyCardIssued),
                atEnd.GetValueOrDefault(o.Id), targets.TryGetValue(o.Id, out var t) ? t : null))
            .Where(l => scope.IsLimited || l.AtStart + l.AtEnd + l.Admitted + l.In + l.Out + l.Cards + l.MadeOfficial > 0)
            .ToList();
        var thisYear = clock.GetLocalNow().Year;
        return new YearMovementsViewModel
        {
            Year = year,
            Years = [.. Enumerable.Range(FirstYear, Math.Max(thisYear, year) - FirstYear + 1).Reverse()],
            Committee = tally,
            Narrative = Domain.Reporting.SummaryNarrative.Movements(year, committee.ShortName, tally),
            Organizations = lines.ToPage(page),
            Query = key.Length > 0 ? query!.Trim() : null,
            IsWholeCommittee = scope.IsWholeCommittee,
        };
    }

    private Task<Dictionary<int, int>> HeadcountsAsync(int committeeId, DateOnly date, CancellationToken cancellationToken) =>
        LedgerQueries.HeadcountChangesUpTo(db, committeeId, date).GroupBy(c => c.OrganizationId)
            .Select(g => new { OrganizationId = g.Key, Count = g.Sum(c => c.Change) }).ToDictionaryAsync(x => x.OrganizationId, x => x.Count, cancellationToken);
}
