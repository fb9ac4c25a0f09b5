namespace PartyReview.Domain.Reviews.Criteria;

/// <summary>
/// Who is assessed, as Quy định 366-QĐ/TW gives each its own criteria frame (Điều 10 and its appendices) and its own
/// level conditions (Điều 11). See docs/domain/366.md.
/// </summary>
public enum SubjectType
{
    /// <summary>The grassroots organization (TCCS) as a collective.</summary>
    Organization = 1,

    /// <summary>The collective leadership of its committee (tập thể lãnh đạo cấp ủy).</summary>
    Leadership = 2,

    /// <summary>A member holding a leading or managing post (cá nhân giữ chức vụ lãnh đạo, quản lý).</summary>
    Leader = 3,

    /// <summary>A member not holding a leading post (cá nhân không giữ chức vụ lãnh đạo, quản lý).</summary>
    Member = 4,

    /// <summary>A member not working in the political system (đảng viên không làm việc trong hệ thống chính trị).</summary>
    MemberOutsideSystem = 5,
}

public static class SubjectTypes
{
    public static IReadOnlyList<SubjectType> All { get; } =
        [SubjectType.Organization, SubjectType.Leadership, SubjectType.Leader, SubjectType.Member, SubjectType.MemberOutsideSystem];

    /// <summary>The types a member can be reviewed as.</summary>
    public static IReadOnlyList<SubjectType> OfMembers { get; } = [SubjectType.Member, SubjectType.Leader, SubjectType.MemberOutsideSystem];

    /// <summary>A collective (TCCS, leadership): its HTXSNV needs no sub-unit or leadership member disciplined.</summary>
    public static bool IsCollective(this SubjectType type) => type is SubjectType.Organization or SubjectType.Leadership;

    public static bool IsMember(this SubjectType type) => !type.IsCollective();

    public static string VietnameseName(this SubjectType type) => type switch
    {
        SubjectType.Organization => "Tổ chức cơ sở đảng",
        SubjectType.Leadership => "Tập thể lãnh đạo cấp ủy",
        SubjectType.Leader => "Cá nhân giữ chức vụ lãnh đạo, quản lý",
        SubjectType.Member => "Đảng viên không giữ chức vụ lãnh đạo, quản lý",
        SubjectType.MemberOutsideSystem => "Đảng viên không làm việc trong hệ thống chính trị",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The short label of the entry grid: "LĐ" for a leader, "NHT" outside the political system.</summary>
    public static string ShortName(this SubjectType type) => type switch
    {
        SubjectType.Organization => "TCCS",
        SubjectType.Leadership => "TTLĐ",
        SubjectType.Leader => "LĐ",
        SubjectType.Member => "ĐV",
        SubjectType.MemberOutsideSystem => "NHT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The appendix of Quy định 366 that frames it (docs/domain/366.md §2).</summary>
    public static int Appendix(this SubjectType type) => type switch
    {
        SubjectType.Organization or SubjectType.Leadership => 1,
        SubjectType.Leader => 3,
        SubjectType.Member => 4,
        SubjectType.MemberOutsideSystem => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
