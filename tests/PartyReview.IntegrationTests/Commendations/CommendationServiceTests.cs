using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PartyReview.Data;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Reviews;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Commendations;

namespace PartyReview.IntegrationTests.Commendations;

/// <summary>Eligibility, numbering and the printed documents, on the demo's 2019 data (real SQLite).</summary>
public sealed class CommendationServiceTests
{
    private static readonly DateTimeOffset Today = new(2020, 1, 16, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The commendation use cases from the app's DI as the clerk, on 16/01/2020, with the scope's context.</summary>
    private static CommendationService Service(EntryTestContext context, out PartyReviewDbContext db)
    {
        var scope = context.Scope("clerk@demo.local", Today);
        db = scope.Db();
        return scope.Get<CommendationService>();
    }

    private static string Vietnamese(EntryTestContext context, PartyReview.Web.Infrastructure.Results.Result result) =>
        context.AppAt(Today).VietnameseText<CommendationsMessages>(result);

    /// <summary>A copy of the demo before its 2019 decisions were issued, so each test drafts its own.</summary>
    private static async Task<EntryTestContext> BeforeTheCeremonyAsync()
    {
        var context = await EntryTestContext.CreateAsync();
        await DemoDatabase.RemoveCommendationsAsync(context.ConnectionString);
        return context;
    }

    [Fact]
    public async Task The_demo_holds_the_2019_ceremonys_three_issued_decisions()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var model = (await Service(context, out _).GetAsync(2019, Token))!;
        Assert.Equal([("Số 1-QĐ/ĐUK", 17), ("Số 2-QĐ/ĐUK", 5), ("Số 3-QĐ/ĐUK", 9)],
            new[] { AwardKind.ExemplaryOrganization, AwardKind.OutstandingPartyBuilding, AwardKind.ExcellentMemberConsecutiveYears }
                .Select(a => Candidates(model, a).Where(c => c.AwardedBy is not null).GroupBy(c => c.AwardedBy!).Select(g => (g.Key, g.Count())).Single()));
        Assert.All(Candidates(model, AwardKind.ExemplaryOrganization), c => Assert.Equal("Số 1-QĐ/ĐUK", c.AwardedBy));
    }

    /// <summary>An award's list as the page shows it, which must fit on its first page (the 386 excellent members do not).</summary>
    private static IReadOnlyList<Candidate> Candidates(CommendationsViewModel model, AwardKind award)
    {
        var list = model.Awards.Single(a => a.Award == award);
        Assert.Equal(list.Total, list.Page.Items.Count);
        return list.Page.Items;
    }

    [Fact]
    public async Task The_2019_lists_offer_the_17_excellent_organizations_and_the_9_five_year_members()
    {
        await using var context = await BeforeTheCeremonyAsync();
        var model = (await Service(context, out _).GetAsync(2019, Token))!;

        Assert.Equal(17, Candidates(model, AwardKind.ExemplaryOrganization).Count);
        Assert.Equal(17, Candidates(model, AwardKind.OutstandingPartyBuilding).Count);
        var excellent = model.Awards.Single(a => a.Award == AwardKind.ExcellentMember);
        Assert.Equal((386, 386, 25, 16), (excellent.Total, excellent.Open, excellent.Page.Items.Count, excellent.Page.Pages));
        Assert.Equal(386, (await Service(context, out _).GetCandidatesAsync(2019, AwardKind.ExcellentMember, Token))!.Candidates.Count);
        var fiveYears = Candidates(model, AwardKind.ExcellentMemberConsecutiveYears);
        Assert.Equal(9, fiveYears.Count);
        Assert.All(fiveYears, c => Assert.Equal("Hoàn thành xuất sắc nhiệm vụ 5 năm liền: 2015, 2016, 2017, 2018, 2019", c.Why));
        Assert.Equal("Trong sạch vững mạnh tiêu biểu", model.Awards.Single(a => a.Award == AwardKind.ExemplaryOrganization).AwardName);
    }

