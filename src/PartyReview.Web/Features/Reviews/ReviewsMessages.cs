namespace PartyReview.Web.Features.Reviews;

/// <summary>
/// The entry grid's texts made by the service: Resources/Features/Reviews/ReviewsMessages.resx (Vietnamese) and
/// .en.resx (English), resolved with <c>IStringLocalizer&lt;ReviewsMessages&gt;</c>. The rules' findings and the quota
/// line use the keys of the domain's <see cref="Domain.Reviews.Rules.RuleTexts"/> (whose Vietnamese text is the record
/// kept with a sheet), rendered here with <see cref="ReviewsLocalization"/>.
/// </summary>
public sealed class ReviewsMessages
{
    /// <summary>A line the other user left not rated ({0}: the reason, in lower case).</summary>
    public const string NotRated = "Reviews.NotRated";

    /// <summary>A score the other user typed ({0}).</summary>
    public const string Points = "Reviews.Points";

    /// <summary>A score and the level it gives ({0}, {1}: HTTNV…).</summary>
    public const string PointsWithLevel = "Reviews.PointsWithLevel";

    /// <summary>A line the other user left empty.</summary>
    public const string NoResult = "Reviews.NoResult";

    /// <summary>The grid's keys, under the counters.</summary>
    public const string Keys = "Reviews.Keys";

    private ReviewsMessages()
    {
    }
}
