using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>Every refusal of a row of the Review periods sheet: the row is refused with its message and nothing is written.</summary>
public sealed class PeriodSheetTests(SheetTestFixture fixture) : IClassFixture<SheetTestFixture>
{
    [Theory]
    [InlineData(",366/43,20,15/12/2027,Đang đánh giá,,5", ImportMessages.CellEmpty)]
    [InlineData("hai nghìn,366/43,20,15/12/2027,Đang đánh giá,,5", ImportMessages.UnreadableNumber)]
    [InlineData("1999,366/43,20,15/12/1999,Đang đánh giá,,5", ImportMessages.CellNotInteger)]
    [InlineData("2027,999/99,20,15/12/2027,Đang đánh giá,,5", ImportMessages.UnreadableRuleSet)]
    [InlineData("2027,366/43,150,15/12/2027,Đang đánh giá,,5", ImportMessages.CellNotInteger)]
    [InlineData("2027,366/43,20,,Đang đánh giá,,5", ImportMessages.CellEmpty)]
    [InlineData("2027,366/43,20,15/13/2027,Đang đánh giá,,5", ImportMessages.CellBadDate)]
    [InlineData("2027,366/43,20,15/12/2027,Đã xong,,5", ImportMessages.UnreadablePeriodStatus)]
    [InlineData("2027,366/43,20,15/12/2027,Đang đánh giá,,0", ImportMessages.CellNotInteger)]
    [InlineData("2027,366/43,20,15/12/2029,Đang đánh giá,,5", ImportMessages.PeriodReviewDateOutsideYear)]
    [InlineData("2019,132/21,50,20/12/2019,Đã quyết định,,5", ImportMessages.PeriodLocked)]
    public Task A_broken_row_is_refused(string row, string key) =>
        fixture.AssertRefusedAsync(Csv(PeriodsHeader, row), "ky.csv", key);

    [Fact]
    public Task An_award_name_over_200_characters_is_refused() =>
        fixture.AssertRefusedAsync(Csv(PeriodsHeader, $"2027,366/43,20,15/12/2027,Đang đánh giá,{new string('a', 201)},5"), "ky.csv", ImportMessages.CellTooLong);

    [Fact]
    public async Task A_repeated_year_is_refused_on_its_second_row()
    {
        var outcome = await fixture.AssertRefusedAsync(
            Csv(PeriodsHeader, "2027,366/43,20,15/12/2027,Đang đánh giá,,5", "2027,366/43,20,15/12/2027,Đang đánh giá,,5"), "ky.csv", ImportMessages.PeriodDuplicateYear, row: 3);
        Assert.Equal("cột «Năm»: năm 2027 lặp lại.", outcome.Message);
    }
}
