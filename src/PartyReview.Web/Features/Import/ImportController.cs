using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Import;

/// <summary>Import (upload, dry run, confirm), templates and the full export: Admin and Staff only.</summary>
[Authorize(Policy = Policies.ManageReviews)]
public sealed class ImportController(
    ImportService imports, ImportStore store, ImportProgressRegistry progress, ExportService exports, IOptions<ImportOptions> options,
    ILogger<ImportController> logger) : Controller
{
    private const int ShownRows = 1_000;

    private string UserName => User.Identity?.Name ?? "?";

    [HttpGet("/Import")]
    public IActionResult Index() => View(new ImportIndexViewModel { MaxFileBytes = options.Value.MaxFileBytes, MaxRows = options.Value.MaxRows });

    /// <summary>Uploads a file and checks it (dry run); nothing is written. The form is read within the import's size limit.</summary>
    [HttpPost("/Import")]
    [IgnoreAntiforgeryToken]
    [TypeFilter(typeof(UploadLimitFilter))]
    public async Task<IActionResult> Upload(string? progressToken, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (HttpContext.Items[UploadLimitFilter.ErrorKey] is string error)
        {
            return Refused(error);
        }

        var file = Request.Form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return Refused(file is null ? "Chọn tệp .xlsx hoặc .csv để tải lên." : "Tệp rỗng: không có dữ liệu nào để nhập.");
        }

        if (file.Length > limits.MaxFileBytes)
        {
            return Refused(ImportService.TooLarge(limits));
        }

        if (!TableReader.IsWorkbookName(file.FileName) && !TableReader.IsCsvName(file.FileName))
        {
            return Refused("Chỉ nhận tệp .xlsx hoặc .csv.");
        }

        StoredImport stored;
        await using (var upload = file.OpenReadStream())
        {
            stored = await store.SaveAsync(upload, file.FileName, UserName, cancellationToken);
        }

        await using (var stream = await store.OpenAsync(stored, cancellationToken))
        {
            var result = await imports.CheckAsync(stream!, stored.FileName, progress.Track(UserName, progressToken), cancellationToken);
            stored.Record(result);
        }

        await store.WriteAsync(stored, cancellationToken);
        if (stored.FileError is not null)
        {
            store.Delete(stored);
            return Refused(stored.FileError);
        }

        logger.LogInformation("{User} checked import {Id} ({File})", UserName, stored.Id, stored.FileName);
        return Redirect($"/Import/{stored.Id}");
    }

    [HttpGet("/Import/Progress")]
    public IActionResult Progress(string? token) =>
        Json(progress.Get(UserName, token) is { } info ? new { info.Stage, info.Rows, info.Percent } : new { Stage = "", Rows = 0, Percent = 0 });

    [HttpGet("/Import/{id:length(32)}")]
    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(id, UserName, cancellationToken);
        return stored is null ? NotFound() : View(PreviewModel(stored));
    }

    /// <summary>Every row's outcome as CSV (the page shows the first rows only).</summary>
    [HttpGet("/Import/{id:length(32)}/Report")]
    public async Task<IActionResult> Report(string id, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(id, UserName, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        var format = new SheetFormat(0, "", "", "", [
            new("Sheet", "Trang", true, ""), new("Row", "Dòng", true, ""), new("Subject", "Nội dung", true, ""),
            new("Status", "Kết quả", true, ""), new("Message", "Lý do", true, "")]);
        var stream = new MemoryStream();
        TableWriter.WriteCsv(stream, new SheetContent(format, stored.Rows.Select(r => new object?[] { r.Sheet, r.Row, r.Subject, StatusName(r.Status), r.Message })), template: false);
        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", $"kiem-tra-{Path.GetFileNameWithoutExtension(stored.FileName)}.csv");
    }

    /// <summary>Checks the kept file again against the data as it is now, and writes all of it in one transaction, or nothing.</summary>
    [HttpPost("/Import/{id:length(32)}/Confirm")]
    public async Task<IActionResult> Confirm(string id, string? progressToken, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(id, UserName, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        if (stored.Committed)
        {
            return Redirect($"/Import/{id}");
        }

        await using var stream = await store.OpenAsync(stored, cancellationToken);
        if (stream is null)
        {
            var model = PreviewModel(stored);
            model.Error = "Tệp đã tải lên không còn (hoặc đã bị thay đổi); hãy tải lên lại.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Preview", model);
        }

        var result = await imports.CommitAsync(stream, stored.FileName, progress.Track(UserName, progressToken), cancellationToken);
        await stream.DisposeAsync();
        stored.Record(result);
        if (result.Committed)
        {
            stored.CommittedAt = DateTime.UtcNow;
            store.DropData(stored);
        }

        await store.WriteAsync(stored, cancellationToken);
        logger.LogInformation("{User} confirmed import {Id} ({File}): {Outcome}", UserName, id, stored.FileName, result.Committed ? "written" : "refused");
        return Redirect($"/Import/{id}");
    }

    [HttpPost("/Import/{id:length(32)}/Cancel")]
    public async Task<IActionResult> Cancel(string id, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(id, UserName, cancellationToken);
        if (stored is not null && !stored.Committed)
        {
            store.Delete(stored);
        }

        return Redirect("/Import");
    }

    [HttpGet("/Import/Template/{kind}")]
    public IActionResult Template(string kind, string? format)
    {
        if (ImportFormat.SheetKindName(kind) is not { } name)
        {
            return NotFound();
        }

        var sheet = ImportFormat.For(Enum.Parse<SheetKind>(name));
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        var stream = new MemoryStream();
        ExportService.WriteTemplate(stream, sheet, csv);
        stream.Position = 0;
        var fileName = "mau-" + Path.GetFileNameWithoutExtension(sheet.FileName) + (csv ? ".csv" : ".xlsx");
        return File(stream, csv ? "text/csv; charset=utf-8" : ExportService.WorkbookContentType, fileName);
    }

    [HttpGet("/Import/Export")]
    public async Task<IActionResult> Export(string? format, CancellationToken cancellationToken)
    {
        var stream = new MemoryStream();
        var zip = string.Equals(format, "zip", StringComparison.OrdinalIgnoreCase);
        if (zip)
        {
            await exports.WriteZipAsync(stream, cancellationToken);
        }
        else
        {
            await exports.WriteWorkbookAsync(stream, cancellationToken);
        }

        stream.Position = 0;
        logger.LogInformation("{User} exported the committee's data ({Format})", UserName, zip ? "zip" : "xlsx");
        var name = $"partyreview-du-lieu-{DateTime.Now:yyyyMMdd}";
        return zip ? File(stream, "application/zip", name + ".zip") : File(stream, ExportService.WorkbookContentType, name + ".xlsx");
    }

    public static string StatusName(RowStatus status) => status switch
    {
        RowStatus.New => "Mới",
        RowStatus.Updated => "Cập nhật",
        RowStatus.Error => "Lỗi",
        _ => "Không đổi",
    };

    private ViewResult Refused(string message)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", new ImportIndexViewModel { MaxFileBytes = options.Value.MaxFileBytes, MaxRows = options.Value.MaxRows, Error = message });
    }

    private static ImportPreviewViewModel PreviewModel(StoredImport stored) => new()
    {
        Import = stored,
        Sheets = [.. stored.Rows.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => new SheetSummary(
            g.Key, ImportFormat.For(g.Key).Title, g.Count(r => r.Status == RowStatus.New), g.Count(r => r.Status == RowStatus.Updated),
            g.Count(r => r.Status == RowStatus.Unchanged), g.Count(r => r.Status == RowStatus.Error)))],
        Shown = [.. stored.Rows.OrderByDescending(r => r.Status == RowStatus.Error).ThenByDescending(r => r.Status != RowStatus.Unchanged).Take(ShownRows)],
    };
}

