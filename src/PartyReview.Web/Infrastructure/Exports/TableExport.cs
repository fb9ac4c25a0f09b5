using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using MiniExcelLibs.Attributes;
using PartyReview.Domain.Text;

namespace PartyReview.Web.Infrastructure.Exports;

/// <summary>The two download formats of a list page.</summary>
public enum ExportFormat
{
    Xlsx,
    Csv,
}

/// <summary>How a column's values are written: text, a number, a date, a date and time, or the row's number (STT).</summary>
public enum ExportCellKind
{
    Text,
    Number,
    Date,
    DateTime,
    RowNumber,
}

/// <summary>One column of an exported list: its header (as on screen) and how a row gives its value.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value, ExportCellKind Kind = ExportCellKind.Text);

/// <summary>The columns of an exported list, in order, built as <c>new ExportColumns&lt;Row&gt;().Text(...).Date(...)</c>.</summary>
public sealed class ExportColumns<T>
{
    private readonly List<ExportColumn<T>> _columns = [];

    public IReadOnlyList<ExportColumn<T>> All => _columns;

    public ExportColumns<T> Text(string header, Func<T, string?> value) => Add(new(header, r => value(r)));

    /// <summary>An integer or decimal, written as a number (not "2.748" text).</summary>
    public ExportColumns<T> Number(string header, Func<T, object?> value) => Add(new(header, value, ExportCellKind.Number));

    /// <summary>A date: a real date cell shown dd/MM/yyyy in .xlsx, dd/MM/yyyy text in .csv.</summary>
    public ExportColumns<T> Date(string header, Func<T, DateOnly?> value) => Add(new(header, r => value(r), ExportCellKind.Date));

    /// <summary>A UTC time, written in local time as dd/MM/yyyy HH:mm:ss.</summary>
    public ExportColumns<T> DateTime(string header, Func<T, System.DateTime?> value) => Add(new(header, r => value(r), ExportCellKind.DateTime));

    /// <summary>The row's number in the list, from 1 (the "STT" column).</summary>
    public ExportColumns<T> RowNumber(string header) => Add(new(header, _ => null, ExportCellKind.RowNumber));

    /// <summary>Adds a column only when the condition holds (e.g. the score column under the 100-point scale).</summary>
    public ExportColumns<T> If(bool condition, Func<ExportColumns<T>, ExportColumns<T>> add) => condition ? add(this) : this;

    private ExportColumns<T> Add(ExportColumn<T> column)
    {
        _columns.Add(column);
        return this;
    }
}

