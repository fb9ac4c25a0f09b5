using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.IntegrationTests.Reviews;

/// <summary>A result's refusal as a Vietnamese user reads it, from the feature's resources in the app's DI.</summary>
internal static class ResultMessages
{
    private static readonly CultureInfo Vietnamese = new("vi-VN");

    public static string VietnameseText<TMessages>(this AppServices app, Result result)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(result);
        var localizer = app.Singleton<IStringLocalizerFactory>().Create(typeof(TMessages));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Vietnamese;
        try
        {
            return string.Join(" ", result.Errors.Select(localizer.Message));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