public sealed class ImportIndexViewModel
{
    public long MaxFileBytes { get; init; }
    public int MaxRows { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<SheetFormat> Sheets => ImportFormat.All;
}

public sealed class ImportPreviewViewModel
{
    public required StoredImport Import { get; init; }
    public required IReadOnlyList<SheetSummary> Sheets { get; init; }
    public required IReadOnlyList<StoredRow> Shown { get; init; }
    public string? Error { get; set; }
}

/// <summary>
/// Reads the upload form within the import's size limit (<c>Import:MaxFileBytes</c>) before anything else does, and
/// checks the antiforgery token itself: a file too large becomes a clear message instead of a failed request.
/// </summary>
public sealed class UploadLimitFilter(IOptions<ImportOptions> options, IAntiforgery antiforgery) : IAsyncResourceFilter
{
    public const string ErrorKey = "ImportUploadError";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var limit = options.Value.MaxFileBytes + 1024 * 1024;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength > limit)
        {
            http.Items[ErrorKey] = ImportService.TooLarge(options.Value);
            http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            await next();
            return;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 100 }));
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            http.Items[ErrorKey] = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e is InvalidDataException
                ? ImportService.TooLarge(options.Value)
                : "Tải tệp lên không thành công; hãy thử lại.";
            http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            await next();
            return;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }
}
