using System.Text;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;

namespace PartyReview.Domain.Reporting;

/// <summary>
/// Writes the year-end report's sentences from the counts, in the words of the committee's own reports
/// (see the 2019 article of Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng).
/// Organizations and members are reported cumulatively ("hoàn thành tốt nhiệm vụ trở lên, trong đó … xuất sắc");
/// leadership collectives exclusively, one level each, as the article does.
/// </summary>
public static class SummaryNarrative
{
    /// <summary>"Năm 2019, Đảng ủy Khối kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm); …".</summary>
    public static string Movements(int year, string committeeShortName, MovementTally movements)
    {
        ArgumentNullException.ThrowIfNull(movements);
        var text = new StringBuilder($"Năm {year}, {committeeShortName} kết nạp {VietnameseFormat.Count(movements.Admitted)} đảng viên mới");
        if (movements.AdmissionShareOfTarget is { } share)
        {
            text.Append($" (đạt {VietnameseFormat.Percent(share)} chỉ tiêu năm)");
        }

        text.Append($"; xét chuyển đảng chính thức cho {VietnameseFormat.Count(movements.Count(MembershipEventKind.MadeOfficial))} đồng chí đảng viên dự bị");
        text.Append($"; chuyển sinh hoạt Đảng đi cho {VietnameseFormat.Count(movements.Count(MembershipEventKind.TransferredOut))} lượt đảng viên");
        text.Append($"; tiếp nhận chuyển sinh hoạt Đảng đến cho {VietnameseFormat.Count(movements.Count(MembershipEventKind.TransferredIn))} lượt đảng viên");
        text.Append($"; cho ra khỏi Đảng {VietnameseFormat.Count(movements.Count(MembershipEventKind.Removed))} đồng chí");
        text.Append($"; xóa tên {VietnameseFormat.Count(movements.Count(MembershipEventKind.StruckOff))} đảng viên");
        var deceased = movements.Count(MembershipEventKind.Deceased);
        if (deceased > 0)
        {
            text.Append($"; {VietnameseFormat.Count(deceased)} đồng chí từ trần");
        }

        text.Append($"; cấp thẻ đảng viên cho {VietnameseFormat.Count(movements.Count(MembershipEventKind.PartyCardIssued))} đồng chí.");
        return text.ToString();
    }

    /// <summary>The organizations' sentences: rated out of total, then the levels, cumulative.</summary>
    public static string Organizations(YearTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var t = tally.Organizations;
        var text = new StringBuilder(
            $"Kết quả phân loại chất lượng TCCS Đảng, đảng viên năm {tally.Year}, toàn Đảng bộ có {VietnameseFormat.Fraction(t.Rated, t.Total)} TCCS Đảng được xếp loại");
        AppendNotRated(text, t, "TCCS Đảng", padded: true);
        text.Append('.');
        if (t.Rated > 0)
        {
            text.Append($" Trong đó, {VietnameseFormat.Fraction(t.GoodOrBetter, t.Rated, padded: true)} TCCS Đảng đạt hoàn thành tốt nhiệm vụ trở lên");
            text.Append($" (trong đó {VietnameseFormat.Fraction(t.Excellent, t.GoodOrBetter, padded: true)} hoàn thành xuất sắc nhiệm vụ)");
            text.Append($"; {VietnameseFormat.Fraction(t.Complete, t.Rated, padded: true)} TCCS Đảng hoàn thành nhiệm vụ");
            if (t.NotComplete > 0)
            {
                text.Append($"; {VietnameseFormat.Fraction(t.NotComplete, t.Rated, padded: true)} TCCS Đảng không hoàn thành nhiệm vụ");
            }

            text.Append('.');
        }

        return text.ToString();
    }

    /// <summary>
    /// The chi bộ trực thuộc sentence, cumulative like the TCCS line: "X/Y chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở
    /// lên (trong đó Z hoàn thành xuất sắc nhiệm vụ)", Y the chi bộ rated (docs/domain/structure.md §2: the wording
    /// follows the seed article's convention; an assumption). Empty when the committee has no chi bộ trực thuộc.
    /// </summary>
    public static string AffiliatedCells(YearTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var t = tally.AffiliatedCells;
        if (t.Total == 0)
        {
            return "";
        }

        var text = new StringBuilder(
            $"Đối với chi bộ trực thuộc đảng ủy cơ sở, có {VietnameseFormat.Fraction(t.Rated, t.Total)} chi bộ trực thuộc được xếp loại");
        AppendNotRated(text, t, "chi bộ trực thuộc", padded: true);
        text.Append('.');
        if (t.Rated > 0)
        {
            text.Append($" Trong đó, {VietnameseFormat.Fraction(t.GoodOrBetter, t.Rated)} chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên");
            text.Append($" (trong đó {VietnameseFormat.Count(t.Excellent)} hoàn thành xuất sắc nhiệm vụ)");
            text.Append($"; {VietnameseFormat.Fraction(t.Complete, t.Rated)} chi bộ trực thuộc hoàn thành nhiệm vụ");
            if (t.NotComplete > 0)
            {
                text.Append($"; {VietnameseFormat.Fraction(t.NotComplete, t.Rated)} chi bộ trực thuộc không hoàn thành nhiệm vụ");
            }

            text.Append('.');
        }

        return text.ToString();
    }

