using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Reviews;

/// <summary>The entry grid: one organization's classifications for one period (a Secretary's own organization only).</summary>
[Authorize(Policy = Policies.EnterReviews)]
public sealed class ReviewsController(ReviewEntryService entries) : Controller
{
    [HttpGet("/Periods/{year:int}/Entry/{organizationId:int}")]
    [OrganizationAccess("organizationId")]
    public async Task<IActionResult> Entry(int year, int organizationId, CancellationToken cancellationToken)
    {
        var model = await entries.GetAsync(year, organizationId, User, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/Periods/{year:int}/Entry/{organizationId:int}")]
    [OrganizationAccess("organizationId")]
    public async Task<IActionResult> Entry(int year, int organizationId, EntryForm form, CancellationToken cancellationToken)
    {
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
}
