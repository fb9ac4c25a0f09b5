namespace PartyReview.Web.Features.Reports;

/// <summary>
/// The reports' refusals: Resources/Features/Reports/ReportsMessages.resx (Vietnamese) and .en.resx (English),
/// resolved with <c>IStringLocalizer&lt;ReportsMessages&gt;</c>.
/// </summary>
public sealed class ReportsMessages
{
    public const string TextEmpty = "Reports.TextEmpty";
    public const string TextTooLong = "Reports.TextTooLong";

    // The figures of a Quy định 366 year (summary and dashboard).
    public const string ScoresByType = "Reports.ScoresByType";
    public const string SubjectTypeHeader = "Reports.SubjectType";
    public const string Adjusted = "Reports.Adjusted";
    public const string StepsTitle = "Reports.StepsTitle";
    public const string StepSelfAssessment = "Reports.Step.SelfAssessment";
    public const string StepProposal = "Reports.Step.Proposal";
    public const string StepDecision = "Reports.Step.Decision";
    public const string StepNotStarted = "Reports.Step.NotStarted";
    public const string TypeOrganization = "Reports.Type.Organization";
    public const string TypeLeadership = "Reports.Type.Leadership";
    public const string TypeLeader = "Reports.Type.Leader";
    public const string TypeMember = "Reports.Type.Member";
    public const string TypeMemberOutsideSystem = "Reports.Type.MemberOutsideSystem";

    private ReportsMessages()
    {
    }
}
