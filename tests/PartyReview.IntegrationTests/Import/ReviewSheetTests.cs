using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// Every refusal of a row of the Reviews sheet: the row is refused with its message and nothing is written. (2026 is
/// open under 366/43, 2019 decided under 132/21; TCCS39 has no executive committee; DV00719 left in 2026; DV02917 was
/// admitted in 2025, so has no 2019 review.)
/// </summary>
public sealed class ReviewSheetTests(SheetTestFixture fixture) : IClassFixture<SheetTestFixture>
{
    [Theory]
    [InlineData(",Tổ chức,TCCS02,,HTTNV,,,,,,,", ImportMessages.CellEmpty)]
    [InlineData("2026,,TCCS02,,HTTNV,,,,,,,", ImportMessages.CellEmpty)]
    [InlineData("2026,Chi bộ,TCCS02,,HTTNV,,,,,,,", ImportMessages.UnreadableSubject)]
    [InlineData("2026,Tổ chức,TCCS02,,giỏi lắm,,,,,,,", ImportMessages.UnreadableLevel)]
    [InlineData("2026,Tổ chức,TCCS02,,,tám mươi,,,,,,", ImportMessages.UnreadableNumber)]
    [InlineData("2026,Tổ chức,TCCS02,,,,bận,,,,,", ImportMessages.UnreadableReason)]
    [InlineData("2026,Tổ chức,,,HTTNV,,,,,,,", ImportMessages.CellEmpty)]
    [InlineData("2026,Tập thể lãnh đạo,,,HTTNV,,,,,,,", ImportMessages.CellEmpty)]
    [InlineData("2026,Tổ chức,TCCS99,,HTTNV,,,,,,,", ImportMessages.UnknownOrganization)]
    [InlineData("2020,Tổ chức,TCCS02,,HTTNV,,,,,,,", ImportMessages.ReviewNoPeriod)]
    [InlineData("2026,Tổ chức,TCCS02,,,150,,,,,,", ImportMessages.ReviewScoreOutOfRange)]
    [InlineData("2026,Tổ chức,TCCS02,,HTTNV,,Mới thành lập,,,,,", ImportMessages.ReviewLevelAndReason)]
    [InlineData("2026,Tổ chức,TCCS02,,,80,Mới thành lập,,,,,", ImportMessages.ReviewScoreAndReason)]
    [InlineData("2019,Tổ chức,TCCS02,,,80,,,,,,", ImportMessages.ReviewLevelNeeded)]
    [InlineData("2026,Đảng viên,TCCS01,,HTTNV,,,,,,,", ImportMessages.CellEmpty)]
    [InlineData("2026,Đảng viên,TCCS01,KHONGCO,HTTNV,,,,,,,", ImportMessages.ReviewUnknownMember)]
    [InlineData("2026,Tổ chức,TCCS01,DV00001,HTTNV,,,,,,,", ImportMessages.ReviewMemberCodeNotMember)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,HTTNV,,,,,,Vượt tỷ lệ,", ImportMessages.ReviewJustificationNotOrganization)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,HTTNV,,,Phạt,,,,", ImportMessages.UnreadableDiscipline)]
    [InlineData("2026,Tập thể lãnh đạo,TCCS02,,HTTNV,,,Phạt,,,,", ImportMessages.UnreadableFlag)]
    [InlineData("2026,Tổ chức,TCCS02,,HTTNV,,,Cảnh cáo,,,,", ImportMessages.ReviewOrganizationNoDiscipline)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,HTTNV,,,,Có lẽ,,,", ImportMessages.UnreadableFlag)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,HTTNV,,,,,Có lẽ,,", ImportMessages.UnreadableFlag)]
    [InlineData("2026,Tổ chức,TCCS02,,HTTNV,,,,Có,,,", ImportMessages.ReviewMemberOnlyFlags)]
    [InlineData("2026,Tập thể lãnh đạo,TCCS39,,HTTNV,,,,,,,", ImportMessages.ReviewNoExecutiveCommittee)]
    [InlineData("2026,Đảng viên,,DV00719,HTTNV,,,,,,,", ImportMessages.ReviewMemberNowhere)]
    [InlineData("2019,Tổ chức,TCCS01,,HTXSNV,,,,,,,", ImportMessages.ReviewLockedChange)]
    [InlineData("2019,Đảng viên,TCCS03,DV02917,HTTNV,,,,,,,", ImportMessages.ReviewLockedAdd)]
    public Task A_broken_row_is_refused(string row, string key) =>
        fixture.AssertRefusedAsync(Csv(ReviewsHeader, row), "ket-qua.csv", key);

    [Fact]
    public Task A_note_over_500_characters_is_refused() =>
        fixture.AssertRefusedAsync(Csv(ReviewsHeader, $"2026,Tổ chức,TCCS02,,HTTNV,,,,,,,{new string('a', 501)}"), "ket-qua.csv", ImportMessages.CellTooLong);

    [Fact]
    public async Task A_repeated_result_is_refused_on_its_second_row()
    {
        var outcome = await fixture.AssertRefusedAsync(
            Csv(ReviewsHeader, "2026,Tổ chức,TCCS02,,HTTNV,,,,,,,", "2026,tổ chức,tccs02,,HTNV,,,,,,,"), "ket-qua.csv", ImportMessages.ReviewDuplicate, row: 3);
        Assert.Equal("Kết quả lặp lại (đã có ở dòng 2).", outcome.Message);
    }

    [Fact]
    public Task A_result_of_a_member_whose_row_is_refused_is_refused() =>
        fixture.AssertRefusedAsync(
            Workbook(
                new SheetContent(ImportFormat.Members, [["DV00001", "Nguyễn Văn Một", "Không rõ", new DateOnly(1980, 1, 1), null, null, null, null]]),
                new SheetContent(ImportFormat.Reviews, [[2026, "Đảng viên", "TCCS01", "DV00001", "HTTNV", null, null, null, null, null, null, null]])),
            "ket-qua.xlsx", ImportMessages.ReviewMemberInvalid, sheet: ImportFormat.Reviews.SheetName);
}
