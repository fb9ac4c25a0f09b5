using System.Globalization;
using PartyReview.Domain.Auditing;

namespace PartyReview.Data.Auditing;

/// <summary>Audit entries for actions that are not a field change (opening a period, issuing a decision…).</summary>
public static class AuditActions
{
    public static AuditEntry Action(
        this IAuditContext audit, TimeProvider clock, string entityType, int entityId, string action, string? oldValue, string? newValue, int? reviewPeriodId = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        return new AuditEntry
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            UserName = audit.UserName,
            EntityType = entityType,
            EntityId = entityId.ToString(CultureInfo.InvariantCulture),
            Field = action,
            OldValue = oldValue,
            NewValue = newValue,
            Source = audit.Source,
            ReviewPeriodId = reviewPeriodId,
        };
    }
}
