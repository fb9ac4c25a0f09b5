using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.FunctionalTests.Exports;

/// <summary>The shared list exporter on its own: CSV quoting, BOM, formula injection; .xlsx cell types.</summary>
public sealed class TableExportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed record Row(string? Name, int Count, decimal? Score, DateOnly? On);

    private static readonly IReadOnlyList<ExportColumn<Row>> Columns = new ExportColumns<Row>()
        .RowNumber("STT")
        .Text("Họ và tên", r => r.Name)
        .Number("Số lượng", r => r.Count)
        .Number("Điểm", r => r.Score)
        .Date("Ngày kết nạp", r => r.On)
        .All;

    private static readonly Row[] Data =
    [
        new("Nguyễn Văn An", 2748, 85.5m, new DateOnly(2019, 12, 31)),
        new("Lê, \"Tí\"\nThu", -3, null, null),
        new("=HYPERLINK(\"http://x\",\"bấm\")", 0, null, null),
        new("+1", 1, null, null),
        new("-2+3", 1, null, null),
        new("@SUM(A1)", 1, null, null),
        new(null, 1, null, null),
    ];

    [Fact]
    public async Task Csv_is_utf8_with_bom_comma_separated_and_quoted_by_rfc_4180()
    {
        using var stream = new MemoryStream();
        await TableExport.WriteCsvAsync(stream, Columns, TableExport.Rows(Data), Cancel);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n");
        Assert.Equal("STT,Họ và tên,Số lượng,Điểm,Ngày kết nạp", lines[0]);
        Assert.Equal("1,Nguyễn Văn An,2748,85.5,31/12/2019", lines[1]);
        Assert.Equal("2,\"Lê, \"\"Tí\"\"\nThu\",-3,,", lines[2]);
        Assert.Equal(8, text.Split("\r\n").Length - 1);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public async Task Csv_cells_that_a_spreadsheet_would_run_as_a_formula_get_an_apostrophe()
    {
        using var stream = new MemoryStream();
        await TableExport.WriteCsvAsync(stream, Columns, TableExport.Rows(Data), Cancel);
        var lines = Encoding.UTF8.GetString(stream.ToArray()[3..]).Split("\r\n");
        Assert.Equal("3,\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\",0,,", lines[3]);
        Assert.Equal("4,'+1,1,,", lines[4]);
        Assert.Equal("5,'-2+3,1,,", lines[5]);
        Assert.Equal("6,'@SUM(A1),1,,", lines[6]);
        Assert.Equal("7,,1,,", lines[7]);
        Assert.Equal("'\tx", TableExport.CsvField("\tx"));
        Assert.Equal("Bình thường", TableExport.CsvField("Bình thường"));
    }

    [Fact]
    public async Task Xlsx_has_the_headers_numbers_as_numbers_dates_as_dates_and_formulas_as_plain_text()
    {
        using var stream = new MemoryStream();
        await TableExport.WriteXlsxAsync(stream, "Đảng viên", Columns, TableExport.Rows(Data), Cancel);
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Data.Length, rows.Count);
        Assert.Equal(["STT", "Họ và tên", "Số lượng", "Điểm", "Ngày kết nạp"], rows[0].Keys);
        Assert.Equal(1d, rows[0]["STT"]);
        Assert.Equal("Nguyễn Văn An", rows[0]["Họ và tên"]);
        Assert.Equal(2748d, rows[0]["Số lượng"]);
        Assert.Equal(85.5d, rows[0]["Điểm"]);
        Assert.Equal(new DateTime(2019, 12, 31), rows[0]["Ngày kết nạp"]);
        Assert.Equal("=HYPERLINK(\"http://x\",\"bấm\")", rows[2]["Họ và tên"]);

        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = await reader.ReadToEndAsync(Cancel);
        Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("<x:f>", sheet, StringComparison.Ordinal);
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        Assert.Contains("dd/MM/yyyy", await styles.ReadToEndAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_list_still_has_its_headers()
    {
        using var xlsx = new MemoryStream();
        await TableExport.WriteXlsxAsync(xlsx, "Trống", Columns, TableExport.Rows(Array.Empty<Row>()), Cancel);
        xlsx.Position = 0;
        var cells = xlsx.Query().Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Họ và tên", Assert.Single(cells)["B"]);

        using var csv = new MemoryStream();
        await TableExport.WriteCsvAsync(csv, Columns, TableExport.Rows(Array.Empty<Row>()), Cancel);
        Assert.Equal("STT,Họ và tên,Số lượng,Điểm,Ngày kết nạp\r\n", Encoding.UTF8.GetString(csv.ToArray()[3..]));
    }

    [Theory]
    [InlineData("Đảng viên", "dang-vien-2026-11-28.xlsx")]
    [InlineData("Chi tiết 2019 – Đảng viên – Hoàn thành xuất sắc nhiệm vụ", "chi-tiet-2019-dang-vien-hoan-thanh-xuat-sac-nhiem-vu-2026-11-28.xlsx")]
    [InlineData("«»", "danh-sach-2026-11-28.xlsx")]
    public void File_names_are_ascii_without_diacritics(string stem, string expected) =>
        Assert.Equal(expected, TableExport.FileName(stem, new DateOnly(2026, 11, 28), ExportFormat.Xlsx));
}
