namespace PartyReview.Domain.Reviews;

/// <summary>Why a subject has no level this year (không xếp loại / chưa kiểm điểm).</summary>
public enum NotRatedReason
{
    /// <summary>Organization or leadership founded less than six months before the review.</summary>
    NewlyFounded = 1,

    /// <summary>Member admitted less than six months before the review (takes part, not rated).</summary>
    NewlyAdmitted = 2,

    /// <summary>Member exempt from party work and activities (miễn công tác và sinh hoạt đảng).</summary>
    Exempt = 3,

    /// <summary>Member suspended (đình chỉ sinh hoạt đảng).</summary>
    Suspended = 4,

    /// <summary>Absent from the review; pending until rated (vắng mặt, chưa kiểm điểm).</summary>
    Absent = 5,

    /// <summary>Another reason, given in the note.</summary>
    Other = 9,
}

public static class NotRatedReasons
{
    public static IReadOnlyList<NotRatedReason> All { get; } =
    [
        NotRatedReason.NewlyFounded, NotRatedReason.NewlyAdmitted, NotRatedReason.Exempt,
        NotRatedReason.Suspended, NotRatedReason.Absent, NotRatedReason.Other,
    ];

    public static string VietnameseName(this NotRatedReason reason) => reason switch
    {
        NotRatedReason.NewlyFounded => "mới thành lập dưới 6 tháng",
        NotRatedReason.NewlyAdmitted => "mới kết nạp dưới 6 tháng",
        NotRatedReason.Exempt => "miễn công tác và sinh hoạt đảng",
        NotRatedReason.Suspended => "đình chỉ sinh hoạt đảng",
        NotRatedReason.Absent => "vắng mặt, chưa kiểm điểm",
        NotRatedReason.Other => "lý do khác",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
