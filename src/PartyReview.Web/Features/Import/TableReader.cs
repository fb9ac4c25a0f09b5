using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyReview.Domain.Formatting;

namespace PartyReview.Web.Features.Import;

/// <summary>A file refused as a whole, with the Vietnamese reason shown to the user; nothing of it is imported.</summary>
public sealed class ImportFileException(string message) : Exception(message);

/// <summary>One row of a sheet or CSV file as text, with its row number (1-based, as the spreadsheet shows it).</summary>
public sealed record TableRow(string Sheet, int Number, IReadOnlyList<string?> Cells);

/// <summary>The limits a file is read within (configuration section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest file accepted, in bytes (default 10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most data rows a file may hold, over all its sheets.</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>The longest text a cell may hold.</summary>
    public int MaxCellLength { get; set; } = 1_000;

    /// <summary>Where uploaded files wait for confirmation; empty for the system's temporary folder.</summary>
    public string? Folder { get; set; }

    /// <summary>How long an unconfirmed upload is kept.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>
/// Reads an uploaded <c>.xlsx</c> (streaming, with the Open XML SAX reader) or <c>.csv</c> (UTF-8 with or without BOM,
/// comma, semicolon or tab) as rows of text. Refuses, with <see cref="ImportFileException"/>, what cannot be read
/// safely: a broken or password-protected workbook, formulas, cells or row counts over the limits.
/// </summary>
public static class TableReader
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0];

    public static bool IsWorkbookName(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool IsCsvName(string fileName) => fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The rows of every sheet in order. <paramref name="stream"/> must be seekable.</summary>
    public static IEnumerable<TableRow> Read(Stream stream, string fileName, ImportOptions limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (stream.Length == 0)
        {
            throw new ImportFileException("Tệp rỗng: không có dữ liệu nào để nhập.");
        }

        var head = new byte[4];
        var read = stream.Read(head, 0, 4);
        stream.Position = 0;
        if (IsWorkbookName(fileName))
        {
            if (read == 4 && head.AsSpan().SequenceEqual(CompoundFileMagic))
            {
                throw new ImportFileException(
                    "Tệp Excel được bảo vệ bằng mật khẩu (hoặc là định dạng Excel cũ .xls): hãy gỡ mật khẩu và lưu lại dưới dạng .xlsx rồi tải lên lại.");
            }

            if (read < 4 || !head.AsSpan().SequenceEqual(ZipMagic))
            {
                throw new ImportFileException("Tệp không phải bảng tính .xlsx hợp lệ (tệp bị hỏng hoặc sai định dạng).");
            }

            return ReadWorkbook(stream, limits);
        }

        if (IsCsvName(fileName))
        {
            if (read == 4 && (head.AsSpan().SequenceEqual(ZipMagic) || head.AsSpan().SequenceEqual(CompoundFileMagic)))
            {
                throw new ImportFileException("Tệp có đuôi .csv nhưng là tệp Excel: hãy đổi tên thành .xlsx hoặc lưu lại dưới dạng CSV UTF-8.");
            }

            return ReadCsv(stream, Path.GetFileName(fileName), limits);
        }

        throw new ImportFileException("Chỉ nhận tệp .xlsx hoặc .csv.");
    }

    private static IEnumerable<TableRow> ReadWorkbook(Stream stream, ImportOptions limits)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 200_000_000 });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new ImportFileException("Tệp .xlsx bị hỏng hoặc không đọc được; hãy mở bằng Excel, lưu lại rồi tải lên lại.");
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new ImportFileException("Tệp .xlsx không có bảng tính nào.");
            var sharedStrings = Guard(() => ReadSharedStrings(workbook.SharedStringTablePart, limits));
            var sheets = Guard(() => workbook.Workbook?.Sheets?.Elements<Sheet>().ToList()) ?? [];
            if (sheets.Count == 0)
            {
                throw new ImportFileException("Tệp .xlsx không có bảng tính nào.");
            }

            var rows = 0;
            foreach (var sheet in sheets)
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var name = sheet.Name?.Value ?? "?";
                using var reader = Guard(() => OpenXmlReader.Create(part));
                while (Guard(reader.Read))
                {
                    if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                    {
                        continue;
                    }

                    var row = (Row)Guard(reader.LoadCurrentElement)!;
                    var number = (int)(row.RowIndex?.Value ?? 0);
                    var cells = new List<string?>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                        var reference = $"{name}!{cell.CellReference?.Value}";
                        if (cell.CellFormula is not null)
                        {
                            throw new ImportFileException(
                                $"Ô {reference} chứa công thức (={cell.CellFormula.Text}): hãy sao chép và dán giá trị (Paste Values) thay cho công thức rồi tải lên lại.");
                        }

                        var value = CellText(cell, sharedStrings);
                        if (value is { Length: var length } && length > limits.MaxCellLength)
                        {
                            throw new ImportFileException(
                                $"Ô {reference} dài {VietnameseFormat.Count(length)} ký tự, quá giới hạn {VietnameseFormat.Count(limits.MaxCellLength)} ký tự một ô.");
                        }

                        if (column >= 200)
                        {
                            continue;
                        }

                        while (cells.Count <= column)
                        {
                            cells.Add(null);
                        }

                        cells[column] = value;
                    }

                    if (cells.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }

                    if (++rows > limits.MaxRows + sheets.Count * 2)
                    {
                        throw TooManyRows(limits);
                    }

                    yield return new TableRow(name, number, cells);
                }
            }
        }
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or IOException)
        {
            throw new ImportFileException(
                e.Message.Contains("MaxCharactersInPart", StringComparison.Ordinal) || e is InvalidDataException && e.Message.Contains("exceed", StringComparison.OrdinalIgnoreCase)
                    ? "Tệp .xlsx khi giải nén quá lớn; hãy chia thành nhiều tệp nhỏ hơn."
                    : "Tệp .xlsx bị hỏng hoặc không đọc được; hãy mở bằng Excel, lưu lại rồi tải lên lại.");
        }
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part, ImportOptions limits)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        long total = 0;
        var budget = (long)limits.MaxRows * 20 * Math.Max(limits.MaxCellLength, 100);
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var text = reader.LoadCurrentElement()!.InnerText;
                total += text.Length;
                if (total > budget)
                {
                    throw new ImportFileException("Tệp .xlsx chứa quá nhiều chữ; hãy chia thành nhiều tệp nhỏ hơn.");
                }

                // A very long shared string is refused where a cell uses it, with the cell's address.
                strings.Add(text);
            }
        }

        return strings;
    }

    private static string? CellText(Cell cell, List<string> sharedStrings)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Count
                ? sharedStrings[index]
                : throw new ImportFileException("Tệp .xlsx bị hỏng (tham chiếu chuỗi không tồn tại).");
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "Có" : "Không";
        }

        if (type == CellValues.Error)
        {
            return raw;
        }

        return raw;
    }

    /// <summary>"AB12" → 27 (0-based).</summary>
    public static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = index * 26 + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? null : index - 1;
    }

    /// <summary>0 → "A", 27 → "AB".</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        index++;
        while (index > 0)
        {
            var remainder = (index - 1) % 26;
            name = (char)('A' + remainder) + name;
            index = (index - 1) / 26;
        }

        return name;
    }

    private static ImportFileException TooManyRows(ImportOptions limits) =>
        new($"Tệp có quá {VietnameseFormat.Count(limits.MaxRows)} dòng dữ liệu, giới hạn của một lần nhập; hãy chia thành nhiều tệp.");

    private static IEnumerable<TableRow> ReadCsv(Stream stream, string name, ImportOptions limits)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        char? delimiter = null;
        var number = 0;
        var rows = 0;
        var record = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        var justClosed = false;
        var buffer = new char[8192];
        var pending = new List<char>();
        int count;
        while ((count = ReadChars(reader, buffer)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                pending.Add(buffer[i]);
            }

            if (delimiter is null)
            {
                var firstLineEnd = pending.IndexOf('\n');
                if (firstLineEnd < 0 && pending.Count < 65_536)
                {
                    continue;
                }

                delimiter = DetectDelimiter(pending, firstLineEnd < 0 ? pending.Count : firstLineEnd);
            }

            foreach (var row in Consume(pending, final: false))
            {
                yield return row;
            }

            pending.Clear();
        }

        delimiter ??= DetectDelimiter(pending, pending.Count);
        foreach (var row in Consume(pending, final: true))
        {
            yield return row;
        }

        if (number == 0)
        {
            throw new ImportFileException("Tệp rỗng: không có dữ liệu nào để nhập.");
        }

        IEnumerable<TableRow> Consume(List<char> chars, bool final)
        {
            var rowsOut = new List<TableRow>();
            foreach (var c in chars)
            {
                if (c == '\0')
                {
                    throw new ImportFileException("Tệp không phải văn bản CSV (có ký tự nhị phân).");
                }

                if (inQuotes)
                {
                    if (c == '"')
                    {
                        inQuotes = false;
                        justClosed = true;
                    }
                    else
                    {
                        Append(c);
                    }

                    continue;
                }

                if (c == '"')
                {
                    if (quoted && justClosed)
                    {
                        // A doubled quote inside a quoted field.
                        Append('"');
                    }

                    quoted = true;
                    inQuotes = true;
                    justClosed = false;
                    continue;
                }

                justClosed = false;

                if (c == delimiter)
                {
                    EndField();
                    continue;
                }

                if (c == '\r')
                {
                    continue;
                }

                if (c == '\n')
                {
                    EndField();
                    if (EndRecord() is { } row)
                    {
                        rowsOut.Add(row);
                    }

                    continue;
                }

                Append(c);
            }

            if (final && (field.Length > 0 || record.Count > 0))
            {
                EndField();
                if (EndRecord() is { } row)
                {
                    rowsOut.Add(row);
                }
            }

            return rowsOut;
        }

        void Append(char c)
        {
            if (field.Length >= limits.MaxCellLength)
            {
                throw new ImportFileException(
                    $"Tệp {name}, dòng {number + 1}, cột {record.Count + 1}: ô dài quá giới hạn {VietnameseFormat.Count(limits.MaxCellLength)} ký tự một ô.");
            }

            field.Append(c);
        }

        void EndField()
        {
            var text = field.ToString();
            if (!quoted)
            {
                text = text.Trim();
            }

            record.Add(text.Length == 0 ? null : text);
            field.Clear();
            quoted = false;
        }

        TableRow? EndRecord()
        {
            number++;
            var cells = record.ToArray();
            record.Clear();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                return null;
            }

            if (cells.FirstOrDefault(c => c is ['=', ..]) is { } formula)
            {
                throw new ImportFileException($"Tệp {name}, dòng {number}: ô «{Shorten(formula)}» là công thức; hãy lưu giá trị thay cho công thức.");
            }

            if (++rows > limits.MaxRows + 2)
            {
                throw TooManyRows(limits);
            }

            return new TableRow(name, number, [.. cells.Select(Unescape)]);
        }
    }

    private static int ReadChars(StreamReader reader, char[] buffer)
    {
        try
        {
            return reader.Read(buffer, 0, buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException("Tệp CSV phải được lưu với mã UTF-8 (trong Excel: \"CSV UTF-8\"); tệp này dùng mã khác.");
        }
    }

    private static char DetectDelimiter(List<char> chars, int end)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var inQuotes = false;
        for (var i = 0; i < end && i < chars.Count; i++)
        {
            switch (chars[i])
            {
                case '"': inQuotes = !inQuotes; break;
                case ',' when !inQuotes: commas++; break;
                case ';' when !inQuotes: semicolons++; break;
                case '\t' when !inQuotes: tabs++; break;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>The export writes a leading apostrophe before =, +, - or @ so spreadsheets do not run it; reading removes it.</summary>
    private static string? Unescape(string? value) =>
        value is ['\'', '=' or '+' or '-' or '@', ..] ? value[1..] : value;

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
