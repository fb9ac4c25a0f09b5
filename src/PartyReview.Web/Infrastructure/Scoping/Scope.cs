using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;

namespace PartyReview.Web.Infrastructure.Scoping;

/// <summary>
/// The organizations the signed-in user may see: every organization of the committee, or for a Secretary only the one
/// their account is bound to (none at all when a Secretary is bound to nothing). Made once per request from the user
/// (see <see cref="ScopeModelBinder"/>) and passed to services, which filter with <see cref="ScopeQueries.InScope{T}"/>.
/// </summary>
public sealed record Scope
{
    private Scope(int? organizationId, bool seesNothing, IReadOnlyList<int>? affiliatedCells = null)
    {
        OrganizationId = organizationId;
        SeesNothing = seesNothing;
        AffiliatedCells = affiliatedCells ?? [];
    }

    /// <summary>Every organization of the committee.</summary>
    public static Scope WholeCommittee { get; } = new(null, false);

    /// <summary>No organization at all (a Secretary whose account is bound to none).</summary>
    public static Scope Nothing { get; } = new(null, true);

    public static Scope Organization(int organizationId) => new(organizationId, false);

    /// <summary>
    /// A đảng bộ cơ sở with its chi bộ trực thuộc: what a Secretary bound to the đảng bộ sees (ADR 0008). A Secretary
    /// bound to a chi bộ trực thuộc sees that chi bộ only.
    /// </summary>
    public static Scope Organization(int organizationId, IEnumerable<int> affiliatedCells) => new(organizationId, false, [.. affiliatedCells]);

    /// <summary>
    /// The request's scope: <see cref="Of"/>, and for a Secretary bound to a đảng bộ cơ sở its chi bộ trực thuộc (one
    /// query, for Secretaries only). Made once per request and kept in its items.
    /// </summary>
    public static async Task<Scope> OfRequestAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items[typeof(Scope)] is Scope known)
        {
            return known;
        }

        var scope = Of(http.User);
        if (scope.OrganizationId is { } bound)
        {
            var db = http.RequestServices.GetRequiredService<PartyReviewDbContext>();
            var cells = await db.Organizations.AsNoTracking().Where(o => o.ParentId == bound).Select(o => o.Id).ToListAsync(http.RequestAborted);
            if (cells.Count > 0)
            {
                scope = Organization(bound, cells);
            }
        }

        http.Items[typeof(Scope)] = scope;
        return scope;
    }

    /// <summary>The chi bộ trực thuộc inside a limited scope (those of the đảng bộ cơ sở it is bound to); empty otherwise.</summary>
    public IReadOnlyList<int> AffiliatedCells { get; }

    /// <summary>The scope of a user: a Secretary without a committee-wide role sees their own organization only.</summary>
    public static Scope Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsLimitedToOneOrganization())
        {
            return WholeCommittee;
        }

        return user.BoundOrganizationId() is { } bound ? Organization(bound) : Nothing;
    }

    /// <summary>The one organization of a limited scope; null for the whole committee.</summary>
    public int? OrganizationId { get; }

    public bool SeesNothing { get; }

    /// <summary>True when the user sees the whole committee (committee-wide rows, totals, other organizations).</summary>
    public bool IsWholeCommittee => OrganizationId is null && !SeesNothing;

    /// <summary>True when the scope is one organization or nothing: a Secretary's view.</summary>
    public bool IsLimited => !IsWholeCommittee;

    public bool Includes(int organizationId) => IsWholeCommittee || OrganizationId == organizationId || AffiliatedCells.Contains(organizationId);

    /// <summary>The organization filter the older query methods take: null = all, -1 = none.</summary>
    public int? OrganizationFilter => SeesNothing ? -1 : OrganizationId;
}

/// <summary>The one way queries are narrowed to a <see cref="Scope"/>.</summary>
public static class ScopeQueries
{
    public static IQueryable<T> InScope<T>(this IQueryable<T> query, Scope scope, Expression<Func<T, int>> organizationOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(organizationOf);
        if (scope.IsWholeCommittee)
        {
            return query;
        }

        var only = scope.OrganizationId ?? -1;
        if (scope.AffiliatedCells.Count > 0)
        {
            List<int> ids = [only, .. scope.AffiliatedCells];
            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Constant(ids), organizationOf.Body);
            return query.Where(Expression.Lambda<Func<T, bool>>(contains, organizationOf.Parameters));
        }

        var equals = Expression.Equal(organizationOf.Body, Expression.Constant(only));
        return query.Where(Expression.Lambda<Func<T, bool>>(equals, organizationOf.Parameters));
    }

    /// <summary>The same for a nullable organization (a member who has left has none and is outside a limited scope).</summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> query, Scope scope, Expression<Func<T, int?>> organizationOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(organizationOf);
        if (scope.IsWholeCommittee)
        {
            return query;
        }

        var only = (int?)(scope.OrganizationId ?? -1);
        if (scope.AffiliatedCells.Count > 0)
        {
            List<int?> ids = [only, .. scope.AffiliatedCells.Select(c => (int?)c)];
            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)], Expression.Constant(ids), organizationOf.Body);
            return query.Where(Expression.Lambda<Func<T, bool>>(contains, organizationOf.Parameters));
        }

        var equals = Expression.Equal(organizationOf.Body, Expression.Constant(only, typeof(int?)));
        return query.Where(Expression.Lambda<Func<T, bool>>(equals, organizationOf.Parameters));
    }
}
