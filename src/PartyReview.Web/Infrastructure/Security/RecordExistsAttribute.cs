using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Infrastructure.Security;

/// <summary>The kinds of record an action's route can name.</summary>
public enum RecordKind
{
    /// <summary>A member inside the user's scope (a Secretary's own organization; the whole committee for the others).</summary>
    Member,
    Organization,
    CommendationDecision,

    /// <summary>The committee's review period of a year (the route's <c>year</c>).</summary>
    Period,

    /// <summary>An entry of a member's ledger (the service still checks it is that member's).</summary>
    MembershipEvent,
}

/// <summary>
/// The record the route names must exist before the action runs (before the form is validated or a service answers
/// with a message and a redirect): otherwise 404. For the POSTs whose answer to a missing record would otherwise be a
/// redirect or the form again; the walk of <c>UnknownIdWalkTests</c> holds every id-taking action to it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RecordExistsAttribute(RecordKind kind, string parameter = "id") : Attribute, IAsyncActionFilter
{
    public RecordKind Kind { get; } = kind;

    public string Parameter { get; } = parameter;

    /// <summary>
    /// The id is a filter or a preset from the query string (<c>?organizationId=</c>): without one the action runs,
    /// with one the record must exist.
    /// </summary>
    public bool Optional { get; set; }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var cancellationToken = context.HttpContext.RequestAborted;
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<PartyReviewDbContext>();
        if (Optional && (!context.ActionArguments.TryGetValue(Parameter, out var given) || given is null))
        {
            await next();
            return;
        }

        if (!context.ActionArguments.TryGetValue(Parameter, out var value) || value is not int id)
        {
            context.Result = new NotFoundResult();
            return;
        }

        // Inside the current committee only: another committee's record is as unknown as one that never existed.
        var committeeId = await services.GetRequiredService<CurrentCommittee>().FilterIdAsync(cancellationToken);
        var exists = Kind switch
        {
            RecordKind.Member => await db.Members.Where(m => m.Id == id && m.CommitteeId == committeeId)
                .InScope(await Scope.OfRequestAsync(context.HttpContext), m => m.OrganizationId).AnyAsync(cancellationToken),
            RecordKind.MembershipEvent => await db.MembershipEvents
                .AnyAsync(e => e.Id == id && db.Members.Any(m => m.Id == e.MemberId && m.CommitteeId == committeeId), cancellationToken),
            RecordKind.Organization => await db.Organizations.AnyAsync(o => o.Id == id && o.CommitteeId == committeeId, cancellationToken),
            // A decision or a year of a committee merged into this one is its own too (ADR 0008).
            RecordKind.CommendationDecision => await db.CommendationDecisions
                .AnyAsync(d => d.Id == id && CommitteeYears.LineageIds(db, committeeId).Contains(d.CommitteeId), cancellationToken),
            _ => await db.ReviewPeriods.AnyAsync(p => CommitteeYears.LineageIds(db, committeeId).Contains(p.CommitteeId) && p.Year == id, cancellationToken),
        };
        if (!exists)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
