using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reviews;

/// <summary>The entry grid: one organization's classifications for one period.</summary>
[Authorize(Policy = Policies.EnterReviews)]
public sealed class ReviewsController(ReviewEntryService entries, ILogger<ReviewsController> logger) : Controller
{
    [HttpGet("/Periods/{year:int}/Entry/{organizationId:int}")]
    public async Task<IActionResult> Entry(int year, int organizationId, CancellationToken cancellationToken)
    {
        if (!User.CanAccessOrganization(organizationId))
        {
            return Refused(organizationId);
        }

        var model = await entries.GetAsync(year, organizationId, User, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/Periods/{year:int}/Entry/{organizationId:int}")]
    public async Task<IActionResult> Entry(int year, int organizationId, EntryForm form, CancellationToken cancellationToken)
    {
        if (!User.CanAccessOrganization(organizationId))
        {
            return Refused(organizationId);
        }

        if (!ModelState.IsValid)
        {
            var current = await entries.GetAsync(year, organizationId, User, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return current is null ? NotFound() : View(current);
        }

        var result = await entries.SaveAsync(year, organizationId, form, User, cancellationToken);
        switch (result.Outcome)
        {
            case EntrySaveOutcome.NotFound:
                return NotFound();
            case EntrySaveOutcome.Saved:
                TempData["EntrySaved"] = true;
                return RedirectToAction(nameof(Entry), new { year, organizationId });
            case EntrySaveOutcome.Conflict:
            case EntrySaveOutcome.Locked:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(result.Model ?? await entries.GetAsync(year, organizationId, User, cancellationToken));
            default:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(result.Model);
        }
    }

    private NotFoundResult Refused(int organizationId)
    {
        logger.LogWarning("{User} was refused the entries of organization {OrganizationId}", User.Identity?.Name, organizationId);
        return NotFound();
    }
}
