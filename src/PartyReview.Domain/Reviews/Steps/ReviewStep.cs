using PartyReview.Domain.Reviews.Criteria;

namespace PartyReview.Domain.Reviews.Steps;

/// <summary>The three steps of Quy định 366 Điều 12 khoản 1, each kept as its own value per subject.</summary>
public enum ReviewStep
{
    /// <summary>Tự đánh giá, xếp loại: the subject's self-assessment per criteria group.</summary>
    SelfAssessment = 1,

    /// <summary>Thẩm định, đề xuất mức xếp loại: the chi bộ / TCCS for members, the Ban Tổ chức for TCCS and collectives.</summary>
    Proposal = 2,

    /// <summary>Cấp có thẩm quyền quyết định: the official level, the one tallies count.</summary>
    Decision = 3,
}

/// <summary>Which review a step belongs to (the three review tables).</summary>
public enum StepSubject
{
    Organization = 1,
    Leadership = 2,
    Member = 3,
}

/// <summary>Who records a step: the committee's staff (Ban Tổ chức, acting for the upper committee) or a TCCS's Secretary.</summary>
public enum StepActor
{
    CommitteeStaff = 1,
    OrganizationSecretary = 2,
}

public static class ReviewSteps
{
    public static IReadOnlyList<ReviewStep> All { get; } = [ReviewStep.SelfAssessment, ReviewStep.Proposal, ReviewStep.Decision];

    public static string VietnameseName(this ReviewStep step) => step switch
    {
        ReviewStep.SelfAssessment => "Tự đánh giá",
        ReviewStep.Proposal => "Đề xuất",
        ReviewStep.Decision => "Quyết định",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>
    /// Who may record a step for a subject (Quy định 366 Điều 12, Hướng dẫn 43; docs/domain/366.md §4–5):
    /// <list type="bullet">
    /// <item>self-assessment: entered for the subject by its TCCS's Secretary or by staff;</item>
    /// <item>proposal: the chi bộ / TCCS (Secretary) or staff for members; staff (Ban Tổ chức) for TCCS and collectives;</item>
    /// <item>decision: the TCCS's committee (Secretary) decides its members who hold no leading post; the upper committee
    /// (staff) decides TCCS, collectives and leaders, and may re-rate anyone.</item>
    /// </list>
    /// </summary>
    public static bool MayRecord(this StepActor actor, ReviewStep step, SubjectType subject) =>
        actor == StepActor.CommitteeStaff || step switch
        {
            ReviewStep.SelfAssessment => true,
            ReviewStep.Proposal => subject.IsMember(),
            ReviewStep.Decision => subject is SubjectType.Member or SubjectType.MemberOutsideSystem,
            _ => false,
        };

    public static StepSubject StepSubjectOf(SubjectType type) => type switch
    {
        SubjectType.Organization => StepSubject.Organization,
        SubjectType.Leadership => StepSubject.Leadership,
        _ => StepSubject.Member,
    };
}
