using System.Text;
using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Members;
using PartyReview.Web.Features.Import;

namespace PartyReview.IntegrationTests.Import;

/// <summary>A small roster with its ledger: members placed by their events, the ledger's rules applied per row, audited as the import.</summary>
public sealed class MemberImportTests
{
    private static byte[] Workbook(params SheetContent[] sheets)
    {
        var stream = new MemoryStream();
        TableWriter.WriteWorkbook(stream, sheets, template: true);
        return stream.ToArray();
    }

    [Fact]
    public async Task Members_and_their_events_are_checked_then_written_with_their_state_from_the_ledger()
    {
        await using var context = await ImportTestContext.DemoAsync();
        var file = Workbook(
            new SheetContent(ImportFormat.Members,
            [
                ["NK001", "Nguyễn Thị Nhập", "Nữ", new DateOnly(1990, 5, 1), null, null, null, null],
                ["NK002", "Trần Văn Khẩu", "nam", "02/03/1988", "01/02/2015", "01/02/2016", "NK-CARD-2", "TCCS02"],
            ]),
            new SheetContent(ImportFormat.Events,
            [
                ["NK001", "TCCS02", "kết nạp", new DateOnly(2024, 3, 1), null, null, "12-QĐ/ĐUK", null],
                ["NK001", "TCCS02", "Chuyển đảng chính thức", new DateOnly(2025, 3, 5), null, null, null, null],
                ["NK001", "TCCS02", "Cấp thẻ đảng viên", new DateOnly(2025, 4, 1), null, "NK-CARD-1", null, null],
            ]));

        var check = await context.CheckAsync(file, "nhap.xlsx");
        Assert.False(check.HasErrors, string.Join("\n", check.Rows.Select(r => r.Message)));
        Assert.All(check.Rows, r => Assert.Equal(RowStatus.New, r.Status));
        await using (var db = context.NewDbContext())
        {
            Assert.False(await db.Members.AnyAsync(m => m.MemberCode == "NK001", TestContext.Current.CancellationToken));
        }

        var commit = await context.CommitAsync(file, "nhap.xlsx");
        Assert.True(commit.Committed);
        await using (var db = context.NewDbContext())
        {
            var members = await db.Members.Where(m => m.MemberCode.StartsWith("NK")).OrderBy(m => m.MemberCode).ToListAsync(TestContext.Current.CancellationToken);
            var organization = await db.Organizations.SingleAsync(o => o.Code == "TCCS02", TestContext.Current.CancellationToken);
            Assert.All(members, m => Assert.Equal(organization.Id, m.OrganizationId));
            Assert.Equal((MemberStatus.Official, "NK-CARD-1", new DateOnly(2024, 3, 1)), (members[0].Status, members[0].PartyCardNumber, members[0].AdmittedOn));
            Assert.Equal((MemberStatus.Official, "NK-CARD-2"), (members[1].Status, members[1].PartyCardNumber));
            Assert.Equal(3, await db.MembershipEvents.CountAsync(e => e.MemberId == members[1].Id, TestContext.Current.CancellationToken));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.MemberId == members[0].Id && a.Source == "Nhập từ tệp nhap.xlsx", TestContext.Current.CancellationToken));

            // The open 2026 period's list takes them in, as recording the events by hand does.
            Assert.Equal(2, await db.MemberReviews.CountAsync(r => members.Select(m => m.Id).Contains(r.MemberId), TestContext.Current.CancellationToken));
        }

        var again = await context.CommitAsync(file, "nhap.xlsx");
        Assert.All(again.Rows, r => Assert.Equal(RowStatus.Unchanged, r.Status));
    }

    [Fact]
    public async Task An_impossible_ledger_is_refused_on_the_row_of_the_event()
    {
        await using var context = await ImportTestContext.DemoAsync();
        var before = await context.CountsAsync();
        var file = Workbook(
            new SheetContent(ImportFormat.Members, [["NK001", "Nguyễn Thị Nhập", "Nữ", new DateOnly(1990, 5, 1), null, null, null, null]]),
            new SheetContent(ImportFormat.Events,
            [
                ["NK001", "TCCS02", "Kết nạp", new DateOnly(2025, 3, 1), null, null, null, null],
                ["NK001", "TCCS02", "Chuyển đảng chính thức", new DateOnly(2025, 9, 1), null, null, null, null],
            ]));
        var result = await context.CommitAsync(file, "sai.xlsx");
        Assert.False(result.Committed);
        var error = result.Rows.Single(r => r.Status == RowStatus.Error);
        Assert.Equal(("Sự kiện đảng tịch", 4), (error.Sheet, error.Row));
        Assert.Contains("Chưa đủ 12 tháng dự bị", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await context.CountsAsync());
    }

    [Fact]
    public async Task An_imported_ledger_entry_moves_the_members_version_so_an_edit_shown_before_is_stale()
    {
        await using var context = await ImportTestContext.DemoAsync();
        int VersionOf(PartyReview.Data.PartyReviewDbContext db) => db.Members.Single(m => m.MemberCode == "DV00001" && m.CommitteeId == db.Committees.Min(c => c.Id)).Version;
        int before;
        await using (var db = context.NewDbContext())
        {
            before = VersionOf(db);
        }

        var csv = SheetTestFixture.Csv(SheetTestFixture.EventsHeader, "DV00001,TCCS01,Cấp thẻ đảng viên,01/03/2026,,10599999,,");
        var result = await context.CommitAsync(csv, "su-kien.csv");
        Assert.True(result.Committed, result.Describe());
        await using var check = context.NewDbContext();
        Assert.Equal(before + 1, VersionOf(check));
    }

    [Fact]
    public async Task Results_read_the_usual_spellings_of_a_level_and_are_audited_as_the_import()
    {
        await using var context = await ImportTestContext.DemoAsync();
        var csv = "\uFEFFNăm;Đối tượng;Mã tổ chức;Mã đảng viên;Xếp loại;Điểm\n2026;Tổ chức;TCCS02;;Hoàn thành xuất sắc nhiệm vụ;92\n2026;tccs;TCCS03;;hoan thanh tot;\n";
        var result = await context.CommitAsync(Encoding.UTF8.GetBytes(csv), "ket-qua.csv");
        Assert.True(result.Committed, result.Describe());
        await using var db = context.NewDbContext();
        var audits = await db.AuditEntries.Where(a => a.Source == "Nhập từ tệp ket-qua.csv" && a.Field == "StepDecision").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(audits, a => a.NewValue == "92 điểm, HTXSNV");
    }
}
