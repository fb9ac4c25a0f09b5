using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Import;

/// <summary>Import (upload, dry run, confirm), templates and the full export: Admin and Staff only.</summary>
[Authorize(Policy = Policies.ManageReviews)]
public sealed class ImportController(
    ImportWorkflow workflow, ExportService exports, IOptions<ImportOptions> options, IStringLocalizer<ImportMessages> messages,
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
        if (HttpContext.Items[UploadLimitFilter.ErrorKey] is ImportMessage error)
        {
            return Refused(error.In(messages));
        }

        var result = await workflow.UploadAsync(Request.Form.Files.GetFile("file"), UserName, progressToken, cancellationToken);
        return result.Value is { } stored ? Redirect($"/Import/{stored.Id}") : Refused(messages.Message(result.FirstError!));
    }

    [HttpGet("/Import/Progress")]
    public IActionResult Progress(string? token) =>
        Json(workflow.Progress(UserName, token) is { } info
            ? new { Stage = messages[info.Stage].Value, info.Rows, info.Percent }
            : new { Stage = "", Rows = 0, Percent = 0 });

    [HttpGet("/Import/{id:length(32)}")]
    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        var stored = await workflow.FindAsync(id, UserName, cancellationToken);
        return stored is null ? NotFound() : View(PreviewModel(stored, await workflow.IsClaimedAsync(stored, cancellationToken)));
    }

    /// <summary>Every row's outcome as CSV (the page shows the first rows only).</summary>
    [HttpGet("/Import/{id:length(32)}/Report")]
    public async Task<IActionResult> Report(string id, CancellationToken cancellationToken)
    {
        var stored = await workflow.FindAsync(id, UserName, cancellationToken);
        return stored is null
            ? NotFound()
            : File(ImportWorkflow.Report(stored, messages), "text/csv; charset=utf-8", $"kiem-tra-{Path.GetFileNameWithoutExtension(stored.FileName)}.csv");
    }

    /// <summary>Checks the kept file again against the data as it is now, and writes all of it in one transaction, or nothing.</summary>
    [HttpPost("/Import/{id:length(32)}/Confirm")]
    public async Task<IActionResult> Confirm(string id, string? progressToken, CancellationToken cancellationToken)
    {
        var (outcome, stored) = await workflow.ConfirmAsync(id, UserName, progressToken, cancellationToken);
        switch (outcome)
        {
            case ConfirmOutcome.NotFound:
                return NotFound();
            case ConfirmOutcome.FileGone:
            case ConfirmOutcome.AlreadyConfirmed:
                var model = PreviewModel(stored!, claimed: outcome == ConfirmOutcome.AlreadyConfirmed);
                model.Error = messages[outcome == ConfirmOutcome.FileGone ? ImportMessages.UploadGone : ImportMessages.UploadAlreadyConfirmed];
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Preview", model);
            default:
                return Redirect($"/Import/{id}");
        }
    }

    [HttpPost("/Import/{id:length(32)}/Cancel")]
    public async Task<IActionResult> Cancel(string id, CancellationToken cancellationToken)
    {
        return await workflow.CancelAsync(id, UserName, cancellationToken) ? Redirect("/Import") : NotFound();
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

    private ViewResult Refused(string message)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", new ImportIndexViewModel { MaxFileBytes = options.Value.MaxFileBytes, MaxRows = options.Value.MaxRows, Error = message });
    }

    private static ImportPreviewViewModel PreviewModel(StoredImport stored, bool claimed = false) => new()
    {
        Import = stored,
        Claimed = claimed,
        Sheets = [.. stored.Rows.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => new SheetSummary(
            g.Key, ImportFormat.For(g.Key).Title, g.Count(r => r.Status == RowStatus.New), g.Count(r => r.Status == RowStatus.Updated),
            g.Count(r => r.Status == RowStatus.Unchanged), g.Count(r => r.Status == RowStatus.Error)))],
        Shown = [.. stored.Rows.OrderByDescending(r => r.Status == RowStatus.Error).ThenByDescending(r => r.Status != RowStatus.Unchanged).Take(ShownRows)],
    };
}
