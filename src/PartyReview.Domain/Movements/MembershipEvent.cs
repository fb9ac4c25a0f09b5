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

public static class MembershipEventKinds
{
    /// <summary>Kinds that start membership in an organization.</summary>
    public static bool Joins(this MembershipEventKind kind) => kind is MembershipEventKind.Admitted or MembershipEventKind.TransferredIn;

    /// <summary>Kinds that end membership in an organization.</summary>
    public static bool Leaves(this MembershipEventKind kind) =>
        kind is MembershipEventKind.TransferredOut or MembershipEventKind.Removed or MembershipEventKind.StruckOff or MembershipEventKind.Deceased;

    /// <summary>The kinds a year-end report lists, in its order, with the words of its movements table.</summary>
    public static IReadOnlyList<(MembershipEventKind Kind, string Label)> ReportLines { get; } =
    [
        (MembershipEventKind.Admitted, "Kết nạp đảng viên mới"),
        (MembershipEventKind.MadeOfficial, "Xét chuyển đảng chính thức"),
        (MembershipEventKind.TransferredOut, "Chuyển sinh hoạt Đảng đi (lượt)"),
        (MembershipEventKind.TransferredIn, "Tiếp nhận chuyển sinh hoạt Đảng đến (lượt)"),
        (MembershipEventKind.Removed, "Cho ra khỏi Đảng"),
        (MembershipEventKind.StruckOff, "Xóa tên"),
        (MembershipEventKind.Deceased, "Từ trần"),
        (MembershipEventKind.PartyCardIssued, "Cấp thẻ đảng viên"),
    ];

    /// <summary>The Vietnamese name used in lists and reports.</summary>
    public static string Name(this MembershipEventKind kind) => kind switch
    {
        MembershipEventKind.Admitted => "Kết nạp",
        MembershipEventKind.MadeOfficial => "Chuyển đảng chính thức",
        MembershipEventKind.TransferredIn => "Chuyển sinh hoạt đến",
        MembershipEventKind.TransferredOut => "Chuyển sinh hoạt đi",
        MembershipEventKind.Removed => "Cho ra khỏi Đảng",
        MembershipEventKind.StruckOff => "Xóa tên",
        MembershipEventKind.Deceased => "Từ trần",
        MembershipEventKind.PartyCardIssued => "Cấp thẻ đảng viên",
        _ => kind.ToString(),
    };
}

/// <summary>
/// One entry of the membership ledger. The ledger of a member, in date order, is the truth about where the member
/// belongs and since when; <see cref="MembershipLedger"/> replays and checks it.
/// </summary>
public class MembershipEvent
{
    public const int DecisionNumberMaxLength = 50;
    public const int NoteMaxLength = 500;
    public const int RecordedByMaxLength = 256;

    public int Id { get; set; }
    public int MemberId { get; set; }

    /// <summary>The organization the event happens in: the one joined, left, or where the member belongs.</summary>
    public int OrganizationId { get; set; }
    public MembershipEventKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }

    /// <summary>
    /// For a transfer between two organizations of the committee: the other one (where the member goes, or comes
    /// from). Null when the other side is outside the committee; such transfers are the committee's movements.
    /// </summary>
    public int? CounterpartOrganizationId { get; set; }

    /// <summary>The party card's number: of the card issued, or of the card a transferred-in member brings.</summary>
    public string? CardNumber { get; set; }

    /// <summary>The decision's number and symbol (số quyết định).</summary>
    public string? DecisionNumber { get; set; }
    public string? Note { get; set; }

    /// <summary>Who recorded the entry and when (UTC).</summary>
    public string? RecordedBy { get; set; }
    public DateTime? RecordedAt { get; set; }

    public bool IsInternalTransfer => CounterpartOrganizationId is not null
                                      && Kind is MembershipEventKind.TransferredIn or MembershipEventKind.TransferredOut;
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
