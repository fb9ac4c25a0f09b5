using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

namespace PartyReview.UnitTests.Reporting;

/// <summary>The generated sentences, built from the article's figures, read as the article does.</summary>
public sealed class SummaryNarrativeTests
{
    [Fact]
    public void Movements_paragraph_matches_the_article()
    {
        Assert.Equal(
            "Năm 2019, Đảng ủy Khối kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm); xét chuyển đảng chính thức cho 132 đồng chí đảng viên dự bị; "
            + "chuyển sinh hoạt Đảng đi cho 165 lượt đảng viên; tiếp nhận chuyển sinh hoạt Đảng đến cho 70 lượt đảng viên; cho ra khỏi Đảng 2 đồng chí; "
            + "xóa tên 1 đảng viên; cấp thẻ đảng viên cho 148 đồng chí.",
            SummaryNarrative.Movements(2019, "Đảng ủy Khối", ArticleFigures.Movements2019));
    }

    [Fact]
    public void Organizations_are_reported_cumulatively_with_their_denominators()
    {
        Assert.Equal(
            "Kết quả phân loại chất lượng TCCS Đảng, đảng viên năm 2019, toàn Đảng bộ có 66/68 TCCS Đảng được xếp loại "
            + "(02 TCCS Đảng mới thành lập dưới 6 tháng không xếp loại). Trong đó, 62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ trở lên "
            + "(trong đó 17/62 hoàn thành xuất sắc nhiệm vụ); 04/66 TCCS Đảng hoàn thành nhiệm vụ.",
            SummaryNarrative.Organizations(ArticleFigures.Tally2019));
    }

    [Fact]
    public void Leadership_collectives_are_reported_one_level_each_as_the_article_does()
    {
        Assert.Equal(
            "Trong năm 2019, Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng có tổng cộng 58/60 tập thể lãnh đạo cấp ủy cơ sở trực thuộc được đánh giá xếp loại chất lượng "
            + "(2 tập thể mới thành lập dưới 6 tháng không xếp loại). Trong đó, hoàn thành tốt nhiệm vụ là 37/58 tập thể; hoàn thành nhiệm vụ 4/58 tập thể; "
            + "hoàn thành xuất sắc nhiệm vụ là 17/58 tập thể.",
            SummaryNarrative.Leadership(ArticleFigures.Tally2019, "Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng"));
    }

    [Fact]
    public void Members_are_reported_with_reviewed_out_of_total_and_the_reasons()
    {
        Assert.Equal(
            "Toàn Đảng bộ có 2.662/2.748 đảng viên đã kiểm điểm, xếp loại trong năm 2019 (61 đảng viên mới kết nạp dưới 6 tháng, "
            + "22 đảng viên miễn công tác và sinh hoạt đảng, 3 đảng viên đình chỉ sinh hoạt đảng không xếp loại). Trong đó, có 2.607 đảng viên "
            + "hoàn thành tốt nhiệm vụ trở lên (trong đó 386 đảng viên hoàn thành xuất sắc nhiệm vụ), 49 đảng viên hoàn thành nhiệm vụ, "
            + "có 06 đảng viên không hoàn thành nhiệm vụ.",
            SummaryNarrative.Members(ArticleFigures.Tally2019));
    }

    [Fact]
    public void An_open_period_says_how_many_are_still_pending()
    {
        var tally = new YearTally(2026, RuleSet.Regulation366Guidance43, ReviewPeriodStatus.Open,
            new SubjectTally(SubjectKind.Organization, [new(QualityLevel.Good, null, 10), new(null, null, 58)]),
            new SubjectTally(SubjectKind.Leadership, []),
            new SubjectTally(SubjectKind.Member, []));
        Assert.Contains("10/68 TCCS Đảng được xếp loại; còn 58 TCCS Đảng chưa có kết quả.", SummaryNarrative.Organizations(tally), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chi_bo_truc_thuoc_line_counts_them_apart_and_says_nothing_when_there_are_none()
    {
        Assert.Equal("", SummaryNarrative.AffiliatedCells(ArticleFigures.Tally2019));

        var tally = ArticleFigures.Tally2019 with
        {
            AffiliatedCells = new SubjectTally(SubjectKind.Organization,
                [new(QualityLevel.Excellent, null, 3), new(QualityLevel.Good, null, 4), new(QualityLevel.Complete, null, 1), new(null, NotRatedReason.NewlyFounded, 1)]),
        };
        Assert.Equal(
            "Đối với chi bộ trực thuộc đảng ủy cơ sở, có 8/9 chi bộ trực thuộc được xếp loại (01 chi bộ trực thuộc mới thành lập dưới 6 tháng không xếp loại). "
            + "Trong đó, 7/8 chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên (trong đó 3 hoàn thành xuất sắc nhiệm vụ); 1/8 chi bộ trực thuộc hoàn thành nhiệm vụ.",
            SummaryNarrative.AffiliatedCells(tally));

        // The TCCS line is the article's whatever the chi bộ.
        Assert.Equal(SummaryNarrative.Organizations(ArticleFigures.Tally2019), SummaryNarrative.Organizations(tally));
    }
}
