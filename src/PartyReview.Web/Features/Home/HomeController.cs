using Microsoft.AspNetCore.Mvc;

namespace PartyReview.Web.Features.Home;

/// <summary>The landing page of every signed-in user.</summary>
public sealed class HomeController(HomeService home) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await home.GetAsync(User, cancellationToken));
}
