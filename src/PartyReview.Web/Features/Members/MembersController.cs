using PartyReview.Web.Features.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Members;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Members;

[Authorize(Policy = Policies.ReadRoster)]
public sealed class MembersController(
    MemberService members, OrganizationService organizations, IAuthorizationService authorization, IStringLocalizer<SharedResource> text, MembershipMessages messages,
    ILogger<MembersController> logger) : Controller
{
    [HttpGet("/Members")]
    [RecordExists(RecordKind.Organization, "organizationId", Optional = true)]
    public async Task<IActionResult> Index(
        string? q, int? organizationId, MemberStatus? status, bool includeLeft, DateOnly? on, int? page, Scope scope, CancellationToken cancellationToken) =>
        View(new MemberListViewModel
        {
            Members = await members.ListAsync(q, organizationId, status, includeLeft, Paging.Clamp(page), scope, on, cancellationToken),
            On = on,
            Organizations = await organizations.OptionsAsync(scope, organizationId, cancellationToken),
            Query = q,
            OrganizationId = scope.IsWholeCommittee ? organizationId : scope.OrganizationFilter,
            Status = status,
            IncludeLeft = includeLeft,
            CanManage = await CanManageAsync(),
        });

    /// <summary>The list as the page shows it, with its filters and scope, every page of it: "Tải Excel" / "Tải CSV".</summary>
    [HttpGet("/Members/Export")]
    [RecordExists(RecordKind.Organization, "organizationId", Optional = true)]
    public async Task<IActionResult> Export(
        string? format, string? q, int? organizationId, MemberStatus? status, bool includeLeft, DateOnly? on, Scope scope, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat))
        {
            return NotFound();
        }

        var rows = await members.QueryAsync(q, organizationId, status, includeLeft, on, scope, cancellationToken);
        logger.LogInformation("{User} exported the member list as {Format}", User.Identity?.Name, fileFormat);
        return new TableExportResult<MemberLine>(
            fileFormat, MemberExport.FileStem, text["Nav.Members"], MemberExport.Columns(text, includeLeft && on is null), rows.AsAsyncEnumerable());
    }

    [HttpGet("/Members/{id:int}")]
    public async Task<IActionResult> Details(int id, Scope scope, CancellationToken cancellationToken)
    {
        var model = await members.GetAsync(id, scope, cancellationToken);
        if (model is null)
        {
            logger.LogWarning("{User} was refused member {MemberId}, or it does not exist", User.Identity?.Name, id);
            return NotFound();
        }

        model.CanManage = await CanManageAsync();
        model.Ledger.CanRecord = (await authorization.AuthorizeAsync(User, Policies.RecordMovements)).Succeeded;
        return View(model);
    }

    [HttpGet("/Members/New")]
    [RecordExists(RecordKind.Organization, "organizationId", Optional = true)]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Create(int? organizationId, CancellationToken cancellationToken) =>
        View("Edit", await EditModelAsync(null, new MemberForm { OrganizationId = organizationId, EntryKind = Domain.Movements.MembershipEventKind.Admitted }, cancellationToken));

    [HttpPost("/Members/New")]
    [Authorize(Policy = Policies.ManageReviews)]
    public Task<IActionResult> Create([Bind(Prefix = "Member")] MemberForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("/Members/{id:int}/Edit")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var form = await members.GetFormAsync(id, cancellationToken);
        return form is null ? NotFound() : View(await EditModelAsync(id, form, cancellationToken));
    }

    [HttpPost("/Members/{id:int}/Edit")]
    [RecordExists(RecordKind.Member)]
    [RequiresVersion("Member.Version")]
    [Authorize(Policy = Policies.ManageReviews)]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Member")] MemberForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    private async Task<IActionResult> SaveAsync(int? id, MemberForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await members.SaveAsync(id, form, cancellationToken);
            ModelState.AddErrors(result, messages, "Member.");
            if (result.Succeeded)
            {
                TempData["Message"] = text["Member.Saved", form.FullName!].Value;
                return Redirect("/Members?q=" + Uri.EscapeDataString(form.MemberCode!));
            }

            if (this.ShowConflict(result, "Member.Version", out var conflict))
            {
                form.Version = conflict.CurrentVersion;
                return View("Edit", await EditModelAsync(id, form, cancellationToken));
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", await EditModelAsync(id, form, cancellationToken));
    }

    private async Task<MemberEditViewModel> EditModelAsync(int? id, MemberForm form, CancellationToken cancellationToken) => new()
    {
        Id = id,
        Member = form,
        Organizations = await organizations.OptionsAsync(Scope.WholeCommittee, form.OrganizationId, cancellationToken),
        Current = id is { } existing ? (await members.GetAsync(existing, Scope.WholeCommittee, cancellationToken))?.Member : null,
    };

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Policies.ManageReviews)).Succeeded;
}
