using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Domain.Organizations;
using PartyReview.TestSupport;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>Staff upload a roster for a new organization, read the dry run, confirm, and find the organization filled in.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_roster_uploaded_checked_and_confirmed_fills_the_organization()
    {
        var page = await browser.NewPageAsync();
        int organizationId;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            var committee = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
            var organization = new Organization { CommitteeId = committee, Code = "TCCS99", Name = "Chi bộ Trung tâm Lưu trữ lịch sử tỉnh", Kind = OrganizationKind.Cell, FoundedOn = new DateOnly(2010, 3, 1) };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            organizationId = organization.Id;
        }

        var file = Path.Combine(DemoDatabase.TemporaryFolder, "dang-vien-tccs99.csv");
        await File.WriteAllTextAsync(file, string.Join("\r\n",
            "Mã đảng viên;Họ và tên;Giới tính;Ngày sinh;Ngày vào Đảng;Ngày chính thức;Số thẻ đảng viên;Mã tổ chức",
            "DV90001;Hoàng Thị Lan;Nữ;12/03/1988;15/05/2012;15/05/2013;90000001;TCCS99",
            "DV90002;Vũ Đức Minh;nam;01/09/1985;20/10/2010;20/10/2011;90000002;TCCS99",
            "DV90003;Đặng Thu Trang;Nữ;30/01/1992;02/09/2016;02/09/2017;90000003;TCCS99") + "\r\n", new UTF8Encoding(true), TestContext.Current.CancellationToken);

        await new LoginPage(page).SignInAsync("staff@demo.local");
        var import = new ImportPage(page);
        await import.UploadAsync(file);
        Assert.Matches(ImportPage.PreviewAddress, page.Url);
        Assert.True(await import.IsReadyAsync());
        Assert.Equal(["Mới", "Mới", "Mới"], await import.OutcomesAsync());

        // The preview has its own address: reloading it shows it again.
        await page.ReloadAsync();
        Assert.True(await import.IsReadyAsync());
        Assert.Equal(["Mới", "Mới", "Mới"], await import.OutcomesAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "import-preview");

        // Nothing is written before the confirmation.
        var list = new MemberListPage(page);
        await list.GotoAsync(organizationId);
        Assert.Empty(await list.NamesAsync(""));

        await import.UploadAsync(file);
        await import.ConfirmAsync();
        var result = page.Url;
        await page.ReloadAsync();
        await page.GetByTestId("import-done").WaitForAsync();
        Assert.Equal(result, page.Url);
        await list.GotoAsync(organizationId);
        Assert.Equal(["Hoàng Thị Lan", "Vũ Đức Minh", "Đặng Thu Trang"], await list.NamesAsync(""));

        // The same file again changes nothing.
        await import.UploadAsync(file);
        Assert.Equal(["Không đổi", "Không đổi", "Không đổi"], await import.OutcomesAsync());
    }
}
