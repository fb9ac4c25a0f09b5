using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MiniExcelLibs;
using PartyReview.Data.Auditing;
using PartyReview.IntegrationTests.Reports;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Movements;
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
        await using var app = AppServices.Create(await DemoDatabase.CopyAsync(), new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));
        await using var scope = app.Scope();
        var db = scope.Db();
        var members = scope.Get<MemberService>();
        var counter = app.Commands;
        var columns = new ExportColumns<MemberLine>().Text("Mã đảng viên", m => m.MemberCode).Date("Ngày kết nạp", m => m.AdmittedOn).All;

        var rows = await members.QueryAsync(null, null, null, includeLeft: false, new DateOnly(2019, 12, 31), Scope.WholeCommittee, Token);
        using var file = new MemoryStream();
        await TableExport.WriteXlsxAsync(file, "Đảng viên", columns, rows.AsAsyncEnumerable(), Token);

        // The committee, then the list itself: no query per row, no count, no paging.
        Assert.Equal(2, counter.Count);
        Assert.Empty(db.ChangeTracker.Entries());
        file.Position = 0;
        Assert.Equal(2748, file.Query(useHeaderRow: true).Count());
    }

    [Fact]
    public async Task A_drill_down_is_exported_from_the_same_query_as_its_page()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        var counter = new CommandCounter();
        await using var db = DemoDatabase.CreateContext(connectionString, o => o.AddInterceptors(counter));
        var drill = await ReportTestServices.Dashboards(db).DrillQueryAsync(2019, DrillSubject.Member, DrillLevel.Rated, null, null, Token);
        using var file = new MemoryStream();
        await TableExport.WriteCsvAsync(file, new ExportColumns<DrillRow>().RowNumber("STT").Text("Mã", r => r.Code).All, drill!.Rows.AsAsyncEnumerable(), Token);

        // Committee, period, the rows.
        Assert.Equal(3, counter.Count);
        var lines = System.Text.Encoding.UTF8.GetString(file.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 2662, lines.Length);
        Assert.StartsWith("2662,", lines[^1], StringComparison.Ordinal);
    }
}
