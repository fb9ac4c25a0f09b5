using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// Every refusal of a row of the Membership events sheet: the row is refused with its message and nothing is written.
/// (DV00001: admitted 22/12/2015 in TCCS01, official, card 10500008; DV00002 holds card 10500024; 2015–2019 are locked.)
/// </summary>
public sealed class EventSheetTests(SheetTestFixture fixture) : IClassFixture<SheetTestFixture>
{
    [Theory]
    [InlineData(",TCCS01,Khen thưởng,01/03/2026,,,,", ImportMessages.CellEmpty)]
    [InlineData("DV00001,,Chuyển sinh hoạt đi,01/03/2026,TCCS02,,,", ImportMessages.CellEmpty)]
    [InlineData("DV00001,TCCS99,Chuyển sinh hoạt đi,01/03/2026,TCCS02,,,", ImportMessages.UnknownOrganization)]
    [InlineData("DV00001,TCCS01,Đi chơi,01/03/2026,,,,", ImportMessages.UnreadableEventKind)]
    [InlineData("DV00001,TCCS01,Chuyển sinh hoạt đi,,TCCS02,,,", ImportMessages.CellEmpty)]
    [InlineData("DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2026,TCCS99,,,", ImportMessages.UnknownOrganization)]
    [InlineData("DV00001,TCCS01,Cấp thẻ đảng viên,01/03/2026,,THE-DAI-HON-HAI-MUOI-KY-TU,,", ImportMessages.CellTooLong)]
    [InlineData("KHONGCO,TCCS01,Chuyển sinh hoạt đi,01/03/2026,TCCS02,,,", ImportMessages.EventUnknownMember)]
    [InlineData("DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2027,TCCS02,,,", ImportMessages.EventInFuture)]
    [InlineData("DV00001,TCCS01,Chuyển đảng chính thức,01/03/2026,TCCS02,,,", ImportMessages.EventCounterpartNotTransfer)]
    [InlineData("DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2026,TCCS01,,,", ImportMessages.EventCounterpartSame)]
    [InlineData("DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2026,TCCS02,THE-MOI,,", ImportMessages.EventCardNotIssue)]
    [InlineData("DV00001,TCCS01,Cấp thẻ đảng viên,01/03/2026,,10500024,,", ImportMessages.MemberCardTaken)]
    [InlineData("DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2019,TCCS02,,,", ImportMessages.EventLocked)]
    [InlineData("DV00001,TCCS01,Kết nạp,22/12/2015,,,,Sửa ghi chú", ImportMessages.EventLocked)]
    [InlineData("DV00001,TCCS01,Kết nạp,01/03/2026,,,,", ImportMessages.MemberLedgerInvalid)]
    public Task A_broken_row_is_refused(string row, string key) =>
        fixture.AssertRefusedAsync(Csv(EventsHeader, row), "su-kien.csv", key);

    [Fact]
    public Task A_decision_number_over_50_characters_is_refused() =>
        fixture.AssertRefusedAsync(Csv(EventsHeader, $"DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2026,TCCS02,,{new string('1', 51)},"), "su-kien.csv", ImportMessages.CellTooLong);

    [Fact]
    public Task A_note_over_500_characters_is_refused() =>
        fixture.AssertRefusedAsync(Csv(EventsHeader, $"DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2026,TCCS02,,,{new string('a', 501)}"), "su-kien.csv", ImportMessages.CellTooLong);

    [Fact]
    public async Task A_repeated_event_is_refused_on_its_second_row()
    {
        var outcome = await fixture.AssertRefusedAsync(
            Csv(EventsHeader, "DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2026,TCCS02,,,", "DV00001,TCCS01,Chuyển sinh hoạt đi,01/03/2026,TCCS03,,,"),
            "su-kien.csv", ImportMessages.EventDuplicate, row: 3);
        Assert.Equal("Sự kiện lặp lại (đã có ở dòng 2).", outcome.Message);
    }

    [Fact]
    public Task An_event_of_a_member_whose_row_is_refused_is_refused() =>
        fixture.AssertRefusedAsync(
            Workbook(
                new SheetContent(ImportFormat.Members, [["MOI01", "Nguyễn Văn Mới", "Không rõ", new DateOnly(1980, 1, 1), null, null, null, null]]),
                new SheetContent(ImportFormat.Events, [["MOI01", "TCCS02", "Kết nạp", new DateOnly(2026, 3, 1), null, null, null, null]])),
            "moi.xlsx", ImportMessages.EventMemberInvalid, sheet: ImportFormat.Events.SheetName);
}
