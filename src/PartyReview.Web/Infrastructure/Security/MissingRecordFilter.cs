using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PartyReview.Web.Infrastructure.Security;

/// <summary>
/// A service asked for a record that does not exist (or is outside the user's committee) throws
/// <see cref="KeyNotFoundException"/>: the user gets the 404 page, not a 500.
/// </summary>
public sealed class MissingRecordFilter(ILogger<MissingRecordFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is KeyNotFoundException)
        {
            logger.LogWarning("{Method} {Path}: no such record", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            context.Result = new NotFoundResult();
            context.ExceptionHandled = true;
        }
    }
}
