using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>Every refusal of a row of the Organizations sheet: the row is refused with its message and nothing is written.</summary>
public sealed class OrganizationSheetTests(SheetTestFixture fixture) : IClassFixture<SheetTestFixture>
{
    [Theory]
    [InlineData(",Chi bộ Mới,Chi bộ cơ sở,01/01/2020,,Không", ImportMessages.CellEmpty)]
    [InlineData("TCCS-MOI-QUA-DAI-HAI-MUOI-KY-TU,Chi bộ Mới,Chi bộ cơ sở,01/01/2020,,Không", ImportMessages.CellTooLong)]
    [InlineData("TCCSMOI,,Chi bộ cơ sở,01/01/2020,,Không", ImportMessages.CellEmpty)]
    [InlineData("TCCSMOI,Chi bộ Mới,,01/01/2020,,Không", ImportMessages.CellEmpty)]
    [InlineData("TCCSMOI,Chi bộ Mới,Tổ Đảng,01/01/2020,,Không", ImportMessages.UnreadableOrganizationKind)]
    [InlineData("TCCSMOI,Chi bộ Mới,Chi bộ cơ sở,,,Không", ImportMessages.CellEmpty)]
    [InlineData("TCCSMOI,Chi bộ Mới,Chi bộ cơ sở,31/02/2020,,Không", ImportMessages.CellBadDate)]
    [InlineData("TCCSMOI,Chi bộ Mới,Chi bộ cơ sở,01/01/2020,hôm qua,Không", ImportMessages.CellBadDate)]
    [InlineData("TCCSMOI,Chi bộ Mới,Chi bộ cơ sở,01/01/2020,,Có lẽ", ImportMessages.UnreadableFlag)]
    [InlineData("TCCSMOI,Chi bộ Mới,Chi bộ cơ sở,01/01/2020,01/01/2019,Không", ImportMessages.OrganizationDissolvedBeforeFounded)]
    public Task A_broken_row_is_refused(string row, string key) =>
        fixture.AssertRefusedAsync(Csv(OrganizationsHeader, row), "to-chuc.csv", key);

    private const string TreeHeader = OrganizationsHeader + ",Mã tổ chức cấp trên";

    [Theory]
    [InlineData("CBMOI,Chi bộ Mới,Chi bộ trực thuộc,01/01/2020,,Không,", ImportMessages.OrganizationParentMissing)]
    [InlineData("CBMOI,Chi bộ Mới,Chi bộ trực thuộc,01/01/2020,,Không,TCCS09-CB1", ImportMessages.OrganizationParentInvalid)]
    [InlineData("CSMOI,Chi bộ Mới,Chi bộ cơ sở,01/01/2020,,Không,TCCS09", ImportMessages.OrganizationParentInvalid)]
    [InlineData("CBMOI,Chi bộ Mới,Chi bộ trực thuộc,01/01/2020,,Không,KHONGCO", ImportMessages.UnknownOrganization)]
    [InlineData("TCCS09,Đảng bộ Sở Tài nguyên và Môi trường,Chi bộ cơ sở,01/01/2000,,Có,", ImportMessages.OrganizationHasChildren)]
    public Task A_row_out_of_the_tree_is_refused(string row, string key) =>
        fixture.AssertRefusedAsync(Csv(TreeHeader, row), "to-chuc.csv", key);

    [Fact]
    public async Task A_repeated_code_is_refused_on_its_second_row()
    {
        var outcome = await fixture.AssertRefusedAsync(
            Csv(OrganizationsHeader, "TCCSMOI,Chi bộ Mới,Chi bộ cơ sở,01/01/2020,,Không", "tccsmoi,Chi bộ Mới 2,Chi bộ cơ sở,01/01/2020,,Không"),
            "to-chuc.csv", ImportMessages.OrganizationDuplicateCode, row: 3);
        Assert.Contains("mã tổ chức TCCSMOI lặp lại (đã có ở dòng 2)", outcome.Message, StringComparison.Ordinal);
    }
}
