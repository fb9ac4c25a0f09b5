using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Province;

/// <summary>
/// The province's pages (Ban Tổ chức Tỉnh ủy): the roll-up of every committee, and the choice of one committee to read
/// its own pages, read-only.
/// </summary>
[Authorize(Policy = Policies.ReadProvince)]
public sealed class ProvinceController(ProvinceService province, TimeProvider clock) : Controller
{
    [HttpGet("/Province")]
    [HttpGet("/Province/Dashboard")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await province.LatestYearAsync(cancellationToken) is { } year
            ? RedirectToAction(nameof(Dashboard), new { year })
            : View("Empty");

    [HttpGet("/Province/Dashboard/{year:int:range(1990,2100)}")]
    public async Task<IActionResult> Dashboard(int year, CancellationToken cancellationToken) =>
        await province.GetAsync(year, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("/Province/Summary/{year:int:range(1990,2100)}")]
    public async Task<IActionResult> Summary(int year, CancellationToken cancellationToken) =>
        await province.GetAsync(year, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>
    /// Reads one committee's own pages from now on (a cookie for this browser session, checked on every request by
    /// <see cref="CurrentCommittee"/>), starting with its year-end report or its dashboard.
    /// </summary>
    [HttpPost("/Province/Committees/{id:int}")]
    public async Task<IActionResult> Choose(int id, int year, string? page, CancellationToken cancellationToken)
    {
        if (!await province.CommitteeExistsAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Response.Cookies.Append(CurrentCommittee.ChoiceCookie, id.ToString(System.Globalization.CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
        });
        var shown = year is >= 1990 and <= 2100 ? year : clock.GetLocalNow().Year;
        return Redirect(page == "dashboard" ? $"/Reports/Dashboard/{shown}" : $"/Reports/Summary/{shown}");
    }
}
