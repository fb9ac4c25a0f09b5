namespace PartyReview.Web.Features.Errors;

/// <summary>What the friendly error page says: resource keys for the title and the explanation.</summary>
public sealed record ErrorViewModel(int StatusCode, string TitleKey, string MessageKey, string? RequestId = null)
{
    public static ErrorViewModel For(int statusCode, string? requestId = null) => statusCode switch
    {
        StatusCodes.Status400BadRequest => new(statusCode, "Error.400.Title", "Error.400.Message", requestId),
        StatusCodes.Status403Forbidden => new(statusCode, "Error.403.Title", "Error.403.Message", requestId),
        StatusCodes.Status404NotFound => new(statusCode, "Error.404.Title", "Error.404.Message", requestId),
        StatusCodes.Status429TooManyRequests => new(statusCode, "Error.429.Title", "Error.429.Message", requestId),
        StatusCodes.Status503ServiceUnavailable => new(statusCode, "Error.503.Title", "Error.503.Message", requestId),
        _ => new(statusCode, "Error.500.Title", "Error.500.Message", requestId),
    };
}
