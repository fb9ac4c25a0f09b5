namespace PartyReview.Domain.Committees;

/// <summary>
/// A restructuring step: grassroots organizations (TCCS, with their chi bộ trực thuộc) move from one committee to
/// another as of a date, with their members, ledgers and review history (ADR 0008). A merge also ends the source
/// committee the day before and names the target its successor. Reversible until the target decides a period of the
/// move's year or later (<see cref="Restructuring.CanReverse"/>).
/// </summary>
public class OrganizationMove
{
    public int Id { get; set; }
    public int FromCommitteeId { get; set; }
    public int ToCommitteeId { get; set; }

    /// <summary>The first day the organizations belong to the target.</summary>
    public DateOnly EffectiveOn { get; set; }

    /// <summary>The TCCS moved (their chi bộ trực thuộc go with them and are not listed).</summary>
    public List<int> OrganizationIds { get; set; } = [];

    /// <summary>
    /// The accounts the move bound to the target (the moved organizations' Secretaries; on a merge every account of the
    /// source), so that a reversal binds them back.
    /// </summary>
    public List<string> AccountIds { get; set; } = [];

    /// <summary>Whether the source committee ended with this move and the target became its successor.</summary>
    public bool Merged { get; set; }

    public required string MovedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime MovedAt { get; set; }
    public string? ReversedBy { get; set; }

    /// <summary>UTC; null while the move stands.</summary>
    public DateTime? ReversedAt { get; set; }

    public bool IsReversed => ReversedAt is not null;

    public const int UserNameMaxLength = 256;
}
