using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PartyReview.Web.Infrastructure.Exports;

/// <summary>
/// The download of a list page: streams the rows as .csv straight to the response, or as .xlsx through a temporary
/// file (the workbook is a zip; the file keeps memory bounded and gives the length), with an ASCII file name such as
/// "dang-vien-2026-11-28.xlsx" dated by the app's clock.
/// </summary>
public sealed class TableExportResult<T>(
    ExportFormat format, string fileStem, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows) : IActionResult
{
    public ExportFormat Format => format;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var cancellationToken = http.RequestAborted;
        var today = DateOnly.FromDateTime(http.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var response = http.Response;
        response.ContentType = TableExport.ContentType(format);
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = TableExport.FileName(fileStem, today, format),
        }.ToString();
        response.Headers.CacheControl = "no-store";

        if (format == ExportFormat.Csv)
        {
            await TableExport.WriteCsvAsync(response.Body, columns, rows, cancellationToken);
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"partyreview-export-{Guid.NewGuid():N}.xlsx");
        await using var file = new FileStream(
            path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await TableExport.WriteXlsxAsync(file, sheetName, columns, rows, cancellationToken);
        response.ContentLength = file.Length;
        file.Position = 0;
        await file.CopyToAsync(response.Body, cancellationToken);
    }
}
