using PartyReview.Domain.Reviews;

namespace PartyReview.Domain.Commendations;

/// <summary>Who may be commended: only HTXSNV subjects; "N năm liền" means HTXSNV in each of the N years up to the year.</summary>
public static class Eligibility
{
    public const int DefaultConsecutiveYears = 5;

    /// <summary>The consecutive years ending with <paramref name="year"/> in which the subject was HTXSNV, newest last.</summary>
    public static IReadOnlyList<int> ExcellentStreak(IEnumerable<(int Year, QualityLevel? Level)> history, int year)
    {
        ArgumentNullException.ThrowIfNull(history);
        var excellent = history.Where(h => h.Level == QualityLevel.Excellent).Select(h => h.Year).ToHashSet();
        var streak = new List<int>();
        for (var y = year; excellent.Contains(y); y--)
        {
            streak.Insert(0, y);
        }

        return streak;
    }

    public static bool IsExcellentForYears(IEnumerable<(int Year, QualityLevel? Level)> history, int year, int years) =>
        ExcellentStreak(history, year).Count >= years;

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
