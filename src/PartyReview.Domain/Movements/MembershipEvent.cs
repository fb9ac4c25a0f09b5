namespace PartyReview.Domain.Movements;

/// <summary>The kinds of entry in the membership ledger.</summary>
public enum MembershipEventKind
{
    /// <summary>Kết nạp đảng viên mới.</summary>
    Admitted = 1,

    /// <summary>Chuyển đảng chính thức.</summary>
    MadeOfficial = 2,

    /// <summary>Tiếp nhận chuyển sinh hoạt đảng đến.</summary>
    TransferredIn = 3,

    /// <summary>Chuyển sinh hoạt đảng đi.</summary>
    TransferredOut = 4,

    /// <summary>Cho ra khỏi Đảng.</summary>
    Removed = 5,

    /// <summary>Xóa tên.</summary>
    StruckOff = 6,

    /// <summary>Từ trần.</summary>
    Deceased = 7,

    /// <summary>Cấp thẻ đảng viên.</summary>
    PartyCardIssued = 8,
}

/// <summary>One entry of the membership ledger.</summary>
public class MembershipEvent
{
    public const int DecisionNumberMaxLength = 50;
    public const int NoteMaxLength = 500;

    public int Id { get; set; }
    public int MemberId { get; set; }
    public int OrganizationId { get; set; }
    public MembershipEventKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }

    /// <summary>The decision's number and symbol (số quyết định).</summary>
    public string? DecisionNumber { get; set; }
    public string? Note { get; set; }
}

/// <summary>The committee's admission target for a year (chỉ tiêu kết nạp), optionally for one organization.</summary>
public class AdmissionTarget
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public int Year { get; set; }

    /// <summary>Null for the committee's overall target.</summary>
    public int? OrganizationId { get; set; }
    public int Target { get; set; }
}
