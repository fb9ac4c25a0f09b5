using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Auditing;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// What the pager partial needs: the page, the number of pages, the query to keep in its links, and (for a list lower
/// down a long page) the id of the list's section the links return to.
/// </summary>
public sealed record PagerView(int Page, int Pages, IQueryCollection Query, string? Fragment = null)
{
    public string LinkTo(int page)
    {
        var parameters = Query.Where(q => q.Key != "page").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        return "?" + string.Join("&", parameters.Append($"page={page}")) + (Fragment is { } id ? "#" + id : "");
    }
}

/// <summary>
/// What the organization search box beside a drop-down needs: the drop-down's id, and whether it searches the whole
/// committee (a transfer's counterpart) rather than the user's scope.
/// </summary>
public sealed record OrganizationSearchBox(string SelectId, bool WholeCommittee = false);

/// <summary>One line of "Lịch sử thay đổi".</summary>
public sealed record HistoryLine(DateTime OccurredAt, string UserName, string EntityType, string Field, string? OldValue, string? NewValue, string? Source);

public static class History
{
    public const int Lines = 200;

    /// <summary>The history of one entity (a decision, an account): every line recorded with its type and id.</summary>
    public static Task<List<HistoryLine>> OfEntityAsync(PartyReviewDbContext db, string entityType, string entityId, CancellationToken cancellationToken) =>
        ReadAsync(db, a => a.EntityType == entityType && a.EntityId == entityId, cancellationToken);

    /// <summary>A member's history: their reviews, ledger entries and personal data.</summary>
    public static Task<List<HistoryLine>> OfMemberAsync(PartyReviewDbContext db, int memberId, CancellationToken cancellationToken) =>
        ReadAsync(db, a => a.MemberId == memberId, cancellationToken);

    /// <summary>An organization's own history (its reviews and data), without its members' lines.</summary>
    public static Task<List<HistoryLine>> OfOrganizationAsync(PartyReviewDbContext db, int organizationId, CancellationToken cancellationToken) =>
        ReadAsync(db, a => a.OrganizationId == organizationId && a.MemberId == null, cancellationToken);

    /// <summary>The newest audited changes matching the filter, as history lines.</summary>
    private static Task<List<HistoryLine>> ReadAsync(PartyReviewDbContext db, Expression<Func<AuditEntry, bool>> filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.AsNoTracking().Where(filter)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(Lines)
            .Select(a => new HistoryLine(a.OccurredAt, a.UserName, a.EntityType, a.Field, a.OldValue, a.NewValue, a.Source))
            .ToListAsync(cancellationToken);
    }
}