    /// <summary>The leadership collectives' sentences: one level each (exclusive), as the article reports them.</summary>
    public static string Leadership(YearTally tally, string committeeName)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var t = tally.Leadership;
        var text = new StringBuilder(
            $"Trong năm {tally.Year}, {committeeName} có tổng cộng {VietnameseFormat.Fraction(t.Rated, t.Total)} tập thể lãnh đạo cấp ủy cơ sở trực thuộc được đánh giá xếp loại chất lượng");
        AppendNotRated(text, t, "tập thể", padded: false);
        text.Append('.');
        if (t.Rated > 0)
        {
            text.Append($" Trong đó, hoàn thành tốt nhiệm vụ là {VietnameseFormat.Fraction(t.GoodOnly, t.Rated)} tập thể");
            text.Append($"; hoàn thành nhiệm vụ {VietnameseFormat.Fraction(t.Complete, t.Rated)} tập thể");
            if (t.NotComplete > 0)
            {
                text.Append($"; không hoàn thành nhiệm vụ {VietnameseFormat.Fraction(t.NotComplete, t.Rated)} tập thể");
            }

            text.Append($"; hoàn thành xuất sắc nhiệm vụ là {VietnameseFormat.Fraction(t.Excellent, t.Rated)} tập thể.");
        }

