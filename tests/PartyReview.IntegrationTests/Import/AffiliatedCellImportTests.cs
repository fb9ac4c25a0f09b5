using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Organizations;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>The «Tổ chức» sheet's <c>Mã tổ chức cấp trên</c>: a new đảng bộ cơ sở and its chi bộ trực thuộc in one file.</summary>
public sealed class AffiliatedCellImportTests
{
    [Fact]
    public async Task A_new_dang_bo_co_so_and_its_new_chi_bo_truc_thuoc_are_imported_together()
    {
        await using var context = await ImportTestContext.DemoAsync();
        var file = Csv(
            OrganizationsHeader + ",Mã tổ chức cấp trên",
            "DBMOI,Đảng bộ Sở Mới,Đảng bộ cơ sở,01/01/2020,,Có,",
            "DBMOI-CB1,Chi bộ Phòng Một,Chi bộ trực thuộc,01/01/2020,,Không,DBMOI",
            "TCCS15-CB4,Chi bộ Khối Cận lâm sàng,Chi bộ trực thuộc,01/01/2020,,Không,TCCS15");

        var result = await context.CommitAsync(file, "to-chuc.csv");

        Assert.True(result.Committed, string.Join(" | ", result.Rows.SelectMany(r => r.Messages).Select(m => m.Vietnamese)));
        await using var db = context.NewDbContext();
        var organizations = await db.Organizations.Where(o => o.Code.StartsWith("DBMOI") || o.Code.StartsWith("TCCS15"))
            .ToDictionaryAsync(o => o.Code, TestContext.Current.CancellationToken);
        Assert.Null(organizations["DBMOI"].ParentId);
        Assert.Equal(organizations["DBMOI"].Id, organizations["DBMOI-CB1"].ParentId);
        Assert.Equal(OrganizationKind.AffiliatedCell, organizations["DBMOI-CB1"].Kind);
        Assert.Equal(organizations["TCCS15"].Id, organizations["TCCS15-CB4"].ParentId);
    }
}
