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
    [Route("/Error/{statusCode:int?}")]
    public IActionResult Error(int? statusCode)
    {
        var outage = DatabaseOutage.Is(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error);
        if (outage)
        {
            // The pool may hold connections the server closed: drop them, so the first request after the server is
            // back opens fresh ones instead of failing once more.
            logger.LogWarning("The database cannot be reached: answered 503 and cleared the connection pools");
            DatabaseOutage.ClearPools();
        }

        var code = statusCode ?? (outage ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return View(ErrorViewModel.For(code, HttpContext.TraceIdentifier));
    }
}
