using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Errors;

/// <summary>Friendly pages for errors and status codes; the details go to the log, never to the user.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    /// <summary>
    /// The status code is read from the route, with no parameter to bind: a re-executed POST whose form could not be
    /// read (an oversized form) must not have its form read again here, which would turn the 400 into a 500.
    /// </summary>
    [Route("/Error/{statusCode:int?}")]
    public IActionResult Error()
    {
        var outage = DatabaseOutage.Is(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error);
        if (outage)
        {
            // The pool may hold connections the server closed: drop them, so the first request after the server is
            // back opens fresh ones instead of failing once more.
            logger.LogWarning("The database cannot be reached: answered 503 and cleared the connection pools");
            DatabaseOutage.ClearPools();
        }

        var code = RouteData.Values.TryGetValue("statusCode", out var value) && int.TryParse(value?.ToString(), CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : outage ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return View(ErrorViewModel.For(code, HttpContext.TraceIdentifier));
    }
}
