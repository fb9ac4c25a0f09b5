using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

namespace PartyReview.UnitTests.Reporting;

/// <summary>The report's commendations and score sentences, and the comparison of two years.</summary>
public sealed class ReportNarrativeTests
{
    private static CommendationTally Commendations2019(int? exemplary, int? partyBuilding, int? consecutive) =>
        new(2019, "Trong sạch vững mạnh tiêu biểu", 17, exemplary, partyBuilding, null, 5, 9, consecutive);

    [Fact]
    public void Commendations_awarded_by_decisions_read_as_the_article()
    {
        Assert.Equal(
            "Dịp này, Đảng ủy Khối Các cơ quan tỉnh đã trao tặng Giấy khen cho 17 TCCS Đảng đạt tiêu chuẩn “Trong sạch vững mạnh tiêu biểu” năm 2019, "
            + "5 TCCS Đảng có thành tích xuất sắc trong công tác xây dựng Đảng năm 2019, "
            + "9 đảng viên đạt tiêu chuẩn “Đảng viên hoàn thành xuất sắc nhiệm vụ” 5 năm liền từ năm 2015 - 2019.",
            SummaryNarrative.Commendations(Commendations2019(17, 5, 9), "Đảng ủy Khối Các cơ quan tỉnh"));
    }

    [Fact]
    public void Before_any_decision_the_paragraph_reports_who_is_eligible_and_how_the_party_building_award_is_chosen()
    {
        Assert.Equal(
            "Theo kết quả xếp loại, có 17 TCCS Đảng hoàn thành xuất sắc nhiệm vụ đủ điều kiện xét công nhận “Trong sạch vững mạnh tiêu biểu” năm 2019; "
            + "9 đảng viên đạt tiêu chuẩn “Đảng viên hoàn thành xuất sắc nhiệm vụ” 5 năm liền từ năm 2015 - 2019, đủ điều kiện xét tặng Giấy khen; "
            + "các TCCS Đảng có thành tích xuất sắc trong công tác xây dựng Đảng năm 2019 được xét chọn trong số 17 TCCS Đảng hoàn thành xuất sắc nhiệm vụ.",
            SummaryNarrative.Commendations(Commendations2019(null, null, null), "Đảng ủy Khối Các cơ quan tỉnh"));
    }

    [Fact]
    public void Awards_decided_and_awards_still_eligible_are_told_apart()
    {
        var text = SummaryNarrative.Commendations(Commendations2019(17, null, null), "Đảng ủy Khối Các cơ quan tỉnh");
        Assert.StartsWith("Dịp này, Đảng ủy Khối Các cơ quan tỉnh đã trao tặng Giấy khen cho 17 TCCS Đảng đạt tiêu chuẩn", text, StringComparison.Ordinal);
        Assert.Contains("Theo kết quả xếp loại, có 9 đảng viên đạt tiêu chuẩn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("đủ điều kiện xét công nhận", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Point_scale_years_report_the_average_scores_and_level_years_do_not()
    {
        var scores = new ScoreAverages(new ScoreStats(2, 171m), default, new ScoreStats(3, 250m));
        var year2026 = ArticleFigures.Tally2019 with { Year = 2026, RuleSet = RuleSet.Regulation366Guidance43 };
        Assert.Equal(
            "Theo thang điểm 100 (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW), điểm bình quân năm 2026: TCCS Đảng đạt 85,5 điểm (trên 2 TCCS Đảng đã chấm điểm); "
            + "đảng viên đạt 83,3 điểm (trên 3 đảng viên đã chấm điểm).",
            SummaryNarrative.Scores(year2026, scores));
        Assert.Equal("", SummaryNarrative.Scores(ArticleFigures.Tally2019, scores));
        Assert.Equal("", SummaryNarrative.Scores(year2026, ScoreAverages.None));
    }

    [Fact]
    public void Two_years_compare_in_counts_and_percentage_points()
    {
        var earlier = ArticleFigures.Tally2019 with
        {
            Year = 2018,
            Organizations = new SubjectTally(SubjectKind.Organization, [new(QualityLevel.Excellent, null, 15), new(QualityLevel.Good, null, 45), new(QualityLevel.Complete, null, 6)]),
        };
        var comparison = new YearComparison(earlier, ArticleFigures.Tally2019);
        var good = comparison.Subjects[SubjectKind.Organization].Single(l => l.Label == "Hoàn thành tốt nhiệm vụ trở lên");
        Assert.Equal((60, 62, 2), (good.From, good.To, good.Change));
        Assert.Equal("+3", YearComparison.SignedPoints(good.PointsChange));
        var complete = comparison.Subjects[SubjectKind.Organization].Single(l => l.Label == "Hoàn thành nhiệm vụ");
        Assert.Equal("−2", YearComparison.SignedCount(complete.Change));
        Assert.Equal("−3", YearComparison.SignedPoints(complete.PointsChange));
        Assert.Equal("0", YearComparison.SignedCount(0));
    }
}
