using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Scoping;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Reviews;

/// <summary>The entry grid: one organization's classifications for one period (a Secretary's own organization only).</summary>
[Authorize(Policy = Policies.EnterReviews)]
public sealed class ReviewsController(ReviewEntryService entries) : Controller
{
    /// <summary>The grid; under Quy định 366 at one of the three steps (<c>?step=SelfAssessment|Proposal|Decision</c>).</summary>
    [HttpGet("/Periods/{year:int}/Entry/{organizationId:int}")]
    [OrganizationAccess("organizationId")]
    public async Task<IActionResult> Entry(int year, int organizationId, [FromQuery] ReviewStep? step, CancellationToken cancellationToken)
    {
        var model = await entries.GetAsync(year, organizationId, User, step, cancellationToken);
        return model is null ? NotFound() : Page(model);
    }

    [HttpPost("/Periods/{year:int}/Entry/{organizationId:int}")]
    [OrganizationAccess("organizationId")]
    [RecordExists(RecordKind.Period, "year")]
    [RecordExists(RecordKind.Organization, "organizationId")]
    [RequiresVersion("Version")]
    public async Task<IActionResult> Entry(int year, int organizationId, EntryForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var current = await entries.GetAsync(year, organizationId, User, form.Step, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return current is null ? NotFound() : Page(current);
        }

        var result = await entries.SaveAsync(year, organizationId, form, User, cancellationToken);
        switch (result.Outcome)
        {
            case EntrySaveOutcome.NotFound:
                return NotFound();
            case EntrySaveOutcome.Saved:
                TempData["EntrySaved"] = true;
                return RedirectToAction(nameof(Entry), new { year, organizationId, step = result.Model?.Step });
            case EntrySaveOutcome.Conflict:
            case EntrySaveOutcome.Locked:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page(result.Model ?? await entries.GetAsync(year, organizationId, User, form.Step, cancellationToken));
            default:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page(result.Model);
        }
    }

    /// <summary>Quy định 366: every proposal that passes the rules unchanged becomes the decision, in one action.</summary>
    [HttpPost("/Periods/{year:int}/Entry/{organizationId:int}/AcceptProposals")]
    [OrganizationAccess("organizationId")]
    [RecordExists(RecordKind.Period, "year")]
    [RecordExists(RecordKind.Organization, "organizationId")]
    [RequiresVersion("version")]
    public async Task<IActionResult> AcceptProposals(int year, int organizationId, [FromForm] int version, CancellationToken cancellationToken)
    {
        var report = await entries.AcceptProposalsAsync(year, organizationId, version, User, cancellationToken);
        switch (report.Outcome)
        {
            case EntrySaveOutcome.NotFound:
                return NotFound();
            case EntrySaveOutcome.Saved:
                TempData["AcceptReport"] = report.Message;
                return RedirectToAction(nameof(Entry), new { year, organizationId, step = ReviewStep.Decision });
            default:
                Response.StatusCode = StatusCodes.Status409Conflict;
                var model = await entries.GetAsync(year, organizationId, User, ReviewStep.Decision, cancellationToken);
                if (model is null)
                {
                    return NotFound();
                }

                ViewData["AcceptRefused"] = report.Message;
                return Page(model);
        }
    }

    private ViewResult Page(EntryViewModel? model) => model?.Step is null ? View(nameof(Entry), model) : View("EntrySteps", model);
}
