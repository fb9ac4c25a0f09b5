using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using PartyReview.Web.Features.Import;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// The import's bounds (#15): the whole workbook's unzipped size and part count checked before reading, cell references
/// within a worksheet, every refusal leaving nothing of the upload, uploads waiting in the database (owner, hash)
/// and removed on a timer, and one confirmation only.
/// </summary>
public sealed class ImportLimitsTests
{
    private const string UserName = "staff@demo.local";
    private const string Targets = "Năm;Mã tổ chức;Chỉ tiêu\n2027;;130\n2027;TCCS02;4\n";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ImportOptions Limits() => new();

    private static FormFile Form(byte[] content, string name) => new FormFile(new MemoryStream(content), 0, content.Length, "file", name);

    /// <summary>The uploads waiting in the database: id, and whether the file itself is still kept.</summary>
    private static async Task<List<(string Id, bool HasFile)>> UploadsAsync(ImportTestContext context)
    {
        await using var db = context.NewDbContext();
        return [.. (await db.PendingImports.AsNoTracking().OrderBy(p => p.UploadedAt).Select(p => new { p.Id, HasFile = p.Content != null }).ToListAsync(Token)).Select(p => (p.Id, p.HasFile))];
    }

    public static byte[] MembersWorkbook(Action<SpreadsheetDocument>? change = null) => ImportWorkbooks.MembersWorkbook(change);

    public static byte[] ZipBomb(int entries, int megabytes) => ImportWorkbooks.ZipBomb(entries, megabytes);

    /// <summary>The members workbook with cell B2's reference replaced (and, for a row, the row's index).</summary>
    public static byte[] WithReference(string reference, uint? row = null) => MembersWorkbook(document =>
    {
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cell = sheet.Descendants<Cell>().First(c => c.CellReference == "B2");
        cell.CellReference = reference;
        if (row is { } index)
        {
            var parent = (Row)cell.Parent!;
            parent.RowIndex = index;
            foreach (var other in parent.Elements<Cell>().Where(c => c != cell))
            {
                other.CellReference = TableReader.ColumnName(TableReader.ColumnIndex(other.CellReference!.Value) ?? 0) + index;
            }
        }

        sheet.Save();
    });

    private static async Task<ImportResult> CheckAsync(ImportTestContext context, byte[] file, string name)
    {
        await using var scope = context.App.Scope(UserName);
        return await scope.Get<ImportService>().CheckAsync(new MemoryStream(file), name, cancellationToken: Token);
    }

    [Fact]
    public async Task A_workbook_that_unzips_over_the_total_cap_is_refused_before_reading_with_the_sizes()
    {
        await using var context = await ImportTestContext.DemoAsync(Limits());
        var bomb = ZipBomb(entries: 3, megabytes: 40);
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"{bomb.Length} bytes uploaded");

        var result = await CheckAsync(context, bomb, "bom.xlsx");

