using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace PartyReview.Web.Features.Errors;

/// <summary>Friendly pages for errors and status codes; the details go to the log, never to the user.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// The status code is read from the route, with no parameter to bind: a re-executed POST whose form could not be
    /// read (an oversized form) must not have its form read again here, which would turn the 400 into a 500.
    /// </summary>
    [Route("/Error/{statusCode:int?}")]
    public IActionResult Error()
    {
        var code = RouteData.Values.TryGetValue("statusCode", out var value) && int.TryParse(value?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View(ErrorViewModel.For(code, HttpContext.TraceIdentifier));
    }
}
