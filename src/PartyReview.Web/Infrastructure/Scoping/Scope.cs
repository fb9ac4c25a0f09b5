using System.Linq.Expressions;
using System.Security.Claims;

namespace PartyReview.Web.Infrastructure.Scoping;

/// <summary>
/// The organizations the signed-in user may see: every organization of the committee, or for a Secretary only the one
/// their account is bound to (none at all when a Secretary is bound to nothing). Made once per request from the user
/// (see <see cref="ScopeModelBinder"/>) and passed to services, which filter with <see cref="ScopeQueries.InScope{T}"/>.
/// </summary>
public sealed record Scope
{
    private Scope(int? organizationId, bool seesNothing)
    {
        OrganizationId = organizationId;
        SeesNothing = seesNothing;
    }

    /// <summary>Every organization of the committee.</summary>
    public static Scope WholeCommittee { get; } = new(null, false);

    /// <summary>No organization at all (a Secretary whose account is bound to none).</summary>
    public static Scope Nothing { get; } = new(null, true);

    public static Scope Organization(int organizationId) => new(organizationId, false);

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

    public bool Includes(int organizationId) => IsWholeCommittee || OrganizationId == organizationId;

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
        var equals = Expression.Equal(organizationOf.Body, Expression.Constant(only, typeof(int?)));
        return query.Where(Expression.Lambda<Func<T, bool>>(equals, organizationOf.Parameters));
    }
}
