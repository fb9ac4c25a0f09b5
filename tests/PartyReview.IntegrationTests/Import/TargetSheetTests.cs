using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>Every refusal of a row of the Admission targets sheet: the row is refused with its message and nothing is written.</summary>
public sealed class TargetSheetTests(SheetTestFixture fixture) : IClassFixture<SheetTestFixture>
{
    [Theory]
    [InlineData(",TCCS02,4", ImportMessages.CellEmpty)]
    [InlineData("năm sau,TCCS02,4", ImportMessages.UnreadableNumber)]
    [InlineData("1999,TCCS02,4", ImportMessages.CellNotInteger)]
    [InlineData("2027,TCCS99,4", ImportMessages.UnknownOrganization)]
    [InlineData("2027,TCCS02,", ImportMessages.CellEmpty)]
    [InlineData("2027,TCCS02,-1", ImportMessages.CellNotInteger)]
    [InlineData("2027,TCCS02,4.5", ImportMessages.CellNotInteger)]
    public Task A_broken_row_is_refused(string row, string key) =>
        fixture.AssertRefusedAsync(Csv(TargetsHeader, row), "chi-tieu.csv", key);

    [Fact]
    public async Task A_repeated_target_is_refused_on_its_second_row()
    {
        var outcome = await fixture.AssertRefusedAsync(Csv(TargetsHeader, "2027,TCCS02,4", "2027,tccs02,5"), "chi-tieu.csv", ImportMessages.TargetDuplicate, row: 3);
        Assert.Equal("Chỉ tiêu lặp lại (đã có ở dòng 2).", outcome.Message);
    }
}
