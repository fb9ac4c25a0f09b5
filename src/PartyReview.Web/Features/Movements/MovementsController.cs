using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Movements;

/// <summary>The membership ledger: a year's movements, probation deadlines, admission targets, batch admissions, a member's entries.</summary>
[Authorize(Policy = Policies.ReadRoster)]
public sealed class MovementsController(
    MovementService movements, MemberService members, TallyService tallies, IAuthorizationService authorization,
    IStringLocalizer<SharedResource> text, TimeProvider clock, ILogger<MovementsController> logger) : Controller
{
    [HttpGet("/Movements")]
    [HttpGet("/Movements/{year:int:range(1930,2100)}")]
    public async Task<IActionResult> Year(int? year, CancellationToken cancellationToken)
    {
        var model = await movements.YearAsync(year ?? clock.GetLocalNow().Year, Only(), tallies, cancellationToken);
        model.CanManage = (await authorization.AuthorizeAsync(User, Policies.ManageReviews)).Succeeded;
        return View(model);
    }

    [HttpGet("/Movements/Probation")]
    public async Task<IActionResult> Probation(CancellationToken cancellationToken) =>
        View(await movements.ProbationAsync(Only(), cancellationToken));

    /// <summary>The year's table as the page shows it (the Secretary's organization only, or every organization and the committee's row).</summary>
    [HttpGet("/Movements/{year:int:range(1930,2100)}/Export")]
    public async Task<IActionResult> YearExport(int year, string? format, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat))
        {
            return NotFound();
        }

        var model = await movements.YearAsync(year, Only(), tallies, cancellationToken);
        var rows = MovementExport.YearRows(model, withCommitteeRow: !User.IsLimitedToOneOrganization(), text["Movement.CommitteeRow"]);
        return new TableExportResult<OrganizationMovements>(
            fileFormat, MovementExport.YearFileStem(year), text["Movement.YearTitle", year], MovementExport.YearColumns(text), TableExport.Rows(rows));
    }

    /// <summary>The probation page's two lists in one file, with a column telling which list a member is in.</summary>
    [HttpGet("/Movements/Probation/Export")]
    public async Task<IActionResult> ProbationExport(string? format, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat))
        {
            return NotFound();
        }

        var rows = MovementExport.ProbationRows(await movements.ProbationAsync(Only(), cancellationToken), text);
        return new TableExportResult<(string Group, ProbationLine Line)>(
            fileFormat, MovementExport.ProbationFileStem, text["Export.ProbationSheet"], MovementExport.ProbationColumns(text), TableExport.Rows(rows));
    }

    [HttpGet("/Movements/Targets/{year:int:range(1930,2100)}")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Targets(int year, CancellationToken cancellationToken) => View(await movements.GetTargetsAsync(year, cancellationToken));

    [HttpPost("/Movements/Targets/{year:int:range(1930,2100)}")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Targets(int year, TargetsForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await movements.SaveTargetsAsync(year, form, cancellationToken) : new LedgerResult(text["Validation.Summary"]);
        if (result.Succeeded)
        {
            TempData["Message"] = text["Movement.TargetsSaved", year].Value;
            return Redirect($"/Movements/{year}");
        }

        ModelState.AddModelError("", result.Error!);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var model = await movements.GetTargetsAsync(year, cancellationToken);
        return View(new TargetsViewModel { Year = year, Form = form, Organizations = model.Organizations });
    }

    [HttpGet("/Movements/Admissions/New")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Admissions(int? organizationId, CancellationToken cancellationToken)
    {
        var form = new AdmissionBatchForm
        {
            OrganizationId = Only() ?? organizationId,
            AdmittedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Rows = [.. Enumerable.Range(0, 20).Select(_ => new AdmissionRow())],
        };
        return View(await AdmissionModelAsync(form, cancellationToken));
    }

    [HttpPost("/Movements/Admissions/New")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Admissions(AdmissionBatchForm form, CancellationToken cancellationToken)
    {
        if (form.OrganizationId is { } organization && !User.CanAccessOrganization(organization))
        {
            logger.LogWarning("{User} was refused admissions into organization {OrganizationId}", User.Identity?.Name, organization);
            return NotFound();
        }

        if (form.Rows.Count > AdmissionBatchForm.MaxRows)
        {
            ModelState.AddModelError("", text["Movement.TooManyRows", AdmissionBatchForm.MaxRows]);
        }

        if (ModelState.IsValid)
        {
            var errors = await movements.AdmitBatchAsync(form, cancellationToken);
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }

            if (errors.Count == 0)
            {
                TempData["Message"] = text["Movement.Admitted", form.Rows.Count(r => !r.IsBlank), form.DecisionNumber!].Value;
                return Redirect($"/Members?organizationId={form.OrganizationId}&status=Probationary");
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await AdmissionModelAsync(form, cancellationToken));
    }

    [HttpPost("/Members/{memberId:int}/Events")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Record(int memberId, [Bind(Prefix = "Next")] EventForm form, CancellationToken cancellationToken)
    {
        if (!await CanChangeMemberAsync(memberId, cancellationToken))
        {
            return NotFound();
        }

        if (User.IsLimitedToOneOrganization() && form.Kind == Domain.Movements.MembershipEventKind.TransferredIn)
        {
            logger.LogWarning("{User} was refused receiving member {MemberId}", User.Identity?.Name, memberId);
            return NotFound();
        }

        var result = ModelState.IsValid ? await movements.RecordAsync(memberId, form, cancellationToken) : new LedgerResult(text["Validation.Summary"]);
        if (result.Succeeded)
        {
            TempData["Message"] = text["Movement.Recorded"].Value;

            // A Secretary no longer sees a member who has left their organization: back to their list.
            return Redirect(await CanChangeMemberAsync(memberId, cancellationToken) ? $"/Members/{memberId}#ledger" : "/Members");
        }

        ModelState.AddModelError("", result.Error!);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var ledger = await movements.GetLedgerAsync(memberId, cancellationToken);
        return ledger is null ? NotFound() : View("Ledger", new MemberLedgerViewModel
        {
            MemberId = memberId, FullName = ledger.FullName, Lines = ledger.Lines, Organizations = ledger.Organizations, Next = form, CanRecord = true,
        });
    }

    [HttpGet("/Members/{memberId:int}/Events/{eventId:int}/Edit")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Edit(int memberId, int eventId, CancellationToken cancellationToken)
    {
        if (!await CanChangeEventAsync(memberId, eventId, cancellationToken))
        {
            return NotFound();
        }

        var form = await movements.GetEventFormAsync(memberId, eventId, cancellationToken);
        var ledger = await movements.GetLedgerAsync(memberId, cancellationToken);
        return form is null || ledger is null ? NotFound() : View("Ledger", new MemberLedgerViewModel
        {
            MemberId = ledger.MemberId, FullName = ledger.FullName, Lines = ledger.Lines, Organizations = ledger.Organizations, Next = ledger.Next,
            EditingId = eventId, Editing = form, CanRecord = true,
        });
    }

    [HttpPost("/Members/{memberId:int}/Events/{eventId:int}/Edit")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Edit(int memberId, int eventId, [Bind(Prefix = "Editing")] EventForm form, CancellationToken cancellationToken)
    {
        if (!await CanChangeEventAsync(memberId, eventId, cancellationToken))
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await movements.EditAsync(memberId, eventId, form, cancellationToken) : new LedgerResult(text["Validation.Summary"]);
        if (result.Succeeded)
        {
            TempData["Message"] = text["Movement.Corrected"].Value;
            return Redirect($"/Members/{memberId}#ledger");
        }

        ModelState.AddModelError("", result.Error!);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var ledger = await movements.GetLedgerAsync(memberId, cancellationToken);
        return View("Ledger", new MemberLedgerViewModel
        {
            MemberId = memberId, FullName = ledger!.FullName, Lines = ledger.Lines, Organizations = ledger.Organizations, Next = ledger.Next,
            EditingId = eventId, Editing = form, CanRecord = true,
        });
    }

    [HttpPost("/Members/{memberId:int}/Events/{eventId:int}/Delete")]
    [Authorize(Policy = Policies.RecordMovements)]
    public async Task<IActionResult> Delete(int memberId, int eventId, DeleteEventForm form, CancellationToken cancellationToken)
    {
        if (!await CanChangeEventAsync(memberId, eventId, cancellationToken))
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await movements.DeleteLastAsync(memberId, eventId, form.Reason!, cancellationToken) : new LedgerResult(text["Movement.ReasonRequired"]);
        if (result.Succeeded)
        {
            TempData["Message"] = text["Movement.Deleted"].Value;
        }
        else
        {
            TempData["LedgerError"] = result.Error;
        }

        return Redirect($"/Members/{memberId}#ledger");
    }

    private int? Only() => User.IsLimitedToOneOrganization() ? User.BoundOrganizationId() ?? -1 : null;

    private async Task<AdmissionBatchViewModel> AdmissionModelAsync(AdmissionBatchForm form, CancellationToken cancellationToken) =>
        new() { Form = form, Organizations = await members.OrganizationsAsync(Only(), cancellationToken) };

    private async Task<bool> CanChangeMemberAsync(int memberId, CancellationToken cancellationToken)
    {
        if (!User.IsLimitedToOneOrganization())
        {
            return true;
        }

        if (await members.OrganizationOfAsync(memberId, cancellationToken) is { } organization && User.CanAccessOrganization(organization))
        {
            return true;
        }

        logger.LogWarning("{User} was refused the ledger of member {MemberId}", User.Identity?.Name, memberId);
        return false;
    }

    private async Task<bool> CanChangeEventAsync(int memberId, int eventId, CancellationToken cancellationToken)
    {
        if (!User.IsLimitedToOneOrganization())
        {
            return true;
        }

        if (await movements.OrganizationOfEventAsync(eventId, cancellationToken) is { } organization && User.CanAccessOrganization(organization)
            && await CanChangeMemberAsync(memberId, cancellationToken))
        {
            return true;
        }

        logger.LogWarning("{User} was refused ledger entry {EventId}", User.Identity?.Name, eventId);
        return false;
    }
}
