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
    public ImportCell Cell(string key)
    {
        var index = Format.IndexOf(key);
        return new ImportCell(workbook && columns[index] >= 0 ? TableReader.ColumnName(columns[index]) : null, Number, Format.Columns[index].Header);
    }

    /// <summary>A message about the cell of <paramref name="key"/>: the cell is its first value.</summary>
    public ImportMessage At(string key, string messageKey, params string[] arguments) => new(messageKey, arguments) { Cell = Cell(key) };
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
                throw new ImportFileException(ImportMessages.FileTooManyRows, VietnameseFormat.Count(limits.MaxRows));
            }
        }

        rowsRead?.Invoke(count);
        if (sheet is null)
        {
            throw new ImportFileException(ImportMessages.FileEmpty);
        }

        if (count == 0)
        {
            throw new ImportFileException(ImportMessages.FileHeadersOnly);
        }

        return file;
    }

    private static SheetFormat Recognize(TableRow header, bool workbook)
    {
        if (ImportFormat.Recognize([.. header.Cells.Where(c => ImportFormat.All.Any(s => s.Columns.Any(col => Same(col.Header, c))))]) is { } known)
        {
            return known;
        }

        var best = ImportFormat.All
            .Select(s => (Sheet: s, Known: s.Columns.Count(c => header.Cells.Any(h => Same(c.Header, h)))))
            .OrderByDescending(x => x.Known).First();
        if (best.Known == 0)
        {
            throw new ImportFileException(workbook ? ImportMessages.FileNotHeaderRowInSheet : ImportMessages.FileNotHeaderRowInCsv,
                header.Sheet, header.Number.ToString(CultureInfo.InvariantCulture), string.Join("», «", ImportFormat.Members.Columns.Take(3).Select(c => c.Header)));
        }

        var missing = best.Sheet.Columns.Where(c => c.Required && !header.Cells.Any(h => Same(c.Header, h))).Select(c => c.Header);
        throw new ImportFileException(workbook ? ImportMessages.FileWrongHeadersInSheet : ImportMessages.FileWrongHeadersInCsv,
            header.Sheet, best.Sheet.Title, string.Join(", ", missing));
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
