using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PartyReview.IntegrationTests.Reports;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.IntegrationTests.Exports;

/// <summary>A list export reads its rows in one streamed query, projected in the database, whatever the list's length.</summary>
public sealed class ExportQueryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_whole_member_list_at_a_date_is_written_from_one_streamed_query()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        var app = ReportTestServices.App(connectionString);
        await using var scope = app.Scope();
        var members = scope.Get<MemberService>();
        app.Commands.Count = 0;
        var columns = new ExportColumns<MemberLine>().Text("Mã đảng viên", m => m.MemberCode).Date("Ngày kết nạp", m => m.AdmittedOn).All;

        var rows = await members.QueryAsync(null, null, null, includeLeft: false, new DateOnly(2019, 12, 31), Scope.WholeCommittee, Token);
        using var file = new MemoryStream();
        await TableExport.WriteXlsxAsync(file, "Đảng viên", columns, rows.AsAsyncEnumerable(), Token);

        // The committee, then the list itself: no query per row, no count, no paging.
        Assert.Equal(2, app.Commands.Count);
        Assert.Empty(scope.Db().ChangeTracker.Entries());
        file.Position = 0;
        Assert.Equal(2748, file.Query(useHeaderRow: true).Count());
    }

    [Fact]
    public async Task A_drill_down_is_exported_from_the_same_query_as_its_page()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        var app = ReportTestServices.App(connectionString);
        await using var scope = app.Scope();
        var dashboards = scope.Get<DashboardService>();
        app.Commands.Count = 0;
        var drill = await dashboards.DrillQueryAsync(2019, DrillSubject.Member, DrillLevel.Rated, null, null, Token);
        using var file = new MemoryStream();
        await TableExport.WriteCsvAsync(file, new ExportColumns<DrillRow>().RowNumber("STT").Text("Mã", r => r.Code).All, drill!.Rows.AsAsyncEnumerable(), Token);

        // Committee, period, the rows.
        Assert.Equal(3, app.Commands.Count);
        var lines = System.Text.Encoding.UTF8.GetString(file.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 2662, lines.Length);
        Assert.StartsWith("2662,", lines[^1], StringComparison.Ordinal);
    }
}