        Assert.Equal("Tệp .xlsx khi giải nén lên tới 120 MB, quá giới hạn 100 MB; hãy chia thành nhiều tệp nhỏ hơn.", result.FileError);
    }

    [Fact]
    public async Task The_total_cap_is_a_setting()
    {
        var limits = Limits();
        limits.MaxUnzippedBytes = 1024 * 1024;
        await using var context = await ImportTestContext.DemoAsync(limits);
        var result = await CheckAsync(context, ZipBomb(entries: 1, megabytes: 2), "bom.xlsx");
        Assert.Contains("quá giới hạn 1 MB", result.FileError, StringComparison.Ordinal);

        var ordinary = await CheckAsync(context, MembersWorkbook(), "dang-vien.xlsx");
        Assert.Null(ordinary.FileError);
    }

    [Fact]
    public async Task A_workbook_of_too_many_zip_entries_is_refused()
    {
        var limits = Limits();
        limits.MaxZipEntries = 20;
        await using var context = await ImportTestContext.DemoAsync(limits);
        var stream = new MemoryStream();
        stream.Write(MembersWorkbook());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < 30; i++)
            {
                zip.CreateEntry($"xl/extra/{i}.xml");
            }
        }

        var result = await CheckAsync(context, stream.ToArray(), "nhieu-phan.xlsx");

        Assert.StartsWith("Tệp .xlsx có ", result.FileError, StringComparison.Ordinal);
        Assert.EndsWith("phần nén, quá giới hạn 20; hãy mở bằng Excel, lưu lại rồi tải lên lại.", result.FileError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XFDXFDXFD2", "XFDXFDXFD2")]
    [InlineData("XFE2", "XFE2")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2", "AAAAAAAAAAAAAAAAAAAA…")]
    [InlineData("B99999999999", "B99999999999")]
    public async Task A_cell_reference_beyond_a_worksheet_is_refused_naming_the_cell(string reference, string shown)
    {
        await using var context = await ImportTestContext.DemoAsync(Limits());
        var result = await CheckAsync(context, WithReference(reference), "o-xa.xlsx");
        Assert.Equal(
            $"Ô «{shown}» của trang «Đảng viên» có địa chỉ ngoài phạm vi một trang tính (tối đa cột XFD, dòng 1.048.576); hãy mở bằng Excel, lưu lại rồi tải lên lại.",
            result.FileError);
    }

    [Fact]
    public async Task A_row_beyond_a_worksheet_is_refused()
    {
        await using var context = await ImportTestContext.DemoAsync(Limits());
        var result = await CheckAsync(context, WithReference("B3000000000", 3_000_000_000), "dong-xa.xlsx");
        Assert.Contains("có địa chỉ ngoài phạm vi một trang tính", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_column_and_row_of_a_worksheet_are_read()
    {
        Assert.Equal(16_383, TableReader.ColumnIndex("XFD1048576"));
        Assert.Equal(-1, TableReader.ColumnIndex("XFD1048577"));
        Assert.Equal(27, TableReader.ColumnIndex("AB12"));
        await using var context = await ImportTestContext.DemoAsync(Limits());
        var result = await CheckAsync(context, WithReference("XFD2"), "cot-cuoi.xlsx");
        Assert.Null(result.FileError);
    }

    public static TheoryData<string, string, string> RefusedUploads()
    {
        static string Text(byte[] b) => Convert.ToBase64String(b);
        return new()
        {
            { "trong.csv", "", "Tệp rỗng" },
            { "ghi-chu.txt", Text(Encoding.UTF8.GetBytes("abc")), "Chỉ nhận tệp .xlsx hoặc .csv" },
            { "la.csv", Text(Encoding.UTF8.GetBytes("Cột lạ,Khác\n1,2\n")), "không phải dòng tiêu đề" },
            { "hong.xlsx", Text([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), "bị hỏng" },
            { "bom.xlsx", Text(ZipBomb(3, 40)), "khi giải nén lên tới 120 MB" },
            { "o-xa.xlsx", Text(WithReference("XFDXFDXFD2")), "ngoài phạm vi một trang tính" },
            { "cong-thuc.csv", Text(Encoding.UTF8.GetBytes("Mã đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Số thẻ đảng viên,Mã tổ chức\nX1,=1+1,Nam,01/01/1980,01/01/2010,,,TCCS01\n")), "là công thức" },
        };
    }

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task Every_refused_upload_leaves_nothing_of_it_in_the_database(string name, string base64, string expected)
    {
        await using var context = await ImportTestContext.DemoAsync(Limits());
        await using var scope = context.App.Scope(UserName);

        var result = await scope.Get<ImportWorkflow>().UploadAsync(Form(Convert.FromBase64String(base64), name), UserName, null, Token);

        Assert.False(result.Succeeded);
        Assert.Contains(expected, ImportMessages.Vietnamese(result.FirstError!.MessageKey, [.. result.FirstError.Arguments]), StringComparison.Ordinal);
        Assert.Empty(await UploadsAsync(context));
    }

    [Fact]
    public async Task A_dry_run_refused_row_by_row_keeps_its_outcome_for_the_page_but_not_the_file()
    {
        await using var context = await ImportTestContext.DemoAsync(Limits());
        await using var scope = context.App.Scope(UserName);

        var result = await scope.Get<ImportWorkflow>().UploadAsync(Form(Encoding.UTF8.GetBytes("Năm;Mã tổ chức;Chỉ tiêu\n2027;TCCS99;4\n"), "chi-tieu.csv"), UserName, null, Token);

        Assert.True(result.Value!.HasErrors);
        Assert.Equal([(result.Value.Id, false)], await UploadsAsync(context));
    }

    [Fact]
    public async Task Uploads_wait_in_the_database_with_their_owner_and_hash_and_nobody_else_finds_them()
    {
        await using var context = await ImportTestContext.DemoAsync();
        var content = Encoding.UTF8.GetBytes(Targets);
        string id;
        await using (var scope = context.App.Scope(UserName))
        {
            id = (await scope.Get<ImportWorkflow>().UploadAsync(Form(content, "chi-tieu.csv"), UserName, null, Token)).Value!.Id;
        }

        await using (var db = context.NewDbContext())
        {
            var row = await db.PendingImports.AsNoTracking().SingleAsync(Token);
            Assert.Equal((id, UserName, "chi-tieu.csv", (long)content.Length), (row.Id, row.UserName, row.FileName, row.Size));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), row.Hash);
            Assert.Equal(content, row.Content);
        }

        await using (var scope = context.App.Scope("leader@demo.local"))
        {
            Assert.Null(await scope.Get<ImportWorkflow>().FindAsync(id, "leader@demo.local", Token));
            Assert.False(await scope.Get<ImportWorkflow>().CancelAsync(id, "leader@demo.local", Token));
        }

        await using (var scope = context.App.Scope(UserName))
        {
            Assert.NotNull(await scope.Get<ImportWorkflow>().FindAsync(id, UserName, Token));
        }
    }

    [Fact]
    public async Task An_unconfirmed_upload_is_removed_by_the_timer_once_it_has_waited_its_keeping_time_and_not_before()
    {
        var now = ImportTestContext.Now;
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(() => now);
        clock.Setup(c => c.LocalTimeZone).Returns(TimeZoneInfo.Utc);
        var limits = Limits();
        limits.KeepFor = TimeSpan.FromHours(2);
        await using var context = await ImportTestContext.DemoAsync(limits, clock.Object);
        var cleanup = context.App.Singleton<IEnumerable<IHostedService>>().OfType<ImportCleanupService>().Single();
        string id;
        await using (var scope = context.App.Scope(UserName))
        {
            id = (await scope.Get<ImportWorkflow>().UploadAsync(Form(Encoding.UTF8.GetBytes(Targets), "chi-tieu.csv"), UserName, null, Token)).Value!.Id;
        }

        now = ImportTestContext.Now + TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1);
        await cleanup.SweepAsync(Token);
        Assert.Single(await UploadsAsync(context));
        await using (var scope = context.App.Scope(UserName))
        {
            Assert.NotNull(await scope.Get<ImportWorkflow>().FindAsync(id, UserName, Token));
        }

        now = ImportTestContext.Now + TimeSpan.FromHours(2);
        await cleanup.SweepAsync(Token);
        Assert.Empty(await UploadsAsync(context));
        await using (var scope = context.App.Scope(UserName))
        {
            Assert.Null(await scope.Get<ImportWorkflow>().FindAsync(id, UserName, Token));
        }
    }

    [Fact]
    public async Task Two_concurrent_confirms_of_one_upload_commit_once_and_the_second_is_told_it_was_already_confirmed()
    {
        await using var context = await ImportTestContext.DemoAsync(Limits());
        string id;
        await using (var scope = context.App.Scope(UserName))
        {
            id = (await scope.Get<ImportWorkflow>().UploadAsync(Form(Encoding.UTF8.GetBytes(Targets), "chi-tieu.csv"), UserName, null, Token)).Value!.Id;
        }

        async Task<ConfirmOutcome> ConfirmAsync()
        {
            await using var scope = context.App.Scope(UserName);
            var (outcome, stored) = await scope.Get<ImportWorkflow>().ConfirmAsync(id, UserName, null, Token);
            Assert.NotNull(stored);
            return outcome == ConfirmOutcome.Checked && !stored.Committed ? throw new InvalidOperationException("refused") : outcome;
        }

        var outcomes = await Task.WhenAll(ConfirmAsync(), ConfirmAsync());

        Assert.Equal([ConfirmOutcome.Checked, ConfirmOutcome.AlreadyConfirmed], outcomes.Order());
        Assert.Equal(ConfirmOutcome.AlreadyConfirmed, await ConfirmAsync());
        await using var db = context.NewDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == ImportService.EntityType, Token));
        Assert.Equal([(id, false)], await UploadsAsync(context));
        Assert.Equal("Lần nhập này đã được xác nhận rồi; không ghi thêm lần nào nữa.", ImportMessages.Vietnamese(ImportMessages.UploadAlreadyConfirmed));
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_nothing_and_a_confirmed_one_cannot_be_cancelled()
    {
        await using var context = await ImportTestContext.DemoAsync(Limits());
        await using var scope = context.App.Scope(UserName);
        var workflow = scope.Get<ImportWorkflow>();
        var cancelled = (await workflow.UploadAsync(Form(Encoding.UTF8.GetBytes(Targets), "chi-tieu.csv"), UserName, null, Token)).Value!;
        Assert.False(await workflow.IsClaimedAsync(cancelled, Token));
        await workflow.CancelAsync(cancelled.Id, UserName, Token);
        Assert.Empty(await UploadsAsync(context));

        var confirmed = (await workflow.UploadAsync(Form(Encoding.UTF8.GetBytes(Targets), "chi-tieu.csv"), UserName, null, Token)).Value!;
        var (outcome, _) = await workflow.ConfirmAsync(confirmed.Id, UserName, null, Token);
        Assert.Equal(ConfirmOutcome.Checked, outcome);
        await workflow.CancelAsync(confirmed.Id, UserName, Token);
        Assert.True((await workflow.FindAsync(confirmed.Id, UserName, Token))!.Committed);
    }

    [Fact]
    public void The_cleanup_runs_as_a_hosted_service()
    {
        var services = new ServiceCollection();
        services.AddImportFeature(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ImportCleanupService));
    }
}
