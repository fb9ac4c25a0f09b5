using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace PartyReview.Web.Features.Errors;

/// <summary>Friendly pages for errors and status codes; the details go to the log, never to the user.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorsController : Controller
{
    [Route("/Error/{statusCode:int?}")]
    public IActionResult Error(int? statusCode)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View(ErrorViewModel.For(code, HttpContext.TraceIdentifier));
    }
}
