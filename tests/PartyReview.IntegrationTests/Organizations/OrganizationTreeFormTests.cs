using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Organizations;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Organizations;

namespace PartyReview.IntegrationTests.Organizations;

/// <summary>The organization form's <c>Mã tổ chức cấp trên</c>: staff add a chi bộ trực thuộc to a đảng bộ cơ sở, and the tree rules refuse the rest.</summary>
public sealed class OrganizationTreeFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static OrganizationForm Form(string code, OrganizationKind kind, string? parent) => new()
    {
        Code = code, Name = "Chi bộ Phòng Thử nghiệm", Kind = kind, FoundedOn = new DateOnly(2020, 1, 1), HasExecutiveCommittee = false, ParentCode = parent,
    };

    [Fact]
    public async Task A_chi_bo_truc_thuoc_is_added_under_its_dang_bo_co_so_and_the_tree_rules_refuse_the_rest()
    {
        await using var app = AppServices.Create(await DemoDatabase.CopyAsync(), Now);
        await using (var scope = app.Scope())
        {
            var service = scope.Get<OrganizationService>();
            Assert.Equal([OrganizationsMessages.ParentMissing], (await service.SaveAsync(null, Form("CBX1", OrganizationKind.AffiliatedCell, null), Token)).Errors.Select(e => e.MessageKey));
            Assert.Equal([OrganizationsMessages.ParentInvalid], (await service.SaveAsync(null, Form("CBX2", OrganizationKind.AffiliatedCell, "TCCS09-CB1"), Token)).Errors.Select(e => e.MessageKey));
            Assert.Equal([OrganizationsMessages.ParentInvalid], (await service.SaveAsync(null, Form("CBX3", OrganizationKind.Cell, "TCCS09"), Token)).Errors.Select(e => e.MessageKey));
            Assert.Equal([OrganizationsMessages.ParentUnknown], (await service.SaveAsync(null, Form("CBX4", OrganizationKind.AffiliatedCell, "KHONGCO"), Token)).Errors.Select(e => e.MessageKey));
            Assert.True((await service.SaveAsync(null, Form("TCCS09-CB9", OrganizationKind.AffiliatedCell, "tccs09"), Token)).Succeeded);
        }

        await using var reading = app.Scope();
        var db = reading.Db();
        var parent = await db.Organizations.SingleAsync(o => o.Code == "TCCS09", Token);
        var added = await db.Organizations.SingleAsync(o => o.Code == "TCCS09-CB9", Token);
        Assert.Equal(parent.Id, added.ParentId);
        Assert.Equal("TCCS09", (await reading.Get<OrganizationService>().GetAsync(added.Id, Token))!.Organization.ParentCode);

        // A đảng bộ cơ sở with chi bộ trực thuộc stays one.
        var form = (await reading.Get<OrganizationService>().GetAsync(parent.Id, Token))!.Organization;
        form.Kind = OrganizationKind.Cell;
        Assert.Equal([OrganizationsMessages.HasChildren], (await reading.Get<OrganizationService>().SaveAsync(parent.Id, form, Token)).Errors.Select(e => e.MessageKey));
    }
}
