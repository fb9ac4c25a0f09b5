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

    /// <summary>A line changed at a step the user may not record for it ({0}: the step, {1}: the subject).</summary>
    public const string StepNotAllowed = "Reviews.StepNotAllowed";

    /// <summary>The accept-all report: {0} proposals recorded as decisions.</summary>
    public const string AcceptedProposals = "Reviews.AcceptedProposals";

    /// <summary>The accept-all report: {0} proposals left, then the list.</summary>
    public const string LeftProposals = "Reviews.LeftProposals";

    /// <summary>A proposal left: the user may not decide this subject.</summary>
    public const string LeftNotAllowed = "Reviews.LeftNotAllowed";

    /// <summary>A proposal left: a different decision is already recorded.</summary>
    public const string LeftAlreadyDecided = "Reviews.LeftAlreadyDecided";

    /// <summary>The accept-all action was refused: the sheet changed since it was shown.</summary>
    public const string AcceptConflict = "Reviews.AcceptConflict";

    /// <summary>The step tabs' label.</summary>
    public const string StepsLabel = "Reviews.Steps";

    /// <summary>The steps' names (the grid's tabs and columns, the member page).</summary>
    public const string StepSelfAssessment = "Reviews.Step.SelfAssessment";
    public const string StepProposal = "Reviews.Step.Proposal";
    public const string StepDecision = "Reviews.Step.Decision";

    public const string SubjectTypeLabel = "Reviews.SubjectType";
    public const string CommonPoints = "Reviews.CommonPoints";
    public const string TaskPoints = "Reviews.TaskPoints";
    public const string Total = "Reviews.Total";
    public const string OnTime = "Reviews.OnTime";
    public const string Exceeded = "Reviews.Exceeded";
    public const string Remedied = "Reviews.Remedied";
    public const string Computed = "Reviews.Computed";
    public const string AdjustmentReason = "Reviews.AdjustmentReason";
    public const string Findings = "Reviews.Findings";
    public const string AcceptAll = "Reviews.AcceptAll";
    public const string StepKeys = "Reviews.StepKeys";
    public const string ReadOnlyLine = "Reviews.ReadOnlyLine";
    public const string ProposalsWaiting = "Reviews.ProposalsWaiting";

    /// <summary>Member page: the three steps of a 366 year.</summary>
    public const string RecordedBy = "Reviews.RecordedBy";
    public const string SickShort = "Reviews.SickShort";
    public const string CommonShort = "Reviews.CommonShort";
    public const string TaskShort = "Reviews.TaskShort";
    public const string StepsOfYear = "Reviews.StepsOfYear";

    /// <summary>The key of a step's name.</summary>
    public static string StepName(Domain.Reviews.Steps.ReviewStep step) => step switch
    {
        Domain.Reviews.Steps.ReviewStep.SelfAssessment => StepSelfAssessment,
        Domain.Reviews.Steps.ReviewStep.Proposal => StepProposal,
        _ => StepDecision,
    };

    private ReviewsMessages()
    {
    }
}