    [Fact]
    public async Task A_member_who_missed_one_year_is_not_a_five_year_candidate()
    {
        await using var context = await BeforeTheCeremonyAsync();
        var service = Service(context, out var db);
        var first = Candidates((await service.GetAsync(2019, Token))!, AwardKind.ExcellentMemberConsecutiveYears)[0];
        var review2017 = await db.MemberReviews.SingleAsync(r => r.MemberId == first.Id && db.ReviewPeriods.Any(p => p.Id == r.ReviewPeriodId && p.Year == 2017), Token);
        review2017.Rate(QualityLevel.Good);
        await db.SaveChangesAsync(Token);

        var after = Candidates((await Service(context, out _).GetAsync(2019, Token))!, AwardKind.ExcellentMemberConsecutiveYears);
        Assert.Equal(8, after.Count);
        Assert.DoesNotContain(after, c => c.Id == first.Id);
    }

    [Fact]
    public async Task Decisions_are_numbered_in_sequence_and_a_number_is_used_once_per_term()
    {
        await using var context = await BeforeTheCeremonyAsync();
        var service = Service(context, out _);
        var model = (await service.GetAsync(2019, Token))!;
        var organizations = Candidates(model, AwardKind.ExemplaryOrganization).Select(c => c.Id).ToList();
        var members = Candidates(model, AwardKind.ExcellentMemberConsecutiveYears).Select(c => c.Id).ToList();

        var first = await service.CreateDecisionAsync(2019, AwardKind.ExemplaryOrganization, organizations, Token);
        var second = await Service(context, out _).CreateDecisionAsync(2019, AwardKind.ExcellentMemberConsecutiveYears, members, Token);
        Assert.True(first.Succeeded && second.Succeeded);

        var one = (await Service(context, out _).GetDecisionAsync(first.Value, Token))!;
        var two = (await Service(context, out _).GetDecisionAsync(second.Value, Token))!;
        Assert.Equal("Số 1-QĐ/ĐUK", one.Document.NumberAndSymbol);
        Assert.Equal("Số 2-QĐ/ĐUK", two.Document.NumberAndSymbol);

        two.Form.Number = 1;
        var clash = await Service(context, out _).UpdateDraftAsync(two.Id, two.Form, Token);
        Assert.Equal(CommendationsMessages.NumberTaken, clash.FirstError!.MessageKey);
        Assert.Equal("Số 1-QĐ/ĐUK đã được dùng trong nhiệm kỳ này.", Vietnamese(context, clash));

        two.Form.Number = 12;
        Assert.True((await Service(context, out _).UpdateDraftAsync(two.Id, two.Form, Token)).Succeeded);
        Assert.Equal("Số 12-QĐ/ĐUK", (await Service(context, out _).GetDecisionAsync(two.Id, Token))!.Document.NumberAndSymbol);
    }

