using Serilog.Context;

namespace PartyReview.Web.Infrastructure;

/// <summary>Adds the signed-in user and the request id to every log event written while a request runs.</summary>
internal sealed class LogContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using (LogContext.PushProperty("UserName", context.User.Identity?.Name ?? "(anonymous)"))
        using (LogContext.PushProperty("RequestId", context.TraceIdentifier))
        {
            await next(context);
        }
    }
}
