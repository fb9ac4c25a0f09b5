using System.IO.Compression;
using System.Text;
using PartyReview.Web.Features.Import;

namespace PartyReview.IntegrationTests.Import;

/// <summary>Each kind of bad input is refused with a clear Vietnamese message, and nothing is written.</summary>
public sealed class MalformedImportTests
{
    private const string MembersHeader = "Mã đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Số thẻ đảng viên,Mã tổ chức";

    private static byte[] Csv(string text, bool bom = false, string separator = ",") =>
        [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text.Replace(",", separator, StringComparison.Ordinal))];

    private static async Task<(ImportTestContext Context, (int, int, int, int, int) Before)> DemoAsync(ImportOptions? limits = null)
    {
        var context = await ImportTestContext.DemoAsync(limits);
        return (context, await context.CountsAsync());
    }

    private static async Task AssertRefusedAsync(byte[] file, string name, string expected, ImportOptions? limits = null)
    {
        var (context, before) = await DemoAsync(limits);
        await using var owned = context;
        var result = await context.CommitAsync(file, name);
        Assert.False(result.Committed);
        Assert.NotNull(result.FileError);
        Assert.Contains(expected, result.FileError, StringComparison.Ordinal);
        Assert.Equal(before, await context.CountsAsync());
    }

    [Fact]
    public Task An_empty_file_is_refused() => AssertRefusedAsync([], "trong.csv", "Tệp rỗng");

    [Fact]
    public Task A_file_with_headers_only_is_refused() => AssertRefusedAsync(Csv(MembersHeader + "\n"), "tieu-de.csv", "không có dòng dữ liệu");

    [Fact]
    public Task A_wrong_type_is_refused() => AssertRefusedAsync(Csv("abc"), "ghi-chu.txt", "Chỉ nhận tệp .xlsx hoặc .csv");

    [Fact]
    public Task A_broken_workbook_is_refused() => AssertRefusedAsync([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8], "hong.xlsx", "bị hỏng");

    [Fact]
    public Task A_password_protected_workbook_is_refused() =>
        AssertRefusedAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "mat-khau.xlsx", "bảo vệ bằng mật khẩu");

    [Fact]
    public Task A_zip_that_is_not_a_workbook_is_refused()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("a.txt").Open());
            writer.Write("không phải bảng tính");
        }

        return AssertRefusedAsync(stream.ToArray(), "gia.xlsx", "không có bảng tính");
    }

    [Fact]
    public Task Wrong_headers_are_refused_naming_the_missing_columns() =>
        AssertRefusedAsync(Csv("Mã đảng viên,Họ và tên,Giới tính\nDV1,Nguyễn Văn A,Nam\n"), "sai.csv", "thiếu cột: Ngày sinh");

    [Fact]
    public Task A_formula_is_refused() =>
        AssertRefusedAsync(Csv(MembersHeader + "\nX1,=HYPERLINK(\"x\"),Nam,01/01/1980,01/01/2010,,,TCCS01\n"), "cong-thuc.csv", "là công thức");

    [Fact]
    public Task A_formula_in_a_workbook_is_refused()
    {
        var stream = new MemoryStream();
        TableWriter.WriteWorkbook(stream, [new SheetContent(ImportFormat.Members, [["X1", "Nguyễn Văn A", "Nam", new DateOnly(1980, 1, 1), new DateOnly(2010, 1, 1), null, null, "TCCS01"]])], template: false);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var cell = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().First(c => c.CellReference == "B2");
            cell.DataType = null;
            cell.InlineString = null;
            cell.CellFormula = new DocumentFormat.OpenXml.Spreadsheet.CellFormula("1+1");
            sheet.Save();
        }

        return AssertRefusedAsync(stream.ToArray(), "cong-thuc.xlsx", "Ô Đảng viên!B2 chứa công thức");
    }

    [Fact]
    public Task A_huge_cell_is_refused() =>
        AssertRefusedAsync(Csv(MembersHeader + $"\nX1,{new string('a', 5000)},Nam,01/01/1980,01/01/2010,,,TCCS01\n"), "o-lon.csv", "quá giới hạn 1.000 ký tự");

    [Fact]
    public Task Too_many_rows_are_refused() =>
        AssertRefusedAsync(Csv(MembersHeader + "\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"X{i},Nguyễn Văn A,Nam,01/01/1980,01/01/2010,,,TCCS01\n"))),
            "nhieu.csv", "quá 20 dòng", new ImportOptions { MaxRows = 20 });

    [Fact]
    public Task A_file_over_the_size_limit_is_refused() =>
        AssertRefusedAsync(Csv(MembersHeader + "\n" + new string(' ', 3000)), "lon.csv", "lớn hơn giới hạn", new ImportOptions { MaxFileBytes = 1024 });

    [Fact]
    public Task A_csv_not_in_utf8_is_refused() =>
        AssertRefusedAsync([.. Encoding.UTF8.GetBytes("Mã đảng viên,Họ và tên,Giới tính,Ngày sinh\nX1,"), 0xC0, 0xC1, 0xFF, (byte)'\n'], "latin.csv", "UTF-8");

    [Fact]
    public async Task Broken_rows_are_refused_row_by_row_with_the_cell_and_nothing_is_written()
    {
        var (context, before) = await DemoAsync();
        await using var owned = context;
        var file = Csv(MembersHeader + "\n" +
                       "MOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2010,01/03/2011,,TCCS01\n" +
                       "MOI02,Trần Thị Hai,Nữ,31/02/1985,01/02/2010,,,TCCS01\n" +
                       "MOI03,Lê Văn Ba,Nam,01/01/1980,01/02/2010,,,TCCS99\n" +
                       "MOI04,Phạm Văn Bốn,Nam,01/01/1980,01/02/2010,01/03/2011,CARD-DUP,TCCS01\n" +
                       "MOI05,Phạm Văn Năm,Nam,01/01/1980,01/02/2010,01/03/2011,CARD-DUP,TCCS01\n" +
                       "MOI06,Võ Văn Sáu,Không rõ,01/01/1980,01/02/2010,,,TCCS01\n", bom: true, separator: ";");
        var result = await context.CommitAsync(file, "loi.csv");
        Assert.False(result.Committed);
        var rows = result.Rows.ToDictionary(r => r.Row);
        Assert.True(rows[2].Status == RowStatus.New, string.Join("\n", result.Rows.Select(r => $"{r.Row} {r.Status} {r.Subject} {r.Message}")));
        Assert.Equal(RowStatus.New, rows[2].Status);
        Assert.Contains("cột «Ngày sinh»: ngày không hợp lệ «31/02/1985»", rows[3].Message, StringComparison.Ordinal);
        Assert.Contains("không có tổ chức mã «TCCS99»", rows[4].Message, StringComparison.Ordinal);
        Assert.Equal(RowStatus.New, rows[5].Status);
        Assert.Contains("số thẻ CARD-DUP trùng với đảng viên MOI04", rows[6].Message, StringComparison.Ordinal);
        Assert.Contains("không đọc được «Không rõ»", rows[7].Message, StringComparison.Ordinal);
        Assert.Equal(before, await context.CountsAsync());
    }

    [Fact]
    public async Task An_unknown_level_and_an_impossible_ledger_are_refused_with_the_reason()
    {
        var (context, before) = await DemoAsync();
        await using var owned = context;
        var file = Csv(
            "Năm,Đối tượng,Mã tổ chức,Mã đảng viên,Xếp loại\n2026,Tổ chức,TCCS02,,giỏi lắm\n2026,Tổ chức,TCCS03,,hoàn thành tốt\n");
        var result = await context.CommitAsync(file, "ket-qua.csv");
        Assert.False(result.Committed);
        Assert.Contains("cột «Xếp loại»: không đọc được «giỏi lắm»", result.Rows.Single(r => r.Row == 2).Message, StringComparison.Ordinal);

        var events = Csv("Mã đảng viên,Mã tổ chức,Loại sự kiện,Ngày\nMOI01,TCCS01,Chuyển đảng chính thức,01/03/2020\n");
        var ledger = await context.CheckAsync(Csv(MembersHeader + "\nMOI01,Nguyễn Văn Mới,Nam,01/01/1980,01/02/2020,,,\n"), "dv.csv");
        Assert.Contains("cần mã tổ chức", ledger.Rows.Single().Message, StringComparison.Ordinal);
        var unknown = await context.CheckAsync(events, "su-kien.csv");
        Assert.Contains("không có đảng viên mã «MOI01»", unknown.Rows.Single().Message, StringComparison.Ordinal);
        Assert.Equal(before, await context.CountsAsync());
    }
}
