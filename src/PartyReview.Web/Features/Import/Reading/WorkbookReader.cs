using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyReview.Domain.Formatting;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// Reads the sheets of an <c>.xlsx</c> row by row with the Open XML SAX reader, refusing formulas, cells over the
/// length limit and more rows than the limit.
/// </summary>
internal static class WorkbookReader
{
    public static IEnumerable<TableRow> Read(Stream stream, ImportOptions limits)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 200_000_000 });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new ImportFileException(ImportMessages.FileWorkbookBroken);
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new ImportFileException(ImportMessages.FileNoSheets);
            var sharedStrings = Guard(() => ReadSharedStrings(workbook.SharedStringTablePart, limits));
            var sheets = Guard(() => workbook.Workbook?.Sheets?.Elements<Sheet>().ToList()) ?? [];
            if (sheets.Count == 0)
            {
                throw new ImportFileException(ImportMessages.FileNoSheets);
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
                    var index = row.RowIndex?.Value ?? 0;
                    if (index > TableReader.LastRow)
                    {
                        throw new ImportFileException(ImportMessages.FileCellReferenceInvalid, name, Shown(index.ToString(CultureInfo.InvariantCulture)));
                    }

                    var number = (int)index;
                    var cells = new List<string?>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = TableReader.ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                        if (column < 0)
                        {
                            throw new ImportFileException(ImportMessages.FileCellReferenceInvalid, name, Shown(cell.CellReference?.Value ?? ""));
                        }

                        var reference = $"{name}!{cell.CellReference?.Value}";
                        if (cell.CellFormula is not null)
                        {
                            throw new ImportFileException(ImportMessages.FileCellFormula, reference, cell.CellFormula.Text);
                        }

                        var value = CellText(cell, sharedStrings);
                        if (value is { Length: var length } && length > limits.MaxCellLength)
                        {
                            throw new ImportFileException(ImportMessages.FileCellTooLong, reference, VietnameseFormat.Count(length), VietnameseFormat.Count(limits.MaxCellLength));
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
                        throw ImportFileException.TooManyRows(limits);
                    }

                    yield return new TableRow(name, number, cells);
                }
            }
        }
    }

    /// <summary>A reference as shown in a refusal: at most 20 characters.</summary>
    private static string Shown(string reference) => reference.Length > 20 ? reference[..20] + "…" : reference;

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
                    ? ImportMessages.FileUnzippedTooLarge
                    : ImportMessages.FileWorkbookBroken);
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
                    throw new ImportFileException(ImportMessages.FileTooMuchText);
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
                : throw new ImportFileException(ImportMessages.FileBrokenStringReference);
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
}
