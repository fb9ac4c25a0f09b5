using System.Globalization;
using MiniExcelLibs;
using PartyReview.Web.Infrastructure.Documents;
using static PartyReview.Web.Infrastructure.Documents.PartyDocumentWord;

namespace PartyReview.Web.Features.Commendations;

/// <summary>
/// The decision as a Word document in the form of a Quyết định (A4, the handbook's margins, Times New Roman 14; the
/// two-column header; title and summary; Căn cứ; Điều 1–3; Nơi nhận and signature; then the attached list on its own
/// page, in a table whose header row repeats on every page) and its list as an Excel sheet.
/// </summary>
public static class DecisionExports
{
    public static byte[] ToDocx(DecisionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Create(
            body =>
            {
                body.Append(Header(new PartyDocumentHeader(document.UpperBody, document.IssuingBody, document.NumberAndSymbol, document.PlaceAndDate), HandbookTextWidth));
                body.Append(Paragraph(document.Title, bold: true, size: 30, center: true, spaceBefore: 360));
                body.Append(Paragraph(document.Subtitle, bold: true, size: 28, center: true));
                body.Append(Paragraph("-----", size: 26, center: true));
                body.Append(Paragraph(document.DecidingBody, bold: true, size: 28, center: true, spaceBefore: 120, spaceAfter: 120));
                body.Append(document.Preamble.Select(line => Paragraph(line, italic: true, size: 28, justify: true, firstLineIndent: 567, spaceAfter: 60)));
                body.Append(Paragraph(document.Proposal, italic: true, size: 28, justify: true, firstLineIndent: 567, spaceAfter: 60));
                body.Append(Paragraph(document.Enacting, bold: true, size: 28, center: true, spaceBefore: 120, spaceAfter: 120));
                body.Append(Article(DecisionDocument.ArticleOne, document.Body));
                body.Append(Article(DecisionDocument.ArticleTwo, document.Article2));
                body.Append(Article(DecisionDocument.ArticleThree, document.Article3));
                body.Append(Closing(DecisionDocument.RecipientsHeading, document.Recipients, document.SigningFor, document.SignerTitle, document.Signer, HandbookTextWidth));

                // The attached list, on its own page; its table's header row repeats on every page.
                body.Append(PageBreak());
                body.Append(Paragraph(document.ListTitle, bold: true, size: 28, center: true));
                body.Append(Paragraph(document.ListSubtitle, bold: true, size: 28, center: true));
                body.Append(Paragraph(document.ListReference, italic: true, size: 28, center: true));
                body.Append(Paragraph("-----", size: 26, center: true, spaceAfter: 120));
                body.Append(BorderedTable(
                    ["STT", document.ForOrganizations ? "Tên tổ chức" : "Họ và tên", "Chức vụ – đơn vị", "Thành tích"],
                    [700, 2900, 2870, 2600],
                    document.Rows.Select(r => (IReadOnlyList<string>)[r.No.ToString(CultureInfo.InvariantCulture), r.Name, r.Unit, r.Achievement]),
                    size: 26));
            },
            HandbookMargins);
    }

    /// <summary>"Điều 1. …": the article's number in bold, then its text, justified, body size.</summary>
    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Article(string number, string text)
    {
        var paragraph = Paragraph(" " + text, size: 28, justify: true, firstLineIndent: 567, spaceAfter: 60);
        var bold = Paragraph(number, bold: true, size: 28).Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().Single();
        bold.Remove();
        paragraph.InsertAfter(bold, paragraph.ParagraphProperties);
        return paragraph;
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
}
