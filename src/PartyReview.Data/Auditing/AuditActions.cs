using System.Globalization;
using PartyReview.Domain.Auditing;

namespace PartyReview.Data.Auditing;

/// <summary>Audit entries for actions that are not a field change (opening a period, issuing a decision…).</summary>
public static class AuditActions
{
    public static AuditEntry Action(
        this IAuditContext audit, TimeProvider clock, string entityType, int entityId, string action, string? oldValue, string? newValue, int? reviewPeriodId = null) =>
        audit.Action(clock, entityType, entityId.ToString(CultureInfo.InvariantCulture), action, oldValue, newValue, reviewPeriodId);

    /// <summary>The same, for an entity whose key is text (an account's id).</summary>
    public static AuditEntry Action(
        this IAuditContext audit, TimeProvider clock, string entityType, string entityId, string action, string? oldValue, string? newValue, int? reviewPeriodId = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        return new AuditEntry
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            UserName = audit.UserName,
            EntityType = entityType,
            EntityId = entityId,
            Field = action,
            OldValue = Truncate(oldValue),
            NewValue = Truncate(newValue),
            Source = audit.Source,
            ReviewPeriodId = reviewPeriodId,
        };
    }

    private static string? Truncate(string? value) =>
        value is { Length: > AuditEntry.ValueMaxLength } ? value[..AuditEntry.ValueMaxLength] : value;
}
