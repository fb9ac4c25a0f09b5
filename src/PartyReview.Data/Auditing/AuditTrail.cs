using System.Globalization;

namespace PartyReview.Data.Auditing;

/// <summary>
/// An audited action that is not a field change the <see cref="AuditInterceptor"/> detects by itself: an account
/// created, a decision issued, a ledger entry recorded, a sign-in. Who, when and from where are stamped by the
/// interceptor when it writes the record, in the same SaveChanges (so the same transaction) as the change.
/// </summary>
public sealed record AuditRecord(string EntityType, string EntityId, string Action, string? OldValue, string? NewValue)
{
    public int? ReviewPeriodId { get; init; }
    public int? OrganizationId { get; init; }
    public int? MemberId { get; init; }

    /// <summary>Who, when it is not the signed-in user (a sign-in attempt records the email typed).</summary>
    public string? UserName { get; init; }

    /// <summary>Where from, when not the unit of work's <see cref="IAuditContext.Source"/>.</summary>
    public string? Source { get; init; }
}

/// <summary>
/// The one audit API of the write paths: a service records what it did with <see cref="Record(AuditRecord)"/>, and the
/// next SaveChanges writes it (through <see cref="AuditInterceptor"/>, the only writer of audit entries).
/// Field changes of reviews and periods need no call: the interceptor sees them.
/// </summary>
public sealed class AuditTrail
{
    private readonly List<AuditRecord> _pending = [];

    public void Record(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _pending.Add(record);
    }

    public void Record(string entityType, int entityId, string action, string? oldValue, string? newValue,
        int? reviewPeriodId = null, int? organizationId = null, int? memberId = null) =>
        Record(new AuditRecord(entityType, entityId.ToString(CultureInfo.InvariantCulture), action, oldValue, newValue)
        {
            ReviewPeriodId = reviewPeriodId,
            OrganizationId = organizationId,
            MemberId = memberId,
        });

    /// <summary>Records waiting for the next SaveChanges.</summary>
    public int PendingCount => _pending.Count;

    internal List<AuditRecord> TakePending()
    {
        var taken = _pending.ToList();
        _pending.Clear();
        return taken;
    }
}
