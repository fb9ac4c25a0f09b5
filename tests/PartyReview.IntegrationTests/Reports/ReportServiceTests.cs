using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reports;

using PartyReview.IntegrationTests.Reviews;

namespace PartyReview.IntegrationTests.Reports;

/// <summary>The year-end report generated from the demo data: its sentences, its exports and its saved versions.</summary>
[Collection(DemoDatabaseGroup.Name)]
public sealed class ReportServiceTests(DemoDatabaseFixture demo)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The article's figures, in the report's sentences (the reasons for not rating members are the demo's).</summary>
    private static readonly string[] Expected2019 =
    [
        "Năm 2019, Đảng ủy Khối kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm); xét chuyển đảng chính thức cho 132 đồng chí đảng viên dự bị; "
        + "chuyển sinh hoạt Đảng đi cho 165 lượt đảng viên; tiếp nhận chuyển sinh hoạt Đảng đến cho 70 lượt đảng viên; cho ra khỏi Đảng 2 đồng chí; "
        + "xóa tên 1 đảng viên; cấp thẻ đảng viên cho 148 đồng chí.",
        "Kết quả phân loại chất lượng TCCS Đảng, đảng viên năm 2019, toàn Đảng bộ có 66/68 TCCS Đảng được xếp loại "
        + "(02 TCCS Đảng mới thành lập dưới 6 tháng không xếp loại). Trong đó, 62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ trở lên "
        + "(trong đó 17/62 hoàn thành xuất sắc nhiệm vụ); 04/66 TCCS Đảng hoàn thành nhiệm vụ.",
        // Not in the article: the demo's chi bộ trực thuộc (ADR 0008), on a line of their own, so the TCCS line above is unchanged.
        "Đối với chi bộ trực thuộc đảng ủy cơ sở, có 8/8 chi bộ trực thuộc được xếp loại. Trong đó, 6/8 chi bộ trực thuộc hoàn thành tốt nhiệm vụ "
        + "trở lên (trong đó 3 hoàn thành xuất sắc nhiệm vụ); 2/8 chi bộ trực thuộc hoàn thành nhiệm vụ.",
        "Trong năm 2019, Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng có tổng cộng 58/60 tập thể lãnh đạo cấp ủy cơ sở trực thuộc được đánh giá xếp loại chất lượng "
        + "(2 tập thể mới thành lập dưới 6 tháng không xếp loại). Trong đó, hoàn thành tốt nhiệm vụ là 37/58 tập thể; hoàn thành nhiệm vụ 4/58 tập thể; "
        + "hoàn thành xuất sắc nhiệm vụ là 17/58 tập thể.",
        "Toàn Đảng bộ có 2.662/2.748 đảng viên đã kiểm điểm, xếp loại trong năm 2019 (DEMO_REASONS không xếp loại). Trong đó, có 2.607 đảng viên "
        + "hoàn thành tốt nhiệm vụ trở lên (trong đó 386 đảng viên hoàn thành xuất sắc nhiệm vụ), 49 đảng viên hoàn thành nhiệm vụ, "
        + "có 06 đảng viên không hoàn thành nhiệm vụ.",
        "Dịp này, Đảng ủy Khối Các cơ quan tỉnh đã trao tặng Giấy khen cho 17 TCCS Đảng đạt tiêu chuẩn “Trong sạch vững mạnh tiêu biểu” năm 2019, "
        + "5 TCCS Đảng có thành tích xuất sắc trong công tác xây dựng Đảng năm 2019, "
        + "9 đảng viên đạt tiêu chuẩn “Đảng viên hoàn thành xuất sắc nhiệm vụ” 5 năm liền từ năm 2015 - 2019.",
    ];

    private async Task<SummaryViewModel> Report2019Async()
    {
        await using var db = demo.CreateContext();
        return (await ReportTestServices.Summaries(db).GetAsync(2019, null, Token))!;
    }

    [Fact]
    public async Task The_2019_report_generated_from_the_demo_reads_as_the_article()
    {
        var report = await Report2019Async();
        var reasons = report.Subjects.Single(s => s.Kind == SubjectKind.Member).Tally.NotRatedByReason
            .Select(r => $"{PartyReview.Domain.Formatting.VietnameseFormat.Count(r.Count)} đảng viên {r.Reason.VietnameseName()}");
        var expected = Expected2019.Select(p => p.Replace("DEMO_REASONS", string.Join(", ", reasons), StringComparison.Ordinal)).ToList();
        Assert.Equal(86, report.Subjects.Single(s => s.Kind == SubjectKind.Member).Tally.NotRated);
        Assert.Equal(expected, report.Narrative);
        Assert.Null(report.Shown);
        Assert.Equal(report.GeneratedText, report.ReportText);
    }

    [Fact]
    public async Task Once_the_decisions_are_issued_the_commendations_paragraph_is_the_articles_sentence()
    {
        // Before the demo's ceremony: only who is eligible; then the three decisions issued in the app.
        var connectionString = await DemoDatabase.CopyAsync();
        await DemoDatabase.RemoveCommendationsAsync(connectionString);
        await using (var before = DemoDatabase.CreateContext(connectionString))
        {
            var draft = (await ReportTestServices.Summaries(before).GetAsync(2019, null, Token))!;
            Assert.StartsWith("Theo kết quả xếp loại, có 17 TCCS Đảng hoàn thành xuất sắc nhiệm vụ đủ điều kiện", draft.Narrative[^1], StringComparison.Ordinal);
        }

        await using var db = DemoDatabase.CreateContext(connectionString);
        var commendations = ReportTestServices.Commendations(db);
        var lists = (await commendations.GetAsync(2019, Token))!;
        int[] Candidates(AwardKind award, int take) => [.. lists.Awards.Single(a => a.Award == award).Page.Items.Take(take).Select(c => c.Id)];
        foreach (var (award, recipients) in new[]
                 {
                     (AwardKind.ExemplaryOrganization, Candidates(AwardKind.ExemplaryOrganization, 17)),
                     (AwardKind.OutstandingPartyBuilding, Candidates(AwardKind.OutstandingPartyBuilding, 5)),
                     (AwardKind.ExcellentMemberConsecutiveYears, Candidates(AwardKind.ExcellentMemberConsecutiveYears, 9)),
                 })
        {
            var created = await commendations.CreateDecisionAsync(2019, award, recipients, Token);
            Assert.True(created.Succeeded, created.FirstError?.MessageKey);
            Assert.True((await commendations.IssueAsync(created.Value, Token)).Succeeded);
        }

        var report = (await ReportTestServices.Summaries(db).GetAsync(2019, null, Token))!;
        Assert.Equal(
            "Dịp này, Đảng ủy Khối Các cơ quan tỉnh đã trao tặng Giấy khen cho 17 TCCS Đảng đạt tiêu chuẩn “Trong sạch vững mạnh tiêu biểu” năm 2019, "
            + "5 TCCS Đảng có thành tích xuất sắc trong công tác xây dựng Đảng năm 2019, "
            + "9 đảng viên đạt tiêu chuẩn “Đảng viên hoàn thành xuất sắc nhiệm vụ” 5 năm liền từ năm 2015 - 2019.",
            report.Narrative[^1]);
    }

    [Fact]
    public async Task The_2026_report_follows_Quy_dinh_366_and_gives_the_average_scores()
    {
        await using var db = demo.CreateContext();
        var report = (await ReportTestServices.Summaries(db).GetAsync(2026, null, Token))!;
        Assert.True(report.UsesPointScale);
        var members = report.Subjects.Single(s => s.Kind == SubjectKind.Member).Scores;
        var expected = await db.MemberReviews.Where(r => r.Score != null && r.ReviewPeriodId == db.ReviewPeriods.Single(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id)).Id)
            .Select(r => r.Score!.Value).ToListAsync(Token);
        Assert.Equal(expected.Count, members.Scored);
        Assert.Equal(expected.Average(), members.Average!.Value, 4);
        Assert.Contains(report.Narrative, p => p.StartsWith("Theo thang điểm 100 (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW), điểm bình quân năm 2026:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Word_report_validates_and_carries_the_party_header_the_figures_and_real_tables()
    {
        var report = await Report2019Async();
        var bytes = ReportExports.ToDocx(report);
        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(word, Token));
        var body = word.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        foreach (var expected in new[]
                 {
                     "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Đồng, ngày 16 tháng 01 năm 2020", "BÁO CÁO",
                     "145 đảng viên mới (đạt 120,8% chỉ tiêu năm)", "66/68 TCCS Đảng được xếp loại", "62/66", "17/62", "04/66", "37/58", "4/58", "17/58",
                     "2.662/2.748 đảng viên", "2.607", "386", "06 đảng viên không hoàn thành nhiệm vụ", "T/M ĐẢNG ỦY",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var tables = body.Elements<Table>().ToList();
        var exclusive = tables.Single(t => t.InnerText.Contains("Không xếp loại", StringComparison.Ordinal) && t.InnerText.Contains("Chưa có kết quả", StringComparison.Ordinal));
        var memberRow = exclusive.Elements<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Đảng viên");
        Assert.Equal(["Đảng viên", "2.748", "2.662", "386", "2.221", "49", "6", "86", "0"], memberRow.Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(exclusive.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
    }

    [Fact]
    public async Task The_Excel_tables_read_back_equal_the_tally()
    {
        var report = await Report2019Async();
        using var stream = new MemoryStream(ReportExports.ToXlsx(report));
        var rows = stream.Query(useHeaderRow: true, sheetName: ReportExports.ExclusiveSheet).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        foreach (var subject in report.Subjects)
        {
            var t = subject.Tally;
            var row = rows.Single(r => (string)r["Đối tượng"] == ReportExports.SubjectName(subject.Kind));
            Assert.Equal(
                [t.Total, t.Rated, t.Excellent, t.GoodOnly, t.Complete, t.NotComplete, t.NotRated, t.Pending],
                new[] { "Tổng số", "Được xếp loại", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Không xếp loại", "Chưa có kết quả" }.Select(k => Convert.ToInt32(row[k], System.Globalization.CultureInfo.InvariantCulture)));
        }

        stream.Position = 0;
        var cumulative = stream.Query(useHeaderRow: true, sheetName: ReportExports.CumulativeSheet).Cast<IDictionary<string, object>>()
            .Single(r => (string)r["Đối tượng"] == "Tổ chức cơ sở đảng");
        Assert.Equal(62, Convert.ToInt32(cumulative["HTTNV trở lên"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(17, Convert.ToInt32(cumulative["Trong đó HTXSNV"], System.Globalization.CultureInfo.InvariantCulture));

        stream.Position = 0;
        var movements = stream.Query(useHeaderRow: true, sheetName: ReportExports.MovementsSheet).Cast<IDictionary<string, object>>()
            .ToDictionary(r => (string)r["Nội dung"], r => Convert.ToInt32(r["Số lượng"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(145, movements["Kết nạp đảng viên mới"]);
        Assert.Equal(120, movements["Chỉ tiêu kết nạp"]);
    }

    [Fact]
    public async Task Saving_the_edited_text_keeps_every_version_and_the_generated_draft()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        await using var db = DemoDatabase.CreateContext(connectionString);
        var service = ReportTestServices.Summaries(db);

        var empty = (await service.SaveVersionAsync(2019, "   ", Token))!;
        Assert.False(empty.Succeeded);
        Assert.Equal(ReportsMessages.TextEmpty, empty.FirstError!.MessageKey);
        Assert.Equal("Nội dung báo cáo không được để trống.", ReportTestServices.App(connectionString).VietnameseText<ReportsMessages>(empty));
        Assert.Null(await service.SaveVersionAsync(2010, "Báo cáo", Token));
        Assert.Equal(1, (await service.SaveVersionAsync(2019, "Bản đầu.\r\n\r\nĐoạn hai.", Token))!.Value);
        Assert.Equal(2, (await service.SaveVersionAsync(2019, "Bản sửa lần hai.", Token))!.Value);

        var report = (await service.GetAsync(2019, null, Token))!;
        Assert.Equal([2, 1], report.Versions.Select(v => v.Number));
        Assert.Equal("Bản sửa lần hai.", report.ReportText);
        Assert.Equal(6, report.Narrative.Count); // the article's five paragraphs and the chi bộ trực thuộc line
        var first = (await service.GetAsync(2019, 1, Token))!;
        Assert.Equal(["Bản đầu.", "Đoạn hai."], first.ReportParagraphs);
        Assert.Null(await service.GetAsync(2019, 7, Token));
        Assert.Empty(await db.ReportVersions.Where(v => v.Year == 2026).ToListAsync(Token));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(ReportVersion), Token));
    }

    [Fact]
    public async Task The_drill_down_lists_hold_exactly_the_counted_subjects()
    {
        await using var db = demo.CreateContext();
        var dashboards = ReportTestServices.Dashboards(db);
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == 2019 && p.CommitteeId == db.Committees.Min(c => c.Id), Token);

        var excellent = (await dashboards.DrillAsync(2019, DrillSubject.Organization, DrillLevel.Excellent, null, null, 1, Token))!;
        // The TCCS line's drill-down: the chi bộ trực thuộc have their own (ADR 0008).
        var expectedOrganizations = await db.OrganizationReviews
            .Where(r => r.ReviewPeriodId == period.Id && r.Level == QualityLevel.Excellent && db.Organizations.Any(o => o.Id == r.OrganizationId && o.ParentId == null))
            .Select(r => r.OrganizationId).ToListAsync(Token);
        Assert.Equal(17, excellent.Rows.Total);
        Assert.Equal(expectedOrganizations.Order(), excellent.Rows.Items.Select(r => r.Id).Order());

        var notComplete = (await dashboards.DrillAsync(2019, DrillSubject.Member, DrillLevel.NotComplete, null, null, 1, Token))!;
        var expectedMembers = await db.MemberReviews.Where(r => r.ReviewPeriodId == period.Id && r.Level == QualityLevel.NotComplete)
            .Select(r => r.MemberId).ToListAsync(Token);
        Assert.Equal(6, notComplete.Rows.Total);
        Assert.Equal(expectedMembers.Order(), notComplete.Rows.Items.Select(r => r.Id).Order());
        Assert.All(notComplete.Rows.Items, r => Assert.Equal(QualityLevel.NotComplete, r.Level));

        var good = (await dashboards.DrillAsync(2019, DrillSubject.Organization, DrillLevel.GoodOrBetter, null, null, 3, Token))!;
        Assert.Equal((62, 3, 12), (good.Rows.Total, good.Rows.Page, good.Rows.Items.Count));

        var page1 = (await dashboards.DrillAsync(2019, DrillSubject.Member, DrillLevel.Rated, null, null, 1, Token))!;
        var page2 = (await dashboards.DrillAsync(2019, DrillSubject.Member, DrillLevel.Rated, null, null, 2, Token))!;
        Assert.Equal((2662, 25, 25), (page1.Rows.Total, page1.Rows.Items.Count, page2.Rows.Items.Count));
        Assert.Empty(page1.Rows.Items.Select(r => r.Id).Intersect(page2.Rows.Items.Select(r => r.Id)));

        var notRated = (await dashboards.DrillAsync(2019, DrillSubject.Organization, DrillLevel.NotRated, NotRatedReason.NewlyFounded, null, 1, Token))!;
        Assert.Equal(2, notRated.Rows.Total);

        var admissions = (await dashboards.DrillAsync(2019, DrillSubject.Admission, DrillLevel.All, null, null, 1, Token))!;
        Assert.Equal(145, admissions.Rows.Total);
    }

    [Fact]
    public async Task A_drill_down_for_one_organization_lists_its_members_as_the_table_counts_them()
    {
        await using var db = demo.CreateContext();
        var dashboards = ReportTestServices.Dashboards(db);
        var dashboard = (await dashboards.GetAsync(2019, Token))!;
        var line = dashboard.Organizations.Items.First(l => l.Members.Excellent > 0);
        var drill = (await dashboards.DrillAsync(2019, DrillSubject.Member, DrillLevel.Excellent, null, line.Organization.Id, 1, Token))!;
        Assert.Equal(line.Members.Excellent, drill.Rows.Total);
        Assert.All(drill.Rows.Items, r => Assert.Equal(line.Organization.Id, r.OrganizationId));
        var allRows = await (await dashboards.OrganizationTableAsync(2019, new OrganizationTableRequest(), Token))!.ToListAsync(Token);
        Assert.Equal(2748, allRows.Sum(r => r.Members));
    }

    [Fact]
    public async Task The_dashboard_gives_the_key_figures_with_the_previous_year_and_every_year_for_the_trend()
    {
        await using var db = demo.CreateContext();
        var dashboard = (await ReportTestServices.Dashboards(db).GetAsync(2019, Token))!;
        Assert.Equal([2015, 2016, 2017, 2018, 2019, 2026], dashboard.Years.Select(y => y.Year));
        Assert.Equal(2018, dashboard.PreviousYear);
        var organizations = dashboard.KeyFigures.Single(k => k.Id == "organizations-good");
        Assert.Equal((62, 66), (organizations.Part, organizations.Whole));
        Assert.NotNull(organizations.PreviousPart);
        var members = dashboard.KeyFigures.Single(k => k.Id == "members-reviewed");
        Assert.Equal((2662, 2748), (members.Part, members.Whole));
        Assert.Equal((145, 120), (dashboard.Admitted, dashboard.AdmissionTarget));
        Assert.Equal(68, dashboard.Organizations.Total);
        Assert.Equal(2026, dashboard.OpenYear);
        Assert.Equal(68, dashboard.OpenTotal);
        Assert.InRange(dashboard.OpenFinished, 1, 67);

        var newest = (await ReportTestServices.Dashboards(db).GetAsync(null, Token))!;
        Assert.Equal((2026, 2019), (newest.Year, newest.PreviousYear));
    }

    [Fact]
    public async Task Two_years_compare_side_by_side()
    {
        await using var db = demo.CreateContext();
        var model = (await ReportTestServices.Dashboards(db).CompareAsync(2018, 2019, Token))!;
        var good = model.Comparison.Subjects[SubjectKind.Organization].Single(l => l.Label == "Hoàn thành tốt nhiệm vụ trở lên");
        Assert.Equal(62, good.To);
        Assert.Equal(good.To - good.From, good.Change);
        Assert.Equal(145, model.Comparison.Movements.Single(m => m.Label == "Kết nạp đảng viên mới").To);
        Assert.Null(await ReportTestServices.Dashboards(db).CompareAsync(2010, 2019, Token));
    }
}
