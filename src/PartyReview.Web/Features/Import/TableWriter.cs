using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Import;

/// <summary>One sheet to write: its format and its rows (text, numbers, dates), read lazily.</summary>
public sealed record SheetContent(SheetFormat Format, IEnumerable<object?[]> Rows);

/// <summary>
/// Writes sheets in the import format: an <c>.xlsx</c> workbook (streamed with the Open XML SAX writer; Vietnamese
/// headers, dates as dd/mm/yyyy dates, optionally the hint row and drop-down lists) or a UTF-8 <c>.csv</c> with BOM.
/// </summary>
public static class TableWriter
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint HintStyle = 3;
    private const int ValidatedRows = 10_000;

    public static void WriteWorkbook(Stream output, IEnumerable<SheetContent> sheets, bool template)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetList = new Sheets();
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet, template);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Format.SheetName });
        }

        workbookPart.Workbook = new Workbook(sheetList);
    }

    public static void WriteCsv(Stream output, SheetContent sheet, bool template)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65_536, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", sheet.Format.Columns.Select(c => TableExport.CsvField(c.Header))));
        if (template)
        {
            writer.WriteLine(string.Join(",", sheet.Format.Columns.Select(c => TableExport.CsvField(c.Hint))));
        }

        foreach (var row in sheet.Rows)
        {
            writer.WriteLine(string.Join(",", row.Select(v => TableExport.CsvField(Text(v), isText: v is string))));
        }
    }

    private static void WriteSheet(WorksheetPart part, SheetContent sheet, bool template)
    {
        var columns = sheet.Format.Columns;
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane
        {
            VerticalSplit = template ? 2 : 1, TopLeftCell = template ? "A3" : "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        });
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < columns.Count; i++)
        {
            writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(columns[i].Header.Length + 6, 12, 40), CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        uint rowIndex = 1;
        WriteRow(writer, rowIndex++, [.. columns.Select(c => (object?)c.Header)], HeaderStyle);
        if (template)
        {
            WriteRow(writer, rowIndex++, [.. columns.Select(c => (object?)c.Hint)], HintStyle);
        }

        foreach (var row in sheet.Rows)
        {
            WriteRow(writer, rowIndex++, row, null);
        }

        writer.WriteEndElement();
        if (template && columns.Any(c => c.Choices is not null))
        {
            writer.WriteStartElement(new DataValidations());
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Choices is not { } choices)
                {
                    continue;
                }

                var letter = TableReader.ColumnName(i);
                var list = string.Join(",", choices.Select(c => c.Split(',')[0].Trim()).Distinct());
                writer.WriteElement(new DataValidation(new Formula1($"\"{list}\""))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Warning,
                    ErrorTitle = columns[i].Header,
                    Error = "Giá trị không có trong danh sách; tệp vẫn nhận các cách viết thông dụng khác.",
                    ShowInputMessage = true,
                    PromptTitle = columns[i].Header,
                    Prompt = columns[i].Hint.Length > 250 ? columns[i].Hint[..250] : columns[i].Hint,
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}3:{letter}{ValidatedRows}" },
                });
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, object?[] values, uint? style)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var i = 0; i < values.Length; i++)
        {
            var reference = TableReader.ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            switch (values[i])
            {
                case null:
                    continue;
                case DateOnly date:
                    writer.WriteElement(new Cell
                    {
                        CellReference = reference, StyleIndex = DateStyle,
                        CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                    });
                    break;
                case int or decimal or long:
                    writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(values[i], CultureInfo.InvariantCulture)!) });
                    break;
                default:
                    var text = Text(values[i])!;
                    var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
                    if (style is { } s)
                    {
                        cell.StyleIndex = s;
                    }

                    writer.WriteElement(cell);
                    break;
            }
        }

        writer.WriteEndElement();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 10 }, new Color { Rgb = "FF595959" }, new FontName { Val = "Calibri" })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true }) { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true }) { Count = 4 });
}
