namespace PartyReview.Domain.Auditing;

/// <summary>One audited change: who, when, what, old → new. Written by the data layer, never edited.</summary>
public class AuditEntry
{
    public const int UserNameMaxLength = 256;
    public const int TextMaxLength = 100;
    public const int ValueMaxLength = 1000;

    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; set; }
    public required string UserName { get; set; }

    /// <summary>What was changed: "MemberReview", "OrganizationReview", "ReviewPeriod", …</summary>
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>The field changed, or the action taken ("Mở kỳ", "Khóa kỳ", …).</summary>
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }

    /// <summary>Where the change came from (entry grid, import file, …) and any reason given.</summary>
    public string? Source { get; set; }

    public int? ReviewPeriodId { get; set; }
    public int? OrganizationId { get; set; }
    public int? MemberId { get; set; }
}
