using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Reports;

/// <summary>Committee-wide reports: the dashboard, drill-down lists, comparisons and the year-end report with its exports.</summary>
[Authorize(Policy = Policies.ReadCommitteeReports)]
public sealed class ReportsController(
    SummaryService summaries,
    DashboardService dashboards,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> text,
    IStringLocalizer<ReportsMessages> messages) : Controller
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The leaders' dashboard of a year (default: the newest).</summary>
    [HttpGet("/Reports/Dashboard")]
    [HttpGet("/Reports/Dashboard/{year:int:range(1990,2100)}")]
    public async Task<IActionResult> Dashboard(int? year, string? q, string? sort, string? dir, int? page, CancellationToken cancellationToken)
    {
        var model = await dashboards.GetAsync(year, OrganizationTableRequest.Parse(q, sort, dir, page), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The dashboard's organization table, every page of it, searched and sorted as on screen: "Tải Excel" / "Tải CSV".</summary>
    [HttpGet("/Reports/Dashboard/{year:int:range(1990,2100)}/Export")]
    public async Task<IActionResult> ExportDashboard(int year, string? format, string? q, string? sort, string? dir, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat))
        {
            return NotFound();
        }

        var rows = await dashboards.OrganizationTableAsync(year, OrganizationTableRequest.Parse(q, sort, dir, null), cancellationToken);
        return rows is null
            ? NotFound()
            : new TableExportResult<OrganizationTableRow>(
                fileFormat, $"{text["Dashboard.Organizations"].Value} {year}", text["Dashboard.OrganizationName"], DashboardExport.Columns(text), rows.AsAsyncEnumerable());
    }

    /// <summary>The subjects behind a number or a bar, e.g. /Reports/Drill/2019?subject=Organization&amp;level=Excellent.</summary>
    [HttpGet("/Reports/Drill/{year:int:range(1990,2100)}")]
    [RecordExists(RecordKind.Organization, "organizationId", Optional = true)]
    public async Task<IActionResult> Drill(
        int year, string? subject, string? level, NotRatedReason? reason, int? organizationId, int? page, CancellationToken cancellationToken)
    {
        if (!TryParseSubject(subject, out var kind) || !Enum.TryParse<DrillLevel>(level ?? nameof(DrillLevel.All), ignoreCase: true, out var drillLevel)
            || !Enum.IsDefined(drillLevel))
        {
            return NotFound();
        }

        var model = await dashboards.DrillAsync(year, kind, drillLevel, reason, organizationId, Paging.Clamp(page), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The drill-down's list as its page shows it, every page of it: "Tải Excel" / "Tải CSV".</summary>
    [HttpGet("/Reports/Drill/{year:int:range(1990,2100)}/Export")]
    [RecordExists(RecordKind.Organization, "organizationId", Optional = true)]
    public async Task<IActionResult> ExportDrill(
        int year, string? format, string? subject, string? level, NotRatedReason? reason, int? organizationId, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat) || !TryParseSubject(subject, out var kind)
            || !Enum.TryParse<DrillLevel>(level ?? nameof(DrillLevel.All), ignoreCase: true, out var drillLevel) || !Enum.IsDefined(drillLevel))
        {
            return NotFound();
        }

        var drill = await dashboards.DrillQueryAsync(year, kind, drillLevel, reason, organizationId, cancellationToken);
        if (drill is null)
        {
            return NotFound();
        }

        var title = DrillExport.Title(text, year, kind, drillLevel, reason);
        return new TableExportResult<DrillRow>(
            fileFormat, title, DrillExport.SubjectLabel(text, kind), DrillExport.Columns(text, kind, drill.UsesPointScale), drill.Rows.AsAsyncEnumerable());
    }

    /// <summary>Two years side by side, e.g. /Reports/Compare?from=2018&amp;to=2019.</summary>
    [HttpGet("/Reports/Compare")]
    public async Task<IActionResult> Compare(int? from, int? to, CancellationToken cancellationToken)
    {
        var model = await dashboards.CompareAsync(from, to, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The year-end report: the generated draft or a saved version, the tables, and the editor for staff.</summary>
    [HttpGet("/Reports/Summary/{year:int:range(1990,2100)}")]
    public async Task<IActionResult> Summary(int year, int? version, CancellationToken cancellationToken)
    {
        var model = await summaries.GetAsync(year, version, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        model.CanEdit = (await authorization.AuthorizeAsync(User, Policies.ManageReviews)).Succeeded;
        return View(model);
    }

    /// <summary>Saves the edited text as a new version of the year's report.</summary>
    [HttpPost("/Reports/Summary/{year:int:range(1990,2100)}/Versions")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> SaveVersion(int year, string? reportText, CancellationToken cancellationToken)
    {
        var result = await summaries.SaveVersionAsync(year, reportText, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Message" : "Error"] = result.Succeeded
            ? text["Report.Saved", result.Value].Value
            : string.Join(" ", result.Errors.Select(messages.Message));
        return Redirect($"/Reports/Summary/{year}");
    }

    [HttpGet("/Reports/Summary/{year:int:range(1990,2100)}/Word")]
    public async Task<IActionResult> Word(int year, int? version, CancellationToken cancellationToken)
    {
        var model = await summaries.GetAsync(year, version, cancellationToken);
        return model is null ? NotFound() : File(ReportExports.ToDocx(model), DocxType, model.FileName + ".docx");
    }

    [HttpGet("/Reports/Summary/{year:int:range(1990,2100)}/Excel")]
    public async Task<IActionResult> Excel(int year, CancellationToken cancellationToken)
    {
        var model = await summaries.GetAsync(year, null, cancellationToken);
        return model is null ? NotFound() : File(ReportExports.ToXlsx(model), XlsxType, model.FileName + ".xlsx");
    }

    /// <summary>"Organization", "Organizations", "Member", "Members"… (case-insensitive).</summary>
    private static bool TryParseSubject(string? value, out DrillSubject subject)
    {
        var name = (value ?? "").Trim();
        if (name.EndsWith('s') && !Enum.TryParse(name, ignoreCase: true, out subject))
        {
            name = name[..^1];
        }

        return Enum.TryParse(name, ignoreCase: true, out subject) && Enum.IsDefined(subject) && !int.TryParse(name, out _);
    }
}
