using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Admin.Audit;

/// <summary>The audit log: Admin and Staff read it and export it; nobody edits it.</summary>
[Authorize(Policy = Policies.ReadAuditLog)]
public sealed class AuditController(AuditLogService log, ILogger<AuditController> logger) : Controller
{
    [HttpGet("/Audit")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken cancellationToken) => View(new AuditLogViewModel
    {
        Entries = await log.ListAsync(filter, cancellationToken),
        Filter = filter,
        ExportLimit = AuditLogService.ExportLimit,
    });

    /// <summary>The filtered log, streamed: .xlsx by default ("Tải Excel"), or .csv with format=csv.</summary>
    [HttpGet("/Audit/Export")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, string? format, CancellationToken cancellationToken)
    {
        var fileFormat = ExportFormat.Xlsx;
        if (format is not null && !TableExport.TryParseFormat(format, out fileFormat))
        {
            return NotFound();
        }

        logger.LogInformation("{User} exported the audit log as {Format}", User.Identity?.Name, fileFormat);
        return new TableExportResult<AuditLine>(fileFormat, "nhat-ky", "Nhật ký", AuditLogService.ExportColumns(), (await log.ExportQueryAsync(filter, cancellationToken)).AsAsyncEnumerable());
    }
}
