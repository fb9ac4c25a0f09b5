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
using PartyReview.Web.Infrastructure;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// The import's bounds (#15): the whole workbook's unzipped size and part count checked before reading, cell references
/// within a worksheet, every refusal leaving nothing of the upload, uploads in the app's own 0700 data folder and
/// removed on a timer, and one confirmation only.
/// </summary>
public sealed class ImportLimitsTests
{
    private const string UserName = "staff@demo.local";
    private const string Targets = "Năm;Mã tổ chức;Chỉ tiêu\n2027;;130\n2027;TCCS02;4\n";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ImportOptions Limits(string? folder = null) => new() { Folder = folder ?? NewFolder() };

    private static string NewFolder() => Path.Combine(DemoDatabase.TemporaryFolder, "uploads-" + Guid.NewGuid().ToString("N"));

    private static FormFile Form(byte[] content, string name) => new FormFile(new MemoryStream(content), 0, content.Length, "file", name);

    private static string[] FilesIn(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder) : [];

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
    public async Task Every_refused_upload_leaves_nothing_of_it_in_the_upload_folder(string name, string base64, string expected)
    {
        var folder = NewFolder();
        await using var context = await ImportTestContext.DemoAsync(Limits(folder));
        await using var scope = context.App.Scope(UserName);

        var result = await scope.Get<ImportWorkflow>().UploadAsync(Form(Convert.FromBase64String(base64), name), UserName, null, Token);

        Assert.False(result.Succeeded);
        Assert.Contains(expected, ImportMessages.Vietnamese(result.FirstError!.MessageKey, [.. result.FirstError.Arguments]), StringComparison.Ordinal);
        Assert.Empty(FilesIn(folder));
    }

    [Fact]
    public async Task A_dry_run_refused_row_by_row_keeps_its_outcome_for_the_page_but_not_the_file()
    {
        var folder = NewFolder();
        await using var context = await ImportTestContext.DemoAsync(Limits(folder));
        await using var scope = context.App.Scope(UserName);

        var result = await scope.Get<ImportWorkflow>().UploadAsync(Form(Encoding.UTF8.GetBytes("Năm;Mã tổ chức;Chỉ tiêu\n2027;TCCS99;4\n"), "chi-tieu.csv"), UserName, null, Token);

        Assert.True(result.Value!.HasErrors);
        Assert.Equal([result.Value.Id + ".json"], FilesIn(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Uploads_wait_in_the_app_s_own_data_folder_readable_by_its_user_only()
    {
        await using var context = await ImportTestContext.DemoAsync();
        await using var scope = context.App.Scope(UserName);
        var data = scope.Get<AppDataFolder>();
        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(context.ConnectionString).DataSource;

        var stored = await scope.Get<ImportWorkflow>().UploadAsync(Form(Encoding.UTF8.GetBytes(Targets), "chi-tieu.csv"), UserName, null, Token);

        var folder = scope.Get<ImportStore>().Folder;
        Assert.Equal(Path.GetDirectoryName(Path.GetFullPath(database)), data.Path);
        Assert.Equal(Path.Combine(data.Path, "imports"), folder);
        Assert.NotEqual(Path.Combine(Path.GetTempPath(), "partyreview-imports"), folder);
        Assert.Contains(Path.Combine(folder, stored.Value!.Id + ".upload"), FilesIn(folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, stored.Value.Id + ".upload")));
        }
    }

    [Fact]
    public async Task A_configured_folder_is_created_0700_too()
    {
        var folder = NewFolder();
        await using var context = await ImportTestContext.DemoAsync(Limits(folder));
        await using var scope = context.App.Scope(UserName);
        Assert.Equal(folder, scope.Get<ImportStore>().Folder);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
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
        Assert.Equal(2, FilesIn(limits.Folder!).Length);
        await using (var scope = context.App.Scope(UserName))
        {
            Assert.NotNull(await scope.Get<ImportWorkflow>().FindAsync(id, UserName, Token));
        }

        now = ImportTestContext.Now + TimeSpan.FromHours(2);
        await cleanup.SweepAsync(Token);
        Assert.Empty(FilesIn(limits.Folder!));
        await using (var scope = context.App.Scope(UserName))
        {
            Assert.Null(await scope.Get<ImportWorkflow>().FindAsync(id, UserName, Token));
        }
    }

    [Fact]
    public async Task Two_concurrent_confirms_of_one_upload_commit_once_and_the_second_is_told_it_was_already_confirmed()
    {
        var folder = NewFolder();
        await using var context = await ImportTestContext.DemoAsync(Limits(folder));
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
        Assert.DoesNotContain(FilesIn(folder), f => f.EndsWith(".upload", StringComparison.Ordinal));
        Assert.Equal("Lần nhập này đã được xác nhận rồi; không ghi thêm lần nào nữa.", ImportMessages.Vietnamese(ImportMessages.UploadAlreadyConfirmed));
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_nothing_and_a_confirmed_one_cannot_be_cancelled()
    {
        var folder = NewFolder();
        await using var context = await ImportTestContext.DemoAsync(Limits(folder));
        await using var scope = context.App.Scope(UserName);
        var workflow = scope.Get<ImportWorkflow>();
        var cancelled = (await workflow.UploadAsync(Form(Encoding.UTF8.GetBytes(Targets), "chi-tieu.csv"), UserName, null, Token)).Value!;
        Assert.False(workflow.IsClaimed(cancelled));
        await workflow.CancelAsync(cancelled.Id, UserName, Token);
        Assert.Empty(FilesIn(folder));

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
