namespace PartyReview.Domain.Commendations;

/// <summary>
/// Who may be commended: only HTXSNV subjects; "N năm liền" means HTXSNV in each of the N years up to the year.
/// The database applies the rule (a grouped count per member over the N periods); this class holds its names and defaults.
/// </summary>
public static class Eligibility
{
    public const int DefaultConsecutiveYears = 5;

    /// <summary>The award's name as printed; the period may rename it (newer local rules say "HTXSNV tiêu biểu").</summary>
    public static string DefaultName(AwardKind award, int year, int consecutiveYears = DefaultConsecutiveYears) => award switch
    {
        AwardKind.ExemplaryOrganization => year <= 2022 ? "Trong sạch vững mạnh tiêu biểu" : "Hoàn thành xuất sắc nhiệm vụ tiêu biểu",
        AwardKind.OutstandingPartyBuilding => "Có thành tích xuất sắc trong công tác xây dựng Đảng",
        AwardKind.ExcellentMember => "Đảng viên hoàn thành xuất sắc nhiệm vụ",
        AwardKind.ExcellentMemberConsecutiveYears => $"Đảng viên hoàn thành xuất sắc nhiệm vụ {consecutiveYears} năm liền",
        _ => throw new ArgumentOutOfRangeException(nameof(award), award, null),
    };

    public static bool IsForOrganizations(this AwardKind award) =>
        award is AwardKind.ExemplaryOrganization or AwardKind.OutstandingPartyBuilding;
}
