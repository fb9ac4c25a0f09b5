using System.Globalization;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;

namespace PartyReview.Web.Features.Import;

/// <summary>One data row of a known sheet, its cells in the format's column order.</summary>
public sealed class ParsedRow(SheetFormat format, string sheet, int number, string?[] values, int[] columns, bool workbook)
{
    public SheetFormat Format { get; } = format;
    public string Sheet { get; } = sheet;
    public int Number { get; } = number;

    public string? this[string key] => values[Format.IndexOf(key)];

    /// <summary>Where a cell is, as the user finds it: "ô D5 (Ngày sinh)" in a workbook, "cột «Ngày sinh»" in a CSV line.</summary>
    public string Cell(string key)
    {
        var index = Format.IndexOf(key);
        var header = Format.Columns[index].Header;
        return workbook && columns[index] >= 0
            ? $"ô {TableReader.ColumnName(columns[index])}{Number.ToString(CultureInfo.InvariantCulture)} ({header})"
            : $"cột «{header}»";
    }
}

/// <summary>Every data row of a file, grouped by sheet kind.</summary>
public sealed class ParsedFile
{
    public Dictionary<SheetKind, List<ParsedRow>> Sheets { get; } = [];

    public int Count => Sheets.Values.Sum(s => s.Count);

    public IReadOnlyList<ParsedRow> Rows(SheetKind kind) => Sheets.TryGetValue(kind, out var rows) ? rows : [];

    /// <summary>
    /// Reads the rows of a file: each sheet's first row must be the format's headers (in any order; unknown columns are
    /// ignored); a template's hint row is skipped.
    /// </summary>
    public static ParsedFile Read(Stream stream, string fileName, ImportOptions limits, Action<int>? rowsRead = null)
    {
        var file = new ParsedFile();
        var workbook = TableReader.IsWorkbookName(fileName);
        string? sheet = null;
        SheetFormat? format = null;
        int[] columns = [];
        var hintPending = false;
        var count = 0;
        foreach (var row in TableReader.Read(stream, fileName, limits))
        {
            if (row.Sheet != sheet)
            {
                sheet = row.Sheet;
                format = Recognize(row, workbook);
                columns = [.. format.Columns.Select(c => IndexOfHeader(row.Cells, c.Header))];
                hintPending = true;
                continue;
            }

            var values = columns.Select(i => i >= 0 && i < row.Cells.Count ? Clean(row.Cells[i]) : null).ToArray();
            if (hintPending)
            {
                hintPending = false;
                if (values.Select((v, i) => v is null || v == format!.Columns[i].Hint).All(x => x) && values.Any(v => v is not null))
                {
                    continue;
                }
            }

            if (!file.Sheets.TryGetValue(format!.Kind, out var list))
            {
                file.Sheets[format.Kind] = list = [];
            }

            list.Add(new ParsedRow(format, row.Sheet, row.Number, values, columns, workbook));
            if (++count % 1000 == 0)
            {
                rowsRead?.Invoke(count);
            }

            if (count > limits.MaxRows)
            {
                throw new ImportFileException($"Tệp có quá {VietnameseFormat.Count(limits.MaxRows)} dòng dữ liệu, giới hạn của một lần nhập; hãy chia thành nhiều tệp.");
            }
        }

        rowsRead?.Invoke(count);
        if (sheet is null)
        {
            throw new ImportFileException("Tệp rỗng: không có dữ liệu nào để nhập.");
        }

        if (count == 0)
        {
            throw new ImportFileException("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào để nhập.");
        }

        return file;
    }

    private static SheetFormat Recognize(TableRow header, bool workbook)
    {
        var where = workbook ? $"Trang «{header.Sheet}»" : $"Tệp {header.Sheet}";
        if (ImportFormat.Recognize([.. header.Cells.Where(c => ImportFormat.All.Any(s => s.Columns.Any(col => Same(col.Header, c))))]) is { } known)
        {
            return known;
        }

        var best = ImportFormat.All
            .Select(s => (Sheet: s, Known: s.Columns.Count(c => header.Cells.Any(h => Same(c.Header, h)))))
            .OrderByDescending(x => x.Known).First();
        if (best.Known == 0)
        {
            throw new ImportFileException(
                $"{where}: dòng {header.Number} không phải dòng tiêu đề của mẫu nhập (ví dụ «{string.Join("», «", ImportFormat.Members.Columns.Take(3).Select(c => c.Header))}»). " +
                "Hãy dùng tệp mẫu tải từ trang Nhập và xuất dữ liệu.");
        }

        var missing = best.Sheet.Columns.Where(c => c.Required && !header.Cells.Any(h => Same(c.Header, h))).Select(c => c.Header);
        throw new ImportFileException($"{where}: tiêu đề cột không đúng mẫu «{best.Sheet.Title}»; thiếu cột: {string.Join(", ", missing)}.");
    }

    private static int IndexOfHeader(IReadOnlyList<string?> cells, string header)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (Same(header, cells[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Same(string header, string? cell) => cell is not null && ImportSpellings.Key(cell) == ImportSpellings.Key(header);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