    [Fact]
    public async Task Ineligible_or_already_awarded_recipients_cannot_be_added()
    {
        await using var context = await BeforeTheCeremonyAsync();
        var service = Service(context, out var db);
        var notExcellent = await db.OrganizationReviews
            .Where(r => r.Level == QualityLevel.Complete && db.ReviewPeriods.Any(p => p.Id == r.ReviewPeriodId && p.Year == 2019))
            .Select(r => r.OrganizationId).FirstAsync(Token);

        var refused = await service.CreateDecisionAsync(2019, AwardKind.ExemplaryOrganization, [notExcellent], Token);
        Assert.False(refused.Succeeded);
        Assert.Equal(CommendationsMessages.Ineligible, refused.FirstError!.MessageKey);
        Assert.Contains("không đủ điều kiện", Vietnamese(context, refused), StringComparison.Ordinal);

        var excellent = Candidates((await Service(context, out _).GetAsync(2019, Token))!, AwardKind.ExemplaryOrganization)[0].Id;
        Assert.True((await Service(context, out _).CreateDecisionAsync(2019, AwardKind.ExemplaryOrganization, [excellent], Token)).Succeeded);
        var twice = await Service(context, out _).CreateDecisionAsync(2019, AwardKind.ExemplaryOrganization, [excellent], Token);
        Assert.Equal(CommendationsMessages.AlreadyAwarded, twice.FirstError!.MessageKey);
        Assert.Contains("đã được khen theo quyết định Số 1-QĐ/ĐUK", Vietnamese(context, twice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issued_decision_is_locked_and_a_cancellation_needs_a_reason_and_is_audited()
    {
        await using var context = await BeforeTheCeremonyAsync();
        var service = Service(context, out _);
        var members = Candidates((await service.GetAsync(2019, Token))!, AwardKind.ExcellentMemberConsecutiveYears).Select(c => c.Id).ToList();
        var id = (await service.CreateDecisionAsync(2019, AwardKind.ExcellentMemberConsecutiveYears, members, Token)).Value;

        Assert.True((await Service(context, out _).IssueAsync(id, Token)).Succeeded);
        var issued = (await Service(context, out _).GetDecisionAsync(id, Token))!;
        Assert.False(issued.IsEditable);
        Assert.False((await Service(context, out _).UpdateDraftAsync(id, issued.Form, Token)).Succeeded);

        Assert.True((await Service(context, out _).CancelAsync(id, "Sai sót danh sách", Token)).Succeeded);
        var db = context.NewDbContext();
        Assert.Equal(DecisionStatus.Cancelled, (await db.CommendationDecisions.SingleAsync(d => d.Id == id, Token)).Status);
        var actions = await db.AuditEntries.Where(a => a.EntityType == nameof(CommendationDecision)).Select(a => a.Field).ToListAsync(Token);
        Assert.Equal(["Lập dự thảo quyết định", "Ban hành quyết định", "Hủy quyết định"], actions);

        // Once cancelled, its recipients can be awarded again.
        var again = await Service(context, out _).CreateDecisionAsync(2019, AwardKind.ExcellentMemberConsecutiveYears, members, Token);
        Assert.True(again.Succeeded);
    }

    [Fact]
    public async Task The_Word_document_validates_and_holds_the_header_and_every_recipient()
    {
        await using var context = await BeforeTheCeremonyAsync();
        var service = Service(context, out _);
        var members = Candidates((await service.GetAsync(2019, Token))!, AwardKind.ExcellentMemberConsecutiveYears);
        var id = (await service.CreateDecisionAsync(2019, AwardKind.ExcellentMemberConsecutiveYears, members.Select(c => c.Id).ToList(), Token)).Value;
        var document = (await Service(context, out _).GetDocumentAsync(id, Token))!;

        var bytes = DecisionExports.ToDocx(document);

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(word, Token).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        foreach (var line in new[]
                 {
                     "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 1-QĐ/ĐUK", "Lâm Đồng, ngày 16 tháng 01 năm 2020",
                     "về việc tặng Giấy khen", "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Căn cứ Điều lệ Đảng", "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ Khối",
                     "Hướng dẫn số 21-HD/BTCTW", "Xét đề nghị của Ban Tổ chức", "QUYẾT ĐỊNH:", "Điều 1.", "(có danh sách kèm theo)", "Điều 2.", "Điều 3.",
                     "chịu trách nhiệm thi hành quyết định này", "Nơi nhận:", "Lưu Văn phòng.", "T/M BAN THƯỜNG VỤ", "DANH SÁCH",
                     "Kèm theo Quyết định số 1-QĐ/ĐUK, ngày 16 tháng 01 năm 2020",
                 })
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.True(text.IndexOf("Nơi nhận:", StringComparison.Ordinal) < text.IndexOf("Kèm theo Quyết định số", StringComparison.Ordinal));
        Assert.All(members, m => Assert.Contains(m.Name, text, StringComparison.Ordinal));

        // The list starts on a page of its own, and its table's first row is the header repeated on every page.
        var body = word.MainDocumentPart.Document.Body;
        var pageBreak = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Break>().Single(b => b.Type?.Value == DocumentFormat.OpenXml.Wordprocessing.BreakValues.Page);
        var list = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Last();
        Assert.True(pageBreak.Ancestors<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Single().IsBefore(list));
        var headerRow = list.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().First();
        Assert.NotNull(headerRow.TableRowProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableHeader>());
        Assert.Equal("STT", headerRow.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().First().InnerText);
        Assert.Equal(members.Count + 1, list.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());

        // A4, Times New Roman 14 in the body, left 35 mm and right 15 mm.
        var section = body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!.Width!.Value);
        var margin = section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!;
        Assert.Equal((1985u, 851u), (margin.Left!.Value, margin.Right!.Value));
        Assert.All(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>(), f => Assert.Equal("Times New Roman", f.Ascii?.Value));

        // Page numbers from page 2, centred at the top, 10 mm from the edge: the first page's header is empty.
        Assert.NotNull(section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TitlePage>());
        Assert.Equal(567u, margin.Header!.Value);
        bool Numbers(DocumentFormat.OpenXml.Wordprocessing.HeaderFooterValues type) =>
            ((DocumentFormat.OpenXml.Packaging.HeaderPart)word.MainDocumentPart.GetPartById(section.Elements<DocumentFormat.OpenXml.Wordprocessing.HeaderReference>().Single(h => h.Type! == type).Id!.Value!))
            .Header!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SimpleField>().Any(f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
        Assert.True(Numbers(DocumentFormat.OpenXml.Wordprocessing.HeaderFooterValues.Default));
        Assert.False(Numbers(DocumentFormat.OpenXml.Wordprocessing.HeaderFooterValues.First));
        Assert.Empty(word.MainDocumentPart.FooterParts);
    }

    [Fact]
    public async Task The_Excel_list_reads_back_with_every_recipient()
    {
        await using var context = await BeforeTheCeremonyAsync();
        var service = Service(context, out _);
        var organizations = Candidates((await service.GetAsync(2019, Token))!, AwardKind.ExemplaryOrganization);
        var id = (await service.CreateDecisionAsync(2019, AwardKind.ExemplaryOrganization, organizations.Select(c => c.Id).ToList(), Token)).Value;
        var document = (await Service(context, out _).GetDocumentAsync(id, Token))!;

        var rows = new MemoryStream(DecisionExports.ToXlsx(document)).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(17, rows.Count);
        Assert.Equal(organizations.Select(o => o.Name).Order(), rows.Select(r => (string)r["Tên tổ chức"]).Order());
        Assert.Equal(Enumerable.Range(1, 17), rows.Select(r => Convert.ToInt32(r["STT"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_award_name_and_the_number_of_years_are_settings_of_the_period()
    {
        await using var context = await BeforeTheCeremonyAsync();

        // Drafted while 2019 is decided (a decision is drafted only from decided results), then the period reopened
        // to change its settings: the draft keeps the award name it was drafted with.
        var before = Candidates((await Service(context, out _).GetAsync(2019, Token))!, AwardKind.ExemplaryOrganization).Select(c => c.Id).ToList();
        var drafted = (await Service(context, out _).CreateDecisionAsync(2019, AwardKind.ExemplaryOrganization, before, Token)).Value;
        var admin = context.PeriodService(context.NewDbContext("admin@demo.local"));
        Assert.True((await admin.ReopenAsync(2019, "Điều chỉnh danh hiệu khen thưởng", Token)).Succeeded);
        var settings = new PartyReview.Web.Features.Periods.PeriodSettingsForm
        {
            ExcellenceQuotaPercent = 20, ExemplaryOrganizationAwardName = "Hoàn thành xuất sắc nhiệm vụ tiêu biểu", ConsecutiveYears = 3,
        };
        Assert.True((await context.PeriodService(context.NewDbContext()).UpdateSettingsAsync(2019, settings, Token)).Succeeded);

        var model = (await Service(context, out _).GetAsync(2019, Token))!;
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ tiêu biểu", model.Awards.Single(a => a.Award == AwardKind.ExemplaryOrganization).AwardName);
        Assert.Contains("“Trong sạch vững mạnh tiêu biểu”", (await Service(context, out _).GetDocumentAsync(drafted, Token))!.Body, StringComparison.Ordinal);
        var threeYears = Candidates(model, AwardKind.ExcellentMemberConsecutiveYears);
        Assert.True(threeYears.Count > 9);
        Assert.All(threeYears, c => Assert.EndsWith("3 năm liền: 2017, 2018, 2019", c.Why, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demos_2019_decisions_print_in_the_Quyet_dinh_form_with_the_default_wording()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var db = context.NewDbContext();
        var ids = await db.CommendationDecisions.OrderBy(d => d.Number).Select(d => d.Id).ToListAsync(Token);
        Assert.Equal(3, ids.Count);
        foreach (var id in ids)
        {
            var document = (await Service(context, out _).GetDocumentAsync(id, Token))!;
            Assert.Equal("BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", document.DecidingBody);
            Assert.Equal(
                [
                    "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                    "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ Khối Các cơ quan tỉnh Lâm Đồng;",
                    "Căn cứ Quy định số 132-QĐ/TW và Hướng dẫn số 21-HD/BTCTW về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng và đảng viên;",
                ],
                document.Preamble);
            Assert.Equal("Xét đề nghị của Ban Tổ chức Đảng ủy Khối,", document.Proposal);
            Assert.Equal("BAN THƯỜNG VỤ QUYẾT ĐỊNH:", document.Enacting);
            Assert.EndsWith("(có danh sách kèm theo).", document.Body, StringComparison.Ordinal);
            Assert.EndsWith("chịu trách nhiệm thi hành quyết định này.", document.Article3, StringComparison.Ordinal);
            Assert.Equal("- Lưu Văn phòng.", document.Recipients[^1]);
            Assert.StartsWith("về việc tặng Giấy khen", document.Subtitle, StringComparison.Ordinal);
            Assert.StartsWith($"(Kèm theo Quyết định số {document.NumberAndSymbol["Số ".Length..]}, ngày ", document.ListReference, StringComparison.Ordinal);
            Assert.Equal("T/M BAN THƯỜNG VỤ", document.SigningFor);
        }
    }

    [Fact]
    public async Task A_drafts_wording_defaults_from_the_settings_is_edited_while_a_draft_and_each_change_is_audited()
    {
        await using var context = await BeforeTheCeremonyAsync();
        var settingsDb = context.NewDbContext();
        var committee = await settingsDb.Committees.OrderBy(c => c.Id).FirstAsync(Token);
        committee.DecisionRecipients = "- Như Điều 3,\n- Thường trực Tỉnh ủy (để báo cáo),\n- Lưu Văn phòng.";
        await settingsDb.SaveChangesAsync(Token);

        var service = Service(context, out _);
        var organizations = Candidates((await service.GetAsync(2019, Token))!, AwardKind.ExemplaryOrganization).Select(c => c.Id).ToList();
        var id = (await service.CreateDecisionAsync(2019, AwardKind.ExemplaryOrganization, organizations, Token)).Value;
        var draft = (await Service(context, out _).GetDecisionAsync(id, Token))!;
        Assert.Equal(["- Như Điều 3,", "- Thường trực Tỉnh ủy (để báo cáo),", "- Lưu Văn phòng."], draft.Document.Recipients);
        Assert.StartsWith("Căn cứ Điều lệ Đảng", draft.Form.Preamble, StringComparison.Ordinal);

        draft.Form.Preamble = "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n  \nCăn cứ Quy chế làm việc nhiệm kỳ 2015–2020;";
        draft.Form.Article2 = "Quyết định này có hiệu lực kể từ ngày ký.";
        draft.Form.Recipients = "";
        Assert.True((await Service(context, out _).UpdateDraftAsync(id, draft.Form, Token)).Succeeded);

        var edited = (await Service(context, out _).GetDocumentAsync(id, Token))!;
        Assert.Equal(["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "Căn cứ Quy chế làm việc nhiệm kỳ 2015–2020;"], edited.Preamble);
        Assert.Equal("Quyết định này có hiệu lực kể từ ngày ký.", edited.Article2);
        Assert.Equal("- Lưu Văn phòng.", edited.Recipients[^1]);

        // Later settings do not change a decision's text.
        committee.DecisionProposal = "Xét đề nghị của Văn phòng,";
        await settingsDb.SaveChangesAsync(Token);
        Assert.Equal("Xét đề nghị của Ban Tổ chức Đảng ủy Khối,", (await Service(context, out _).GetDocumentAsync(id, Token))!.Proposal);

        var audit = await context.NewDbContext().AuditEntries.Where(a => a.EntityType == nameof(CommendationDecision)).Select(a => a.Field).ToListAsync(Token);
        Assert.Equal(["Lập dự thảo quyết định", "Sửa Căn cứ", "Sửa Điều 2", "Sửa dự thảo quyết định"], audit);

        var tooLong = (await Service(context, out _).GetDecisionAsync(id, Token))!.Form;
        tooLong.Article3 = new string('x', DecisionClauses.MaxLength + 1);
        Assert.Equal(CommendationsMessages.ClauseTooLong, (await Service(context, out _).UpdateDraftAsync(id, tooLong, Token)).FirstError!.MessageKey);

        Assert.True((await Service(context, out _).IssueAsync(id, Token)).Succeeded);
        var issued = (await Service(context, out _).GetDecisionAsync(id, Token))!;
        issued.Form.Article2 = "Sửa sau khi ban hành";
        Assert.Equal(CommendationsMessages.DecisionLocked, (await Service(context, out _).UpdateDraftAsync(id, issued.Form, Token)).FirstError!.MessageKey);
    }
}
