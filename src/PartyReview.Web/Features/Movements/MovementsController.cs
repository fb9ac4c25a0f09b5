using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Features.Organizations;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Movements;

/// <summary>The membership ledger: a year's movements, probation deadlines, admission targets, batch admissions, a member's entries.</summary>
[Authorize(Policy = Policies.ReadRoster)]
public sealed class MovementsController(
    LedgerService ledger, MemberLedgerQuery ledgers, AdmissionBatchService admissions, AdmissionTargetService targets,
    YearMovementsQuery years, ProbationQuery probation, OrganizationService organizations, IAuthorizationService authorization,
    IStringLocalizer<SharedResource> text, IStringLocalizer<MovementsMessages> messages, TimeProvider clock) : Controller
{
    [HttpGet("/Movements")]
    [HttpGet("/Movements/{year:int:range(1930,2100)}")]
    public async Task<IActionResult> Year(int? year, string? q, int? page, Scope scope, CancellationToken cancellationToken)
    {
        var model = await years.GetAsync(year ?? clock.GetLocalNow().Year, scope, q, Paging.Clamp(page), cancellationToken);
        model.CanManage = (await authorization.AuthorizeAsync(User, Policies.ManageReviews)).Succeeded;
        return View(model);
    }

    [HttpGet("/Movements/Probation")]
    public async Task<IActionResult> Probation(Scope scope, CancellationToken cancellationToken) => View(await probation.GetAsync(scope, cancellationToken));

    /// <summary>The year's table as the page shows it (the Secretary's organization only, or every organization and the committee's row).</summary>
    [HttpGet("/Movements/{year:int:range(1930,2100)}/Export")]
    public async Task<IActionResult> YearExport(int year, string? format, string? q, Scope scope, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat))
        {
            return NotFound();
        }

        var model = await years.GetAsync(year, scope, q, page: null, cancellationToken);
        var rows = MovementExport.YearRows(model, withCommitteeRow: scope.IsWholeCommittee, text["Movement.CommitteeRow"]);
        return new TableExportResult<OrganizationMovements>(
            fileFormat, MovementExport.YearFileStem(year), text["Movement.YearTitle", year], MovementExport.YearColumns(text), TableExport.Rows(rows));
    }

    /// <summary>The probation page's two lists in one file, with a column telling which list a member is in.</summary>
    [HttpGet("/Movements/Probation/Export")]
    public async Task<IActionResult> ProbationExport(string? format, Scope scope, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat))
        {
            return NotFound();
        }

        var rows = MovementExport.ProbationRows(await probation.GetAsync(scope, cancellationToken), text);
        return new TableExportResult<(string Group, ProbationLine Line)>(
            fileFormat, MovementExport.ProbationFileStem, text["Export.ProbationSheet"], MovementExport.ProbationColumns(text), TableExport.Rows(rows));
    }

    [HttpGet("/Movements/Targets/{year:int:range(1930,2100)}")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Targets(int year, CancellationToken cancellationToken) => View(await targets.GetAsync(year, cancellationToken));

    [HttpPost("/Movements/Targets/{year:int:range(1930,2100)}")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Targets(int year, TargetsForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", text["Validation.Summary"]);
        }
        else if (await targets.SaveAsync(year, form, cancellationToken) is { Succeeded: false } refused)
        {
            ModelState.AddErrors(refused, messages);
        }
        else
        {
            TempData["Message"] = text["Movement.TargetsSaved", year].Value;
            return Redirect($"/Movements/{year}");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new TargetsViewModel { Year = year, Form = form, Organizations = await targets.OrganizationsAsync(cancellationToken) });
    }

    [HttpGet("/Movements/Admissions/New")]
    [RecordExists(RecordKind.Organization, "organizationId", Optional = true)]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Admissions(int? organizationId, Scope scope, CancellationToken cancellationToken)
    {
        var form = new AdmissionBatchForm
        {
            OrganizationId = scope.IsWholeCommittee ? organizationId : scope.OrganizationFilter,
            AdmittedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Rows = [.. Enumerable.Range(0, 20).Select(_ => new AdmissionRow())],
        };
        return View(await AdmissionModelAsync(form, scope, cancellationToken));
    }

    [HttpPost("/Movements/Admissions/New")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Admissions(AdmissionBatchForm form, Scope scope, CancellationToken cancellationToken)
    {
        if (form.Rows.Count > AdmissionBatchForm.MaxRows)
        {
            ModelState.AddModelError("", text["Movement.TooManyRows", AdmissionBatchForm.MaxRows]);
        }

        if (ModelState.IsValid)
        {
            var result = await admissions.AdmitAsync(form, scope, cancellationToken);
            if (result is null)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["Message"] = text["Movement.Admitted", form.Rows.Count(r => !r.IsBlank), form.DecisionNumber!].Value;
                return Redirect($"/Members?organizationId={form.OrganizationId}&status=Probationary");
            }

            ModelState.AddErrors(result, messages);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await AdmissionModelAsync(form, scope, cancellationToken));
    }

    [HttpPost("/Members/{memberId:int}/Events")]
    [RecordExists(RecordKind.Member, "memberId")]
    [RequiresVersion("Next.MemberVersion")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Record(int memberId, [Bind(Prefix = "Next")] EventForm form, Scope scope, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LedgerPageAsync(memberId, scope, text["Validation.Summary"], form, null, null, cancellationToken);
        }

        var result = await ledger.RecordAsync(memberId, form, scope, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (this.ShowConflict(result, "Next.MemberVersion", out var conflict))
        {
            form.MemberVersion = conflict.CurrentVersion;
            return await LedgerPageAsync(memberId, scope, null, form, null, null, cancellationToken);
        }

        if (!result.Succeeded)
        {
            return await LedgerPageAsync(memberId, scope, messages.Message(result.FirstError!), form, null, null, cancellationToken);
        }

        TempData["Message"] = text["Movement.Recorded"].Value;

        // A Secretary no longer sees a member who has left their organization: back to their list.
        return Redirect(await ledgers.IsInScopeAsync(memberId, scope, cancellationToken) ? $"/Members/{memberId}#ledger" : "/Members");
    }

    [HttpGet("/Members/{memberId:int}/Events/{eventId:int}/Edit")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Edit(int memberId, int eventId, Scope scope, CancellationToken cancellationToken)
    {
        var form = await ledgers.GetEventFormAsync(memberId, eventId, scope, cancellationToken);
        return form is null ? NotFound() : await LedgerPageAsync(memberId, scope, null, null, eventId, form, cancellationToken);
    }

    [HttpPost("/Members/{memberId:int}/Events/{eventId:int}/Edit")]
    [RecordExists(RecordKind.Member, "memberId")]
    [RecordExists(RecordKind.MembershipEvent, "eventId")]
    [RequiresVersion("Editing.MemberVersion")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Edit(int memberId, int eventId, [Bind(Prefix = "Editing")] EventForm form, Scope scope, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ledgers.GetEventFormAsync(memberId, eventId, scope, cancellationToken) is null ? NotFound()
                : await LedgerPageAsync(memberId, scope, text["Validation.Summary"], null, eventId, form, cancellationToken);
        }

        var result = await ledger.CorrectAsync(memberId, eventId, form, scope, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (this.ShowConflict(result, "Editing.MemberVersion", out var conflict))
        {
            form.MemberVersion = conflict.CurrentVersion;
            return await LedgerPageAsync(memberId, scope, null, null, eventId, form, cancellationToken);
        }

        if (!result.Succeeded)
        {
            return await LedgerPageAsync(memberId, scope, messages.Message(result.FirstError!), null, eventId, form, cancellationToken);
        }

        TempData["Message"] = text["Movement.Corrected"].Value;
        return Redirect($"/Members/{memberId}#ledger");
    }

    [HttpPost("/Members/{memberId:int}/Events/{eventId:int}/Delete")]
    [RecordExists(RecordKind.Member, "memberId")]
    [RecordExists(RecordKind.MembershipEvent, "eventId")]
    [RequiresVersion("MemberVersion")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Delete(int memberId, int eventId, DeleteEventForm form, Scope scope, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            if (await ledgers.GetEventFormAsync(memberId, eventId, scope, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["LedgerError"] = text["Movement.ReasonRequired"].Value;
            return Redirect($"/Members/{memberId}#ledger");
        }

        var result = await ledger.RemoveLastAsync(memberId, eventId, form.Reason!, form.MemberVersion, scope, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Message" : "LedgerError"] = result.Succeeded ? text["Movement.Deleted"].Value
            : result.Conflict is not null ? text["Conflict.Ledger"].Value
            : messages.Message(result.FirstError!);
        return Redirect($"/Members/{memberId}#ledger");
    }

    /// <summary>The member's ledger page again, with the refusal and the form as posted (the next entry, or the correction of one).</summary>
    private async Task<IActionResult> LedgerPageAsync(
        int memberId, Scope scope, string? error, EventForm? next, int? editingId, EventForm? editing, CancellationToken cancellationToken)
    {
        var model = await ledgers.GetLedgerAsync(memberId, scope, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (error is not null)
        {
            ModelState.AddModelError("", error);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View("Ledger", new MemberLedgerViewModel
        {
            MemberId = memberId, FullName = model.FullName, MemberVersion = model.MemberVersion, Lines = model.Lines, Organizations = model.Organizations, Next = next ?? model.Next,
            EditingId = editingId, Editing = editing, CanRecord = true,
        });
    }

    private async Task<AdmissionBatchViewModel> AdmissionModelAsync(AdmissionBatchForm form, Scope scope, CancellationToken cancellationToken) =>
        new() { Form = form, Organizations = await organizations.OptionsAsync(scope, form.OrganizationId, cancellationToken) };
}
