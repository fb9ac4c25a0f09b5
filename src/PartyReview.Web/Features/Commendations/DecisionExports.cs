using System.Globalization;
using MiniExcelLibs;
using PartyReview.Web.Infrastructure.Documents;
using static PartyReview.Web.Infrastructure.Documents.PartyDocumentWord;

namespace PartyReview.Web.Features.Commendations;

/// <summary>
/// The decision as a Word document in the Party document format (A4; the two-column header; title; a real table whose
/// header repeats on every page; signature block) and its list as an Excel sheet.
/// </summary>
public static class DecisionExports
{
    public static byte[] ToDocx(DecisionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Create(body =>
        {
            body.Append(Header(new PartyDocumentHeader(document.UpperBody, document.IssuingBody, document.NumberAndSymbol, document.PlaceAndDate)));
            body.Append(Paragraph(document.Title, bold: true, size: 28, center: true, spaceBefore: 360));
            body.Append(Paragraph(document.Subtitle, bold: true, size: 28, center: true));
            body.Append(Paragraph("-----", size: 26, center: true));
            body.Append(Paragraph(document.Body, size: 28, spaceBefore: 240, spaceAfter: 120));
            body.Append(BorderedTable(
                ["STT", document.ForOrganizations ? "Tên tổ chức" : "Họ và tên", "Chức vụ – đơn vị", "Thành tích"],
                [700, 3000, 3000, 2700],
                document.Rows.Select(r => (IReadOnlyList<string>)[r.No.ToString(CultureInfo.InvariantCulture), r.Name, r.Unit, r.Achievement]),
                size: 26));
            body.Append(Signature(document.SigningFor, document.SignerTitle, document.Signer));
        });
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