        return text.ToString();
    }

    /// <summary>The members' sentences: reviewed out of total, then the levels, cumulative for "tốt".</summary>
    public static string Members(YearTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var t = tally.Members;
        var text = new StringBuilder(
            $"Toàn Đảng bộ có {VietnameseFormat.Fraction(t.Rated, t.Total)} đảng viên đã kiểm điểm, xếp loại trong năm {tally.Year}");
        AppendNotRated(text, t, "đảng viên", padded: false);
        text.Append('.');
        if (t.Rated > 0)
        {
            text.Append($" Trong đó, có {VietnameseFormat.Count(t.GoodOrBetter)} đảng viên hoàn thành tốt nhiệm vụ trở lên");
            text.Append($" (trong đó {VietnameseFormat.Count(t.Excellent)} đảng viên hoàn thành xuất sắc nhiệm vụ)");
            text.Append($", {VietnameseFormat.Count(t.Complete)} đảng viên hoàn thành nhiệm vụ");
            text.Append($", có {VietnameseFormat.PaddedCount(t.NotComplete)} đảng viên không hoàn thành nhiệm vụ.");
        }

        return text.ToString();
    }

    /// <summary>
    /// Under the 100-point scale (Quy định 366-QĐ/TW): the average score of each subject kind scored. Empty for the
    /// years rated by level only, or when nothing is scored yet.
    /// </summary>
    public static string Scores(YearTally tally, ScoreAverages scores)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(scores);
        if (!tally.RuleSet.UsesPointScale() || scores.IsEmpty)
        {
            return "";
        }

        var parts = new List<string>();
        Add("TCCS Đảng", scores.Organizations);
        Add("tập thể lãnh đạo cấp ủy", scores.Leadership);
        Add("đảng viên", scores.Members);
        return $"Theo thang điểm 100 ({tally.RuleSet.Documents()}), điểm bình quân năm {tally.Year}: {string.Join("; ", parts)}.";

        void Add(string noun, ScoreStats stats)
        {
            if (stats.Average is { } average)
            {
                parts.Add($"{noun} đạt {VietnameseFormat.Score(Math.Round(average, 1, MidpointRounding.AwayFromZero))} điểm (trên {VietnameseFormat.Count(stats.Scored)} {noun} đã chấm điểm)");
            }
        }
    }

    /// <summary>
    /// Under Quy định 366: the average decided score of each subject type scored (TCCS, tập thể lãnh đạo, cá nhân lãnh
    /// đạo, đảng viên, ngoài hệ thống chính trị), then how many decisions the competent body changed from the proposals.
    /// </summary>
    public static string Scores(YearTally tally, StepFigures figures)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(figures);
        if (!tally.RuleSet.UsesPointScale())
        {
            return "";
        }

        var parts = figures.Averages
            .Where(a => a.Scores.Average is not null)
            .Select(a => $"{StepFigures.Noun(a.Type)} đạt {VietnameseFormat.Score(Math.Round(a.Scores.Average!.Value, 1, MidpointRounding.AwayFromZero))} điểm (trên {VietnameseFormat.Count(a.Scores.Scored)} đã chấm điểm)")
            .ToList();
        var text = new StringBuilder();
        if (parts.Count > 0)
        {
            text.Append($"Theo thang điểm 100 ({tally.RuleSet.Documents()}), điểm bình quân năm {tally.Year}: {string.Join("; ", parts)}.");
        }

        if (figures.DecisionsWithProposal > 0)
        {
            text.Append(text.Length > 0 ? " " : "").Append(Adjustments(figures.Adjusted));
        }

        return text.ToString();
    }

    /// <summary>"Cấp có thẩm quyền điều chỉnh 3 trường hợp so với đề xuất."</summary>
    public static string Adjustments(int adjusted) =>
        $"Cấp có thẩm quyền điều chỉnh {VietnameseFormat.Count(adjusted)} trường hợp so với đề xuất.";

    /// <summary>
    /// The commendations paragraph. Awards given by issued decisions are reported as the article does ("đã trao tặng
    /// Giấy khen cho 17 TCCS Đảng đạt tiêu chuẩn “Trong sạch vững mạnh tiêu biểu” năm 2019, 5 TCCS Đảng…, 9 đảng
    /// viên…"); awards not decided yet are reported as eligible, from the reviews. Empty when there is nothing to say.
    /// </summary>
    public static string Commendations(CommendationTally commendations, string issuingBody)
    {
        ArgumentNullException.ThrowIfNull(commendations);
        var c = commendations;
        var exemplary = $"TCCS Đảng đạt tiêu chuẩn “{c.ExemplaryAwardName}” năm {c.Year}";
        var partyBuilding = $"TCCS Đảng có thành tích xuất sắc trong công tác xây dựng Đảng năm {c.Year}";
        var consecutive = $"đảng viên đạt tiêu chuẩn “Đảng viên hoàn thành xuất sắc nhiệm vụ” {c.ConsecutiveYears} năm liền từ năm {c.FirstConsecutiveYear} - {c.Year}";

        var awarded = new List<string>();
        if (c.ExemplaryAwarded is { } e)
        {
            awarded.Add($"{VietnameseFormat.Count(e)} {exemplary}");
        }

        if (c.PartyBuildingAwarded is { } b)
        {
            awarded.Add($"{VietnameseFormat.Count(b)} {partyBuilding}");
        }

        if (c.ExcellentMembersAwarded is { } m)
        {
            awarded.Add($"{VietnameseFormat.Count(m)} đảng viên đạt tiêu chuẩn “Đảng viên hoàn thành xuất sắc nhiệm vụ” năm {c.Year}");
        }

        if (c.ConsecutiveAwarded is { } n)
        {
            awarded.Add($"{VietnameseFormat.Count(n)} {consecutive}");
        }

        var eligible = new List<string>();
        if (c.ExemplaryAwarded is null && c.ExemplaryEligible > 0)
        {
            eligible.Add($"{VietnameseFormat.Count(c.ExemplaryEligible)} TCCS Đảng hoàn thành xuất sắc nhiệm vụ đủ điều kiện xét công nhận “{c.ExemplaryAwardName}” năm {c.Year}");
        }

        if (c.ConsecutiveAwarded is null && c.ConsecutiveEligible > 0)
        {
            eligible.Add($"{VietnameseFormat.Count(c.ConsecutiveEligible)} {consecutive}");
        }

        var text = new StringBuilder();
        if (awarded.Count > 0)
        {
            text.Append($"Dịp này, {issuingBody} đã trao tặng Giấy khen cho {string.Join(", ", awarded)}.");
        }

        if (eligible.Count > 0)
        {
            text.Append(text.Length > 0 ? " " : "")
                .Append($"Theo kết quả xếp loại, có {string.Join("; ", eligible)}, đủ điều kiện xét tặng Giấy khen");
            if (c.PartyBuildingAwarded is null && c.ExemplaryEligible > 0)
            {
                text.Append($"; các TCCS Đảng có thành tích xuất sắc trong công tác xây dựng Đảng năm {c.Year} được xét chọn trong số {VietnameseFormat.Count(c.ExemplaryEligible)} TCCS Đảng hoàn thành xuất sắc nhiệm vụ");
            }

            text.Append('.');
        }

        return text.ToString();
    }

    /// <summary>"(02 TCCS Đảng mới thành lập dưới 6 tháng không xếp loại)", with pending ones named too.</summary>
    private static void AppendNotRated(StringBuilder text, SubjectTally tally, string noun, bool padded)
    {
        var parts = tally.NotRatedByReason
            .Select(p => $"{Format(p.Count)} {noun} {p.Reason.VietnameseName()}")
            .ToList();
        if (parts.Count > 0)
        {
            text.Append(" (").Append(string.Join(", ", parts)).Append(" không xếp loại)");
        }

        if (tally.Pending > 0)
        {
            text.Append($"; còn {Format(tally.Pending)} {noun} chưa có kết quả");
        }

        if (tally.Absent > 0)
        {
            text.Append($"; {Format(tally.Absent)} {noun} vắng mặt (chưa kiểm điểm)");
        }

        string Format(int count) => padded ? VietnameseFormat.PaddedCount(count) : VietnameseFormat.Count(count);
    }
}
