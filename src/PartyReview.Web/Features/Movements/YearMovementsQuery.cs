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
        // Per organization and per TCCS at once: a move between two chi bộ of one đảng bộ cơ sở is a movement of each
        // chi bộ, never of the đảng bộ (WithinTccs), ADR 0008.
        var groups = await (
                from e in db.MembershipEvents
                join o in db.Organizations on e.OrganizationId equals o.Id
                join c in db.Organizations on e.CounterpartOrganizationId equals (int?)c.Id into counterparts
                from c in counterparts.DefaultIfEmpty()
                where o.CommitteeId == committeeId && e.OccurredOn >= first && e.OccurredOn <= last
                group e by new { e.OrganizationId, Tccs = o.ParentId ?? o.Id, e.Kind, WithinTccs = c != null && (c.ParentId ?? c.Id) == (o.ParentId ?? o.Id) } into g
                select new { g.Key.OrganizationId, g.Key.Tccs, g.Key.Kind, g.Key.WithinTccs, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var atStart = await HeadcountsAsync(committeeId, first.AddDays(-1), cancellationToken);
        var atEnd = await HeadcountsAsync(committeeId, last, cancellationToken);
        // The targets were set by the committee holding the year (a predecessor's, after a merge, ADR 0008).
        var targetsCommitteeId = await currentCommittee.FilterIdForYearAsync(year, cancellationToken);
        var targets = await db.AdmissionTargets.AsNoTracking().Where(t => t.CommitteeId == targetsCommitteeId && t.Year == year && t.OrganizationId != null)
            .ToDictionaryAsync(t => t.OrganizationId!.Value, t => t.Target, cancellationToken);
        // The whole committee sees a line per TCCS (its chi bộ trực thuộc inside it); a Secretary their own organization's.
        var organizationsInScope = db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId && (o.ParentId == null || scope.IsLimited))
            .InScope(scope, o => o.Id);
        var key = VietnameseText.SearchKey(query);
        if (key.Length > 0)
        {
            var code = query!.Trim().ToUpperInvariant();
            organizationsInScope = organizationsInScope.Where(o => o.SearchName.Contains(key) || o.Code.Contains(code));
        }

        var organizations = await organizationsInScope
            .OrderBy(o => o.Code).Select(o => new { o.Id, o.Code, o.Name, IsTccs = o.ParentId == null }).ToListAsync(cancellationToken);
        var tccs = organizations.Where(o => o.IsTccs).Select(o => o.Id).ToHashSet();
        int Count(int organization, MembershipEventKind kind) => tccs.Contains(organization)
            ? groups.Where(g => g.Tccs == organization && !g.WithinTccs && g.Kind == kind).Sum(g => g.Count)
            : groups.Where(g => g.OrganizationId == organization && g.Kind == kind).Sum(g => g.Count);
        int Headcount(Dictionary<(int Organization, int Tccs), int> counts, int organization) => tccs.Contains(organization)
            ? counts.Where(c => c.Key.Tccs == organization).Sum(c => c.Value)
            : counts.Where(c => c.Key.Organization == organization).Sum(c => c.Value);
        var lines = organizations
            .Select(o => new OrganizationMovements(
                o.Id, o.Code, o.Name, Headcount(atStart, o.Id), Count(o.Id, MembershipEventKind.Admitted), Count(o.Id, MembershipEventKind.MadeOfficial),
                Count(o.Id, MembershipEventKind.TransferredIn), Count(o.Id, MembershipEventKind.TransferredOut), Count(o.Id, MembershipEventKind.Removed),
                Count(o.Id, MembershipEventKind.StruckOff), Count(o.Id, MembershipEventKind.Deceased), Count(o.Id, MembershipEventKind.PartyCardIssued),
                Headcount(atEnd, o.Id), targets.TryGetValue(o.Id, out var t) ? t : null))
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

    private Task<Dictionary<(int Organization, int Tccs), int>> HeadcountsAsync(int committeeId, DateOnly date, CancellationToken cancellationToken) =>
        LedgerQueries.HeadcountChangesUpTo(db, committeeId, date).GroupBy(c => new { c.OrganizationId, c.TccsId })
            .Select(g => new { g.Key.OrganizationId, g.Key.TccsId, Count = g.Sum(c => c.Change) })
            .ToDictionaryAsync(x => (x.OrganizationId, x.TccsId), x => x.Count, cancellationToken);
}
