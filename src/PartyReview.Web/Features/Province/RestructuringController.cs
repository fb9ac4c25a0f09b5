using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Domain.Formatting;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Province;

/// <summary>
/// The province's restructuring at /Province/Restructuring: TCCS moved between committees or a committee merged into
/// another as of a date, and a move reversed while the receiving committee has decided nothing since (ADR 0008).
/// </summary>
[Authorize(Policy = Policies.RestructureCommittees)]
public sealed class RestructuringController(
    RestructuringService restructuring, IStringLocalizer<ProvinceMessages> messages, ILogger<RestructuringController> logger) : Controller
{
    private const string Page = "/Province/Restructuring";

    /// <summary>The view lives with the rest of the province's pages.</summary>
    private const string PageView = "~/Features/Province/Restructuring.cshtml";

    [HttpGet(Page)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(PageView, await restructuring.GetAsync(cancellationToken));

    [HttpPost(Page)]
    public async Task<IActionResult> Move([Bind(Prefix = nameof(RestructuringViewModel.Form))] MoveForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await restructuring.MoveAsync(form, cancellationToken);
            if (result.Succeeded)
            {
                var done = result.Value!;
                logger.LogWarning("{User} moved organizations from committee {From} to {To} as of {Date} (move {Move})",
                    User.Identity?.Name, form.FromCommitteeId, form.ToCommitteeId, form.EffectiveOn, done.Id);
                TempData["Message"] = messages[ProvinceMessages.Moved, done.Organizations, done.To, VietnameseFormat.Date(done.EffectiveOn)].Value;
                return Redirect(Page);
            }

            ModelState.AddErrors(result, messages, nameof(RestructuringViewModel.Form) + ".");
        }

        var shown = await restructuring.GetAsync(cancellationToken);
        shown.Form = form;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(PageView, shown);
    }

    [HttpPost(Page + "/{id:int}/Reverse")]
    public async Task<IActionResult> Reverse(int id, CancellationToken cancellationToken)
    {
        var result = await restructuring.ReverseAsync(id, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            logger.LogWarning("{User} reversed move {Move}", User.Identity?.Name, id);
            TempData["Message"] = messages[ProvinceMessages.Reversed, result.Value!].Value;
        }
        else
        {
            var refusal = result.FirstError!;
            TempData["Error"] = messages[refusal.MessageKey, [.. refusal.Arguments.Select(a => a ?? "")]].Value;
        }

        return Redirect(Page);
    }
}