/// <summary>
/// Writes a list as .xlsx (MiniExcel) or .csv (UTF-8 with BOM, comma, RFC 4180 quoting), row by row from an
/// <see cref="IAsyncEnumerable{T}"/>, so an export never holds the whole list in memory. Text that a spreadsheet would
/// read as a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe in .csv; in .xlsx
/// every text is written as a string cell, never as a formula.
/// </summary>
public static class TableExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv";

    private const string DateFormat = "dd/MM/yyyy";
    private const string DateTimeFormat = "dd/MM/yyyy HH:mm:ss";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>"xlsx" or "csv" (any case); anything else is no format.</summary>
    public static bool TryParseFormat(string? value, out ExportFormat format)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "XLSX":
                format = ExportFormat.Xlsx;
                return true;
            case "CSV":
                format = ExportFormat.Csv;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv ? CsvContentType + "; charset=utf-8" : XlsxContentType;

    /// <summary>An ASCII file name without diacritics: "Đảng viên" and 28/11/2026 give "dang-vien-2026-11-28.xlsx".</summary>
    public static string FileName(string stem, DateOnly date, ExportFormat format) =>
        $"{Slug(stem)}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{Extension(format)}";

    /// <summary>Lower case ASCII letters, digits and single hyphens: "Đảng viên – HTXSNV 2019" gives "dang-vien-htxsnv-2019".</summary>
    public static string Slug(string text)
    {
        var key = VietnameseText.SearchKey(text);
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "danh-sach" : slug;
    }

    /// <summary>True when a spreadsheet would read the text as a formula (or as the start of one).</summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// One CSV field: text guarded against formulas (numbers and dates we formatted ourselves, such as -3, are not),
    /// quoted when it holds a comma, a semicolon (readers that split on it), a quote or a line break, or starts or ends
    /// with a space (readers that trim).
    /// </summary>
    public static string CsvField(string? value, bool isText = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = isText && LooksLikeFormula(value) ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",;\"\r\n") >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>Writes the list as CSV: the UTF-8 BOM, the header line, then one line per row, CRLF line ends.</summary>
    public static async Task WriteCsvAsync<T>(Stream output, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', columns.Select(c => CsvField(c.Header))));
        var number = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            number++;
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    await writer.WriteAsync(',');
                }

                await writer.WriteAsync(CsvField(CsvText(columns[i], row, number), columns[i].Kind == ExportCellKind.Text));
            }

            await writer.WriteLineAsync();
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the list as one .xlsx sheet: the header row, then one row per row, dates as date cells, numbers as numbers.</summary>
    public static async Task WriteXlsxAsync<T>(
        Stream output, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. columns.Select((c, i) => c.Kind switch
            {
                ExportCellKind.Date => new DynamicExcelColumn(Key(i)) { Format = DateFormat, Width = 12 },
                ExportCellKind.DateTime => new DynamicExcelColumn(Key(i)) { Format = DateTimeFormat, Width = 19 },
                _ => null,
            }).Where(c => c is not null).Cast<DynamicExcelColumn>()],
        };

        // The header is the first row of the data (not MiniExcel's own header), so an empty list still has its headers.
        await output.SaveAsAsync(XlsxRows(columns, rows, cancellationToken), printHeader: false, sheetName: SheetName(sheetName),
            configuration: configuration, cancellationToken: cancellationToken);
    }

    /// <summary>Writes the list in the format asked for.</summary>
    public static Task WriteAsync<T>(
        Stream output, ExportFormat format, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken cancellationToken = default) =>
        format == ExportFormat.Csv
            ? WriteCsvAsync(output, columns, rows, cancellationToken)
            : WriteXlsxAsync(output, sheetName, columns, rows, cancellationToken);

    /// <summary>A list already in memory (a page whose rows are few by nature, e.g. one per organization) as a sequence.</summary>
    public static async IAsyncEnumerable<T> Rows<T>(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<Dictionary<string, object?>> XlsxRows<T>(
        IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var header = new Dictionary<string, object?>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            header[Key(i)] = columns[i].Header;
        }

        yield return header;
        var number = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            number++;
            var cells = new Dictionary<string, object?>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                cells[Key(i)] = XlsxValue(columns[i], row, number);
            }

            yield return cells;
        }
    }

    private static object? XlsxValue<T>(ExportColumn<T> column, T row, int number)
    {
        if (column.Kind == ExportCellKind.RowNumber)
        {
            return number;
        }

        return column.Value(row) switch
        {
            null => null,
            DateOnly date => date.ToDateTime(TimeOnly.MinValue),
            DateTime time when column.Kind == ExportCellKind.DateTime => Local(time),
            string text => text,
            var value when column.Kind == ExportCellKind.Number => value,
            var value => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    private static string? CsvText<T>(ExportColumn<T> column, T row, int number)
    {
        if (column.Kind == ExportCellKind.RowNumber)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        return column.Value(row) switch
        {
            null => null,
            DateOnly date => date.ToString(DateFormat, CultureInfo.InvariantCulture),
            DateTime time when column.Kind == ExportCellKind.DateTime => Local(time).ToString(DateTimeFormat, CultureInfo.InvariantCulture),
            DateTime time => time.ToString(DateFormat, CultureInfo.InvariantCulture),
            IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString(),
        };
    }

    private static DateTime Local(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime();

    private static string Key(int index) => "c" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c)]).Trim();
        return cleaned.Length == 0 ? "Danh sách" : cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
