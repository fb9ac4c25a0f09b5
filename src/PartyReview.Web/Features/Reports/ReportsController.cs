using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reports;

[Authorize(Policy = Policies.ReadCommitteeReports)]
public sealed class ReportsController(SummaryService summaries) : Controller
{
    /// <summary>The year's summary: tables of both conventions and the report's sentences.</summary>
    [HttpGet("/Reports/Summary/{year:int:range(1990,2100)}")]
    public async Task<IActionResult> Summary(int year, CancellationToken cancellationToken)
    {
        var model = await summaries.GetAsync(year, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
