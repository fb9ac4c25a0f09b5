using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// Every refusal of a row of the Members sheet, including what the ledger replay refuses on the member's row: the row
/// is refused with its message and nothing is written. (DV00001: official, card 10500008, TCCS01; DV02925: probationary
/// in TCCS23, no card; DV00719: left the committee in 2026.)
/// </summary>
public sealed class MemberSheetTests(SheetTestFixture fixture) : IClassFixture<SheetTestFixture>
{
    [Theory]
    [InlineData("MOI-MA-DANG-VIEN-QUA-DAI,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/03/2011,,TCCS01", ImportMessages.CellTooLong)]
    [InlineData("MOI01,,Nam,01/01/1980,01/02/2010,01/03/2011,,TCCS01", ImportMessages.CellEmpty)]
    [InlineData("MOI01,Nguyễn Văn Mới,,01/01/1980,01/02/2010,01/03/2011,,TCCS01", ImportMessages.CellEmpty)]
    [InlineData("MOI01,Nguyễn Văn Mới,Không rõ,01/01/1980,01/02/2010,01/03/2011,,TCCS01", ImportMessages.UnreadableGender)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,,01/02/2010,01/03/2011,,TCCS01", ImportMessages.CellEmpty)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/1980,tháng hai,01/03/2011,,TCCS01", ImportMessages.CellBadDate)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/03/2011,THE-DAI-HON-HAI-MUOI-KY-TU,TCCS01", ImportMessages.CellTooLong)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/03/2011,,TCCS99", ImportMessages.UnknownOrganization)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/2000,01/02/2010,01/03/2011,,TCCS01", ImportMessages.MemberTooYoung)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/08/2010,,TCCS01", ImportMessages.MemberOfficialTooSoon)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/03/2011,10500024,TCCS01", ImportMessages.MemberCardTaken)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/03/2011,,", ImportMessages.MemberNeedsOrganization)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/1980,,,,TCCS01", ImportMessages.MemberNeedsAdmittedOn)]
    [InlineData("MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,,MOI-THE,TCCS01", ImportMessages.MemberCardWhileProbationary)]
    [InlineData("DV00001,Nguyễn Văn Một,Nam,01/01/1980,01/01/2015,,,", ImportMessages.MemberAdmittedDiffers)]
    [InlineData("DV00001,Nguyễn Văn Một,Nam,01/01/1980,,01/01/2017,,", ImportMessages.MemberOfficialDiffers)]
    [InlineData("DV00001,Nguyễn Văn Một,Nam,01/01/1980,,,THE-KHAC,", ImportMessages.MemberCardDiffers)]
    [InlineData("DV02925,Nguyễn Văn Dự Bị,Nam,01/01/1980,,,THE-KHAC,", ImportMessages.MemberCardDiffersNoCard)]
    [InlineData("DV00001,Nguyễn Văn Một,Nam,01/01/1980,,,,TCCS02", ImportMessages.MemberOrganizationDiffers)]
    [InlineData("DV00719,Nguyễn Văn Đã Đi,Nam,01/01/1980,,,,TCCS01", ImportMessages.MemberOrganizationDiffersLeft)]
    public Task A_broken_row_is_refused(string row, string key) =>
        fixture.AssertRefusedAsync(Csv(MembersHeader, row), "dang-vien.csv", key);

    [Fact]
    public async Task A_repeated_member_is_refused_on_its_second_row()
    {
        var outcome = await fixture.AssertRefusedAsync(
            Csv(MembersHeader, "MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/03/2011,,TCCS01", "MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/03/2011,,TCCS01"),
            "dang-vien.csv", ImportMessages.MemberDuplicate, row: 3);
        Assert.Equal("Đảng viên MOI01 lặp lại (đã có ở dòng 2).", outcome.Message);
    }

    [Fact]
    public Task A_full_membership_date_the_ledger_does_not_have_is_refused() =>
        fixture.AssertRefusedAsync(
            Workbook(
                new SheetContent(ImportFormat.Members, [["DV02925", "Nguyễn Văn Dự Bị", "Nam", new DateOnly(1980, 1, 1), null, new DateOnly(2026, 10, 1), null, null]]),
                new SheetContent(ImportFormat.Events, [["DV02925", "TCCS23", "Chuyển sinh hoạt đi", new DateOnly(2026, 11, 1), "TCCS25", null, null, null]])),
            "du-bi.xlsx", ImportMessages.MemberOfficialDiffersNotOfficial, sheet: ImportFormat.Members.SheetName);

    [Fact]
    public async Task A_member_transferred_in_needs_the_admission_date()
    {
        var file = Workbook(
            new SheetContent(ImportFormat.Members, [["MOI01", "Nguyễn Văn Đến", "Nam", new DateOnly(1980, 1, 1), null, null, null, null]]),
            new SheetContent(ImportFormat.Events, [["MOI01", "TCCS02", "Chuyển sinh hoạt đến", new DateOnly(2026, 3, 1), null, null, null, null]]));
        var outcome = await fixture.AssertRefusedAsync(file, "chuyen-den.xlsx", ImportMessages.MemberTransferNeedsAdmittedOn, sheet: ImportFormat.Members.SheetName);
        Assert.StartsWith("ô E2 (Ngày vào Đảng): bỏ trống", outcome.Message, StringComparison.Ordinal);
    }
}
