using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Leadership;

/// <summary>
/// An organization's cấp ủy at /Organizations/{id}/Leadership: readers of rosters see it (a Secretary only their own
/// organization's, 404 for any other); staff, admins and the organization's Secretary add, end and remove seats.
/// </summary>
[Authorize(Policy = Policies.ReadRoster)]
public sealed class LeadershipController(
    LeadershipService leadership, IAuthorizationService authorization, IStringLocalizer<LeadershipMessages> messages,
    ILogger<LeadershipController> logger) : Controller
{
    [HttpGet("/Organizations/{id:int}/Leadership")]
    [RecordExists(RecordKind.Organization)]
    [OrganizationAccess("id")]
    public async Task<IActionResult> Index(int id, string? q, DateOnly? on, CancellationToken cancellationToken)
    {
        var model = await leadership.GetAsync(id, q, on, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        model.CanWrite = await CanWriteAsync();
        return View(model);
    }

    [HttpPost("/Organizations/{id:int}/Leadership")]
    [RecordExists(RecordKind.Organization)]
    [OrganizationAccess("id")]
    [Authorize(Policy = Policies.ManageLeadership)]
    public async Task<IActionResult> Add(int id, [Bind(Prefix = nameof(LeadershipViewModel.Form))] SeatForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await leadership.AddAsync(id, form, cancellationToken);
            if (result.Succeeded)
            {
                logger.LogInformation("{User} added a cấp ủy seat to organization {Organization}", User.Identity?.Name, id);
                TempData["Message"] = messages[LeadershipMessages.Added].Value;
                return Redirect($"/Organizations/{id}/Leadership");
            }

            ModelState.AddErrors(result, messages, nameof(LeadershipViewModel.Form) + ".");
        }

        var model = await leadership.GetAsync(id, null, form.StartsOn, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        model.CanWrite = true;
        model.Form = form;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), model);
    }

    [HttpPost("/Organizations/{id:int}/Leadership/End")]
    [RecordExists(RecordKind.Organization)]
    [OrganizationAccess("id")]
    [Authorize(Policy = Policies.ManageLeadership)]
    public async Task<IActionResult> End(int id, EndSeatForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData["Error"] = messages[LeadershipMessages.CannotEnd, "—"].Value;
            return Redirect($"/Organizations/{id}/Leadership");
        }

        var result = await leadership.EndAsync(id, form.SeatId, form, cancellationToken);
        return Done(id, result, LeadershipMessages.Ended);
    }

    [HttpPost("/Organizations/{id:int}/Leadership/Remove")]
    [RecordExists(RecordKind.Organization)]
    [OrganizationAccess("id")]
    [Authorize(Policy = Policies.ManageLeadership)]
    public async Task<IActionResult> Remove(int id, int seatId, int version, CancellationToken cancellationToken)
    {
        var result = await leadership.RemoveAsync(id, seatId, version, cancellationToken);
        return Done(id, result, LeadershipMessages.Removed);
    }

    private IActionResult Done(int id, Result? result, string success)
    {
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            logger.LogInformation("{User} changed a cấp ủy seat of organization {Organization}", User.Identity?.Name, id);
            TempData["Message"] = messages[success].Value;
        }
        else
        {
            TempData["Error"] = messages.Message(result.FirstError!);
        }

        return Redirect($"/Organizations/{id}/Leadership");
    }

    private async Task<bool> CanWriteAsync() => (await authorization.AuthorizeAsync(User, Policies.ManageLeadership)).Succeeded;
}
