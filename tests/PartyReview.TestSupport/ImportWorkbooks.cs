using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using PartyReview.Web.Features.Import;

namespace PartyReview.TestSupport;

/// <summary>Workbooks for the import's limits and refusals, shared by the integration and the functional tests.</summary>
public static class ImportWorkbooks
{
    /// <summary>A valid members workbook with one row, changed by <paramref name="change"/>.</summary>
    public static byte[] MembersWorkbook(Action<SpreadsheetDocument>? change = null)
    {
        using var stream = new MemoryStream();
        TableWriter.WriteWorkbook(stream, [new SheetContent(ImportFormat.Members, [["X1", "Nguyễn Văn A", "Nam", new DateOnly(1980, 1, 1), new DateOnly(2010, 1, 1), null, null, "TCCS01"]])], template: false);
        if (change is not null)
        {
            using var document = SpreadsheetDocument.Open(stream, true);
            change(document);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A small upload that unzips to <paramref name="megabytes"/> MB per entry in <paramref name="entries"/> entries of
    /// zeros beside a valid workbook: each part within the per-part cap, the whole far over the total.
    /// </summary>
    public static byte[] ZipBomb(int entries, int megabytes)
    {
        using var stream = new MemoryStream();
        stream.Write(MembersWorkbook());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 1; i <= entries; i++)
            {
                using var part = zip.CreateEntry($"xl/worksheets/sheet{i + 10}.xml", CompressionLevel.Fastest).Open();
                for (var mb = 0; mb < megabytes; mb++)
                {
                    part.Write(zeros);
                }
            }
        }

        return stream.ToArray();
    }
}
