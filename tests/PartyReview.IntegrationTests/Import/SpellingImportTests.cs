using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// Another committee's results as clerks write them ("Thành lập dưới 6 tháng", "Kết nạp dưới 6 tháng", "HTT", "Tốt"):
/// the check reads them, lists how each unfamiliar spelling was read with its count, and the confirmed import lands.
/// </summary>
public sealed class SpellingImportTests
{
    private static byte[] ClerksFile(string memberReason = "Kết nạp dưới 6 tháng") => Workbook(
        new SheetContent(ImportFormat.Organizations,
        [
            ["TCCS01", "Chi bộ Trường Cao đẳng", "Chi bộ cơ sở", new DateOnly(2010, 1, 1), null, "Không"],
            ["TCCS02", "Chi bộ Ban Quản lý dự án", "Chi bộ", new DateOnly(2026, 9, 1), null, "Không"],
            ["TCCS03", "Chi bộ Sở Xây dựng", "chi bộ cơ sở", new DateOnly(2026, 8, 15), null, "Không"],
        ]),
        new SheetContent(ImportFormat.Members,
        [
            ["DV00001", "Nguyễn Văn An", "Nam", new DateOnly(1980, 1, 1), new DateOnly(2005, 3, 1), new DateOnly(2006, 3, 1), null, "TCCS01"],
            ["DV00002", "Trần Thị Bình", "Nữ", new DateOnly(1995, 5, 5), new DateOnly(2026, 8, 1), null, null, "TCCS01"],
            ["DV00003", "Lê Văn Cường", "Nam", new DateOnly(1996, 6, 6), new DateOnly(2026, 9, 2), null, null, "TCCS01"],
            ["DV00004", "Phạm Thị Dung", "Nữ", new DateOnly(1997, 7, 7), new DateOnly(2026, 10, 3), null, null, "TCCS01"],
        ]),
        new SheetContent(ImportFormat.Periods, [[2026, "366/43", 20, new DateOnly(2026, 12, 15), "Đang đánh giá", null, null]]),
        new SheetContent(ImportFormat.Reviews,
        [
            [2026, "Tổ chức", "TCCS01", null, "Tốt", null, null, null, null, null, null, null],
            [2026, "Tổ chức", "TCCS02", null, null, null, "Thành lập dưới 6 tháng", null, null, null, null, null],
            [2026, "Tổ chức", "TCCS03", null, null, null, "thành lập dưới 6 tháng", null, null, null, null, null],
            [2026, "Đảng viên", "TCCS01", "DV00001", "HTT", null, null, null, null, null, null, null],
            [2026, "Đảng viên", "TCCS01", "DV00002", null, null, memberReason, null, null, null, null, null],
            [2026, "Đảng viên", "TCCS01", "DV00003", null, null, memberReason, null, null, null, null, null],
            [2026, "Đảng viên", "TCCS01", "DV00004", null, null, "Kết nạp dưới 6 tháng", null, null, null, null, null],
        ]));

    [Fact]
    public async Task Clerks_spellings_are_read_listed_with_their_counts_and_land_after_confirmation()
    {
        await using var context = await ImportTestContext.EmptyAsync();

        var check = await context.CheckAsync(ClerksFile(), "ket-qua-khac.xlsx");

        Assert.False(check.HasErrors, string.Join(" | ", check.Rows.Where(r => r.Status == RowStatus.Error).Select(r => $"{r.Sheet} {r.Row}: {r.Message}")));
        var reasons = check.Spellings.Where(s => s.Kind == SheetKind.Reviews && s.Column == "Lý do không xếp loại").ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Contains(reasons, s => s.Text == "Thành lập dưới 6 tháng" && s.ReadAs == "mới thành lập dưới 6 tháng" && s.Rows == 2);
        Assert.Contains(reasons, s => s.Text == "Kết nạp dưới 6 tháng" && s.ReadAs == "mới kết nạp dưới 6 tháng" && s.Rows == 3);
        Assert.Contains(check.Spellings, s => s.Column == "Xếp loại" && s.Text == "Tốt" && s.ReadAs == "Hoàn thành tốt nhiệm vụ" && s.Rows == 1);
        Assert.Contains(check.Spellings, s => s.Column == "Xếp loại" && s.Text == "HTT" && s.Rows == 1);
        Assert.Contains(check.Spellings, s => s.Kind == SheetKind.Organizations && s.Text == "Chi bộ" && s.ReadAs == "Chi bộ cơ sở" && s.Rows == 1);
        Assert.DoesNotContain(check.Spellings, s => s.Text is "Chi bộ cơ sở" or "chi bộ cơ sở" or "Nam" or "Nữ" or "Đảng viên" or "Tổ chức");
        Assert.Equal("«Thành lập dưới 6 tháng» → mới thành lập dưới 6 tháng: 2 dòng",
            ImportMessages.Vietnamese(ImportMessages.PreviewSpellingLine, "Thành lập dưới 6 tháng", "mới thành lập dưới 6 tháng", "2"));

        var commit = await context.CommitAsync(ClerksFile(), "ket-qua-khac.xlsx");

        Assert.True(commit.Committed);
        var tallies = (await context.TalliesAsync()).Split('\n').Select(l => l.Trim()).ToList();
        Assert.Equal("Organization: total 3 rated 1 0/1/0/0 pending 0 not rated NewlyFounded=2", tallies.Single(l => l.StartsWith("Organization:", StringComparison.Ordinal)));
        Assert.Equal("Member: total 4 rated 1 0/1/0/0 pending 0 not rated NewlyAdmitted=3", tallies.Single(l => l.StartsWith("Member:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Under_6_months_alone_is_read_from_the_row_s_subject()
    {
        await using var context = await ImportTestContext.EmptyAsync();

        var check = await context.CheckAsync(ClerksFile(memberReason: "chưa đủ 6 tháng"), "ket-qua-khac.xlsx");

        Assert.False(check.HasErrors, string.Join(" | ", check.Rows.Where(r => r.Status == RowStatus.Error).Select(r => $"{r.Sheet} {r.Row}: {r.Message}")));
        Assert.Contains(check.Spellings, s => s.Text == "chưa đủ 6 tháng" && s.ReadAs == "mới kết nạp dưới 6 tháng" && s.Rows == 2);
    }

    [Fact]
    public async Task A_spelling_of_two_values_is_refused_with_the_choices()
    {
        await using var context = await ImportTestContext.EmptyAsync();

        var result = await context.CommitAsync(Csv(
            "Mã tổ chức,Tên tổ chức,Loại hình,Ngày thành lập,Ngày giải thể,Có cấp ủy",
            "TCCS01,Chi bộ Trường Cao đẳng,Chi bộ cơ sở,01/01/2010,,Không"), "to-chuc.csv");
        Assert.True(result.Committed);

        var refused = await context.CommitAsync(Csv(ReviewsHeader, "2026,,TCCS01,,,,dưới 6 tháng,,,,,"), "ket-qua.csv");

        Assert.False(refused.Committed);
        var row = Assert.Single(refused.Rows);
        Assert.Contains(row.Messages, m => m.Key == ImportMessages.AmbiguousSpelling);
        Assert.Contains("«mới thành lập dưới 6 tháng» / «mới kết nạp dưới 6 tháng»", row.Message, StringComparison.Ordinal);
    }
}
