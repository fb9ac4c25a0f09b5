using System.Text;
using PartyReview.Web.Features.Import;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// A copy of the demo shared by one sheet's refusal tests: every file is committed and must be refused, so the
/// database never changes and each test checks that against the counts taken at the start.
/// </summary>
public sealed class SheetTestFixture : IAsyncLifetime
{
    public const string OrganizationsHeader = "Mã tổ chức,Tên tổ chức,Loại hình,Ngày thành lập,Ngày giải thể,Có cấp ủy";
    public const string MembersHeader = "Mã đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Số thẻ đảng viên,Mã tổ chức";
    public const string EventsHeader = "Mã đảng viên,Mã tổ chức,Loại sự kiện,Ngày,Mã tổ chức đối ứng,Số thẻ,Số quyết định,Ghi chú";
    public const string PeriodsHeader = "Năm,Quy định,Tỷ lệ HTXSNV tối đa (%),Ngày đánh giá,Trạng thái,Tên danh hiệu TCCS tiêu biểu,Số năm liền";
    public const string ReviewsHeader = "Năm,Đối tượng,Mã tổ chức,Mã đảng viên,Xếp loại,Điểm,Lý do không xếp loại,Kỷ luật,Tự khắc phục,Nghỉ ốm từ 3 tháng,Giải trình vượt tỷ lệ,Ghi chú";
    public const string TargetsHeader = "Năm,Mã tổ chức,Chỉ tiêu";

    private ImportTestContext? _context;
    private (int, int, int, int, int) _before;
    private int _steps;

    public ImportTestContext Context => _context!;

    public async ValueTask InitializeAsync()
    {
        _context = await ImportTestContext.DemoAsync();
        _before = await _context.CountsAsync();
        _steps = (await _context.StepsAsync()).Count;
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    /// <summary>A CSV file: the header and the rows, one a line.</summary>
    public static byte[] Csv(string header, params string[] rows) => Encoding.UTF8.GetBytes(header + "\n" + string.Join("\n", rows) + "\n");

    /// <summary>A workbook of several sheets (data from row 2).</summary>
    public static byte[] Workbook(params SheetContent[] sheets)
    {
        var stream = new MemoryStream();
        TableWriter.WriteWorkbook(stream, sheets, template: false);
        return stream.ToArray();
    }

    /// <summary>
    /// Commits the file and checks it is refused: the row of <paramref name="sheet"/> numbered <paramref name="row"/> is
    /// in error with the message <paramref name="key"/>, nothing is committed, and nothing is written.
    /// </summary>
    public async Task<RowOutcome> AssertRefusedAsync(byte[] file, string name, string key, int row = 2, string? sheet = null)
    {
        var result = await Context.CommitAsync(file, name);
        Assert.False(result.Committed);
        Assert.Null(result.FileError);
        var outcome = Assert.Single(result.Rows, r => r.Row == row && (sheet is null || r.Sheet == sheet));
        Assert.Equal(RowStatus.Error, outcome.Status);
        Assert.True(outcome.Messages.Any(m => m.Key == key), $"Expected {key}, got: {string.Join(" | ", outcome.Messages.Select(m => $"{m.Key}: {m.Vietnamese}"))}");
        Assert.Equal(_before, await Context.CountsAsync());
        Assert.Equal(_steps, (await Context.StepsAsync()).Count);
        return outcome;
    }
}
