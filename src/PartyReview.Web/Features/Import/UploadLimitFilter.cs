using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// Reads the upload form within the import's size limit (<c>Import:MaxFileBytes</c>) before anything else does, and
/// checks the antiforgery token itself: a file too large becomes a clear message instead of a failed request.
/// </summary>
public sealed class UploadLimitFilter(IOptions<ImportOptions> options, IAntiforgery antiforgery) : IAsyncResourceFilter
{
    public const string ErrorKey = "ImportUploadError";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var limit = options.Value.MaxFileBytes + 1024 * 1024;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength > limit)
        {
            http.Items[ErrorKey] = ImportService.TooLarge(options.Value);
            http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            await next();
            return;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 100 }));
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            http.Items[ErrorKey] = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e is InvalidDataException
                ? ImportService.TooLarge(options.Value)
                : new ImportMessage(ImportMessages.UploadFailed);
            http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            await next();
            return;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }
}
