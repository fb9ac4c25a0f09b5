using Microsoft.Extensions.Localization;
using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.Web.Features.Reviews;

/// <summary>What the rules say, in the user's language: the same keys and arguments as the Vietnamese record.</summary>
public static class ReviewsLocalization
{
    /// <summary>A finding from the Reviews resources ("Member disciplined during the year: …").</summary>
    public static string Finding(this IStringLocalizer<ReviewsMessages> messages, RuleFinding finding)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(finding);
        return messages[finding.Key, [.. finding.Arguments]].Value;
    }

    /// <summary>The quota line ("HTXSNV 6 — at most 20 % of 24 HTTNV = 4 — 2 over").</summary>
    public static string Quota(this IStringLocalizer<ReviewsMessages> messages, QuotaCheck quota)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(quota);
        object[] figures = [.. quota.Arguments];
        return messages[RuleTexts.Quota, figures].Value + (quota.IsExceeded ? messages[RuleTexts.QuotaOver, figures].Value : "");
    }
}
