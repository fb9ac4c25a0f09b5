using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Movements;

/// <summary>Probationary members whose twelve months are over, with the decision's due date; and those whose months end soon.</summary>
public sealed class ProbationQuery(PartyReviewDbContext db, LedgerLookups lookups)
{
    /// <summary>How far ahead the "upcoming" list looks.</summary>
    public const int UpcomingDays = 60;

    public async Task<ProbationViewModel> GetAsync(Scope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var committeeId = await lookups.CommitteeIdAsync(cancellationToken);
        var today = lookups.Today;
        var horizon = today.AddDays(UpcomingDays).AddMonths(-MembershipLedger.ProbationMonths);
        var rows = await (
                from m in db.Members.AsNoTracking().InScope(scope, m => m.OrganizationId)
                join o in db.Organizations on m.OrganizationId equals o.Id
                where m.CommitteeId == committeeId && m.Status == MemberStatus.Probationary && m.AdmittedOn <= horizon
                orderby m.AdmittedOn, m.SortKey
                select new { m.Id, m.MemberCode, m.FullName, Organization = o.Code + " – " + o.Name, m.AdmittedOn })
            .ToListAsync(cancellationToken);
        var lines = rows.Select(r => new ProbationLine(
                r.Id, r.MemberCode, r.FullName, r.Organization, r.AdmittedOn, Probation.EndsOn(r.AdmittedOn), Probation.DecisionDueOn(r.AdmittedOn),
                Probation.DecisionDueOn(r.AdmittedOn).DayNumber - today.DayNumber))
            .ToList();
        return new ProbationViewModel
        {
            Today = today,
            Waiting = [.. lines.Where(l => l.ProbationEndsOn <= today)],
            Upcoming = [.. lines.Where(l => l.ProbationEndsOn > today)],
        };
    }
}
