using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Organizations;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Organizations;

[Authorize(Policy = Policies.ReadRoster)]
public sealed class OrganizationsController(
    OrganizationService organizations, IAuthorizationService authorization, IStringLocalizer<SharedResource> text,
    IStringLocalizer<OrganizationsMessages> messages, ILogger<OrganizationsController> logger) : Controller
{
    [HttpGet("/Organizations")]
    public async Task<IActionResult> Index(string? q, OrganizationKind? kind, int? page, Scope scope, CancellationToken cancellationToken) =>
        View(new OrganizationListViewModel
        {
            Organizations = await organizations.ListAsync(q, kind, scope, Paging.Clamp(page), cancellationToken),
            Query = q,
            Kind = kind,
            CanManage = await CanManageAsync(),
        });

    /// <summary>
    /// The organizations matching a drop-down's search box, as JSON (<c>[{ id, label }]</c>, at most 100): the forms ask
    /// for it when the committee has too many organizations to list. <c>wide=true</c> searches the whole committee (the
    /// counterpart of a transfer, which the ledger page already names).
    /// </summary>
    [HttpGet("/Organizations/Options")]
    public async Task<IActionResult> Options(string? q, bool wide, Scope scope, CancellationToken cancellationToken)
    {
        var options = await organizations.SearchOptionsAsync(q, scope, wide, cancellationToken);
        return Json(options.Select(o => new { id = o.Id, label = o.Label }));
    }

    /// <summary>The list as the page shows it, with its filters and scope, every page of it: "Tải Excel" / "Tải CSV".</summary>
    [HttpGet("/Organizations/Export")]
    public async Task<IActionResult> Export(string? format, string? q, OrganizationKind? kind, Scope scope, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat))
        {
            return NotFound();
        }

        var rows = await organizations.QueryAsync(q, kind, scope, cancellationToken);
        logger.LogInformation("{User} exported the organization list as {Format}", User.Identity?.Name, fileFormat);
        return new TableExportResult<OrganizationLine>(fileFormat, OrganizationExport.FileStem, text["Nav.Organizations"], OrganizationExport.Columns(text), rows.AsAsyncEnumerable());
    }

    [HttpGet("/Organizations/{id:int}")]
    [OrganizationAccess("id")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await organizations.GetAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        model.CanManage = await CanManageAsync();
        return View(model);
    }

    [HttpGet("/Organizations/New")]
    [Authorize(Policy = Policies.ManageReviews)]
    public IActionResult Create([FromServices] TimeProvider clock) =>
        View("Edit", new OrganizationForm { FoundedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime) });

    [HttpPost("/Organizations/New")]
    [Authorize(Policy = Policies.ManageReviews)]
    public Task<IActionResult> Create(OrganizationForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("/Organizations/{id:int}/Edit")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var model = await organizations.GetAsync(id, cancellationToken);
        ViewData["Id"] = id;
        return model is null ? NotFound() : View(model.Organization);
    }

    [HttpPost("/Organizations/{id:int}/Edit")]
    [RecordExists(RecordKind.Organization)]
    [RequiresVersion("Version")]
    [Authorize(Policy = Policies.ManageReviews)]
    public Task<IActionResult> Edit(int id, OrganizationForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    private async Task<IActionResult> SaveAsync(int? id, OrganizationForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await organizations.SaveAsync(id, form, cancellationToken);
            ModelState.AddErrors(result, messages);
            if (result.Succeeded)
            {
                TempData["Message"] = text["Organization.Saved", form.Name!].Value;
                return Redirect("/Organizations?q=" + Uri.EscapeDataString(form.Code!));
            }

            if (this.ShowConflict(result, nameof(form.Version), out var conflict))
            {
                form.Version = conflict.CurrentVersion;
                ViewData["Id"] = id;
                return View("Edit", form);
            }
        }

        ViewData["Id"] = id;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", form);
    }

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Policies.ManageReviews)).Succeeded;
}
