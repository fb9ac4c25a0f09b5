using Microsoft.AspNetCore.Mvc;
using PartyReview.Data.Identity;
using PartyReview.Web.Features.Reports;

namespace PartyReview.Web.Features.Home;

/// <summary>The landing page of every signed-in user; a Leader's is the dashboard, the Province's its roll-up.</summary>
public sealed class HomeController(HomeService home, DashboardService dashboards) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.IsInRole(AppRoles.Province))
        {
            return Redirect("/Province");
        }

        if (IsLeaderOnly() && await dashboards.GetAsync(null, cancellationToken) is { } dashboard)
        {
            return View("~/Features/Reports/Dashboard.cshtml", dashboard);
        }

        return View(await home.GetAsync(User, cancellationToken));
    }

    /// <summary>Leaders read; those who also enter or administer keep the home page of the period being worked on.</summary>
    private bool IsLeaderOnly() =>
        User.IsInRole(AppRoles.Leader) && !User.IsInRole(AppRoles.Staff) && !User.IsInRole(AppRoles.Admin);
}
