using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PartyReview.Web.Infrastructure.Documents;

/// <summary>
/// Writes Party documents as Word files with DocumentFormat.OpenXml: an A4 section with margins in the ranges of 36-HD's
/// practice (decisions: 25 mm top and bottom, 35 mm left, 15 mm right; reports: 20/20/30/15 mm), Times New Roman, the two-column header, bordered tables whose header row repeats on
/// every page, the signature block and page numbers from page 2, centred at the top. Decisions and reports share it.
/// </summary>
public static class PartyDocumentWord
{
    public const string Font = "Times New Roman";

    /// <summary>The usable width of an A4 page with the reports' margins, in twentieths of a point.</summary>
    public const int TextWidth = 9354;

    /// <summary>The usable width of an A4 page with the handbook's margins (decisions).</summary>
    public const int HandbookTextWidth = 9070;

    /// <summary>The Party handbook's margins for decisions (top and bottom 25 mm, left 35 mm, right 15 mm), in twips.</summary>
    public static readonly PageMargins HandbookMargins = new(1418, 1418, 1985, 851);

    /// <summary>The reports' margins (top and bottom 20 mm, left 30 mm, right 15 mm), in twips.</summary>
    public static readonly PageMargins ReportMargins = new(1134, 1134, 1701, 851);

    /// <summary>The page number's distance from the top edge: 10 mm, in twips.</summary>
    public const uint PageNumberFromTop = 567;

    /// <summary>A whole document: <paramref name="build"/> fills the body; the section and the footer are added after it.</summary>
    public static byte[] Create(Action<Body> build) => Create(build, ReportMargins);

    /// <summary>A whole document with the given margins.</summary>
    public static byte[] Create(Action<Body> build, PageMargins margins)
    {
        ArgumentNullException.ThrowIfNull(margins);
        ArgumentNullException.ThrowIfNull(build);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();

            // Page numbers from page 2, Arabic, centred, 10 mm from the top (the Party handbook): the number sits in the
            // header of every page but the first, whose header is empty.
            var numbered = main.AddNewPart<HeaderPart>();
            numbered.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = "28" }), new Text("2"))) { Instruction = " PAGE " }));
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new Header(new Paragraph());
            var body = new Body();
            build(body);
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = margins.Top, Bottom = margins.Bottom, Left = (uint)margins.Left, Right = (uint)margins.Right, Header = PageNumberFromTop, Footer = 720, Gutter = 0 },
                new TitlePage()));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The two-column header, as a borderless table <paramref name="width"/> twips wide.</summary>
    public static Table Header(PartyDocumentHeader header, int width = 9400)
    {
        ArgumentNullException.ThrowIfNull(header);
        var (leftWidth, rightWidth) = Halves(width);
        var left = new TableCell(
            CellWidth(leftWidth),
            Paragraph(header.UpperBody, size: 26, center: true),
            Paragraph(header.IssuingBody, bold: true, size: 26, center: true),
            Paragraph("*", size: 26, center: true),
            Paragraph(header.NumberAndSymbol, size: 26, center: true));
        var right = new TableCell(
            CellWidth(rightWidth),
            Paragraph(PartyDocumentHeader.PartyName, bold: true, underline: true, size: 28, center: true),
            Paragraph(header.PlaceAndDate, italic: true, size: 26, center: true, spaceBefore: 240));
        return TwoColumns(width, left, right);
    }

    /// <summary>"T/M ĐẢNG ỦY", the title, space to sign, the signer: on the right half, borderless.</summary>
    public static Table Signature(string signingFor, string signerTitle, string signer) => Closing(null, [], signingFor, signerTitle, signer, 9400);

    /// <summary>
    /// The closing of a decision: "Nơi nhận:" (bold italic 14) and its lines (12) at the left; the authority ("T/M BAN
    /// THƯỜNG VỤ"), the title, space to sign and the signer at the right; borderless.
    /// </summary>
    public static Table Closing(string? recipientsHeading, IReadOnlyList<string> recipients, string signingFor, string signerTitle, string signer, int width)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var (leftWidth, rightWidth) = Halves(width);
        var left = new TableCell(CellWidth(leftWidth));
        if (recipientsHeading is null)
        {
            left.Append(Paragraph(""));
        }
        else
        {
            left.Append(Paragraph(recipientsHeading, bold: true, italic: true, size: 28, spaceBefore: 360));
            left.Append(recipients.Select(r => Paragraph(r, size: 24)));
        }

        var right = new TableCell(
            CellWidth(rightWidth),
            Paragraph(signingFor, bold: true, size: 28, center: true, spaceBefore: 360),
            Paragraph(signerTitle, bold: true, size: 28, center: true),
            Paragraph("", size: 28, spaceBefore: 1200),
            Paragraph(signer, bold: true, size: 28, center: true));
        return TwoColumns(width, left, right);
    }

    /// <summary>A paragraph holding a page break: what follows starts on a new page.</summary>
    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>
    /// A bordered table: the first row is the header, repeated on each page; rows never split across pages.
    /// Columns listed in <paramref name="rightAligned"/> (numbers) are right-aligned.
    /// </summary>
    public static Table BorderedTable(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows, int size = 24, ISet<int>? rightAligned = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(rows);
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var total = widths.Sum().ToString(CultureInfo.InvariantCulture);
        var table = new Table(new TableProperties(new TableWidth { Width = total, Type = TableWidthUnitValues.Dxa }, borders), Grid(widths));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < headers.Count; i++)
        {
            header.Append(new TableCell(CellWidth(widths[i]), Paragraph(headers[i], bold: true, size: size, center: true)));
        }

        table.Append(header);
        foreach (var row in rows)
        {
            var line = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < row.Count; i++)
            {
                line.Append(new TableCell(CellWidth(widths[i]), Paragraph(row[i], size: size, right: rightAligned?.Contains(i) == true)));
            }

            table.Append(line);
        }

        return table;
    }

    public static Paragraph Paragraph(
        string text, bool bold = false, bool italic = false, bool underline = false, int size = 26, bool center = false,
        int spaceBefore = 0, int spaceAfter = 0, bool justify = false, bool right = false, int firstLineIndent = 0)
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

        runProperties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (underline)
        {
            runProperties.Append(new Underline { Val = UnderlineValues.Single });
        }

        // Element order follows the schema: spacing, indentation, justification.
        var properties = new ParagraphProperties(new SpacingBetweenLines
        {
            Before = spaceBefore.ToString(CultureInfo.InvariantCulture),
            After = spaceAfter.ToString(CultureInfo.InvariantCulture),
        });
        if (firstLineIndent > 0)
        {
            properties.Append(new Indentation { FirstLine = firstLineIndent.ToString(CultureInfo.InvariantCulture) });
        }

        if (center || justify || right)
        {
            properties.Append(new Justification { Val = center ? JustificationValues.Center : right ? JustificationValues.Right : JustificationValues.Both });
        }

        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public static TableCellProperties CellWidth(int width) =>
        new(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    private static (int Left, int Right) Halves(int width) => (width * 48 / 100, width - width * 48 / 100);

    private static Table TwoColumns(int width, TableCell left, TableCell right)
    {
        var (leftWidth, rightWidth) = Halves(width);
        return new Table(
            new TableProperties(new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, NoBorders()),
            Grid([leftWidth, rightWidth]),
            new TableRow(left, right));
    }

    private static TableGrid Grid(IEnumerable<int> widths) =>
        new(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));

    private static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
}

/// <summary>Page margins in twips (twentieths of a point).</summary>
public sealed record PageMargins(int Top, int Bottom, int Left, int Right);
