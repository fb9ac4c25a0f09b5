using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyReview.Web.Infrastructure;

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

    [HttpGet("/Audit/Export")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        logger.LogInformation("{User} exported the audit log", User.Identity?.Name);
        return File(await log.ExportAsync(filter, cancellationToken),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"nhat-ky-{DateTime.Now:yyyyMMdd-HHmm}.xlsx");
    }
}
