using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace PartyReview.Web.Features.Commendations;

/// <summary>
/// The decision as a Word document in the Party document format (A4; the two-column header; title; a real table whose
/// header repeats on every page; signature block) and its list as an Excel sheet.
/// </summary>
public static class DecisionExports
{
    private const string Font = "Times New Roman";

    public static byte[] ToDocx(DecisionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
            var body = new Body();
            body.Append(HeaderTable(document));
            body.Append(Paragraph(document.Title, bold: true, size: 28, center: true, spaceBefore: 360));
            body.Append(Paragraph(document.Subtitle, bold: true, size: 28, center: true));
            body.Append(Paragraph("-----", size: 26, center: true));
            body.Append(Paragraph(document.Body, size: 28, spaceBefore: 240, spaceAfter: 120));
            body.Append(ListTable(document));
            body.Append(SignatureTable(document));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static byte[] ToXlsx(DecisionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var nameHeader = document.ForOrganizations ? "Tên tổ chức" : "Họ và tên";
        var rows = document.Rows.Select(r => new Dictionary<string, object>
        {
            ["STT"] = r.No,
            [nameHeader] = r.Name,
            ["Chức vụ – đơn vị"] = r.Unit,
            ["Thành tích"] = r.Achievement,
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Danh sách");
        return stream.ToArray();
    }

    private static Table HeaderTable(DecisionDocument document)
    {
        var left = new TableCell(
            CellWidth(4500),
            Paragraph(document.UpperBody, size: 26, center: true),
            Paragraph(document.IssuingBody, bold: true, size: 26, center: true),
            Paragraph("*", size: 26, center: true),
            Paragraph(document.NumberAndSymbol, size: 26, center: true));
        var right = new TableCell(
            CellWidth(4900),
            Paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, underline: true, size: 28, center: true),
            Paragraph(document.PlaceAndDate, italic: true, size: 26, center: true, spaceBefore: 240));
        return new Table(new TableProperties(new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa }, NoBorders()), Grid([4500, 4900]), new TableRow(left, right));
    }

    private static TableGrid Grid(int[] widths) =>
        new(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static Table ListTable(DecisionDocument document)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        string[] headers = ["STT", document.ForOrganizations ? "Tên tổ chức" : "Họ và tên", "Chức vụ – đơn vị", "Thành tích"];
        int[] widths = [700, 3000, 3000, 2700];
        var table = new Table(new TableProperties(new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa }, borders), Grid(widths));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < headers.Length; i++)
        {
            header.Append(new TableCell(CellWidth(widths[i]), Paragraph(headers[i], bold: true, size: 26, center: true)));
        }

        table.Append(header);
        foreach (var row in document.Rows)
        {
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                new TableCell(CellWidth(widths[0]), Paragraph(row.No.ToString(System.Globalization.CultureInfo.InvariantCulture), size: 26, center: true)),
                new TableCell(CellWidth(widths[1]), Paragraph(row.Name, size: 26)),
                new TableCell(CellWidth(widths[2]), Paragraph(row.Unit, size: 26)),
                new TableCell(CellWidth(widths[3]), Paragraph(row.Achievement, size: 26))));
        }

        return table;
    }

    private static Table SignatureTable(DecisionDocument document)
    {
        var left = new TableCell(CellWidth(4500), Paragraph(""));
        var right = new TableCell(
            CellWidth(4900),
            Paragraph(document.SigningFor, bold: true, size: 28, center: true, spaceBefore: 360),
            Paragraph(document.SignerTitle, bold: true, size: 28, center: true),
            Paragraph("", size: 28, spaceBefore: 1200),
            Paragraph(document.Signer, bold: true, size: 28, center: true));
        return new Table(new TableProperties(new TableWidth { Width = "9400", Type = TableWidthUnitValues.Dxa }, NoBorders()), Grid([4500, 4900]), new TableRow(left, right));
    }

    private static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });

    private static TableCellProperties CellWidth(int width) =>
        new(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    private static Paragraph Paragraph(
        string text, bool bold = false, bool italic = false, bool underline = false, int size = 26, bool center = false, int spaceBefore = 0, int spaceAfter = 0)
    {
        // Element order follows the schema: fonts, bold, italic, size, underline.
        var runProperties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        runProperties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (underline)
        {
            runProperties.Append(new Underline { Val = UnderlineValues.Single });
        }

        var properties = new ParagraphProperties(new SpacingBetweenLines
        {
            Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
