using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Domain.Reporting;

/// <summary>The decided scores of one subject type of Quy định 366 (TCCS, tập thể lãnh đạo, cá nhân lãnh đạo, đảng viên, ngoài hệ thống chính trị).</summary>
public readonly record struct SubjectTypeScores(SubjectType Type, ScoreStats Scores);

/// <summary>How many members are at each step while the period is open: the furthest step recorded, or none yet.</summary>
public sealed record StepProgress(int SelfAssessment, int Proposal, int Decision, int NotStarted)
{
    public int Count(ReviewStep step) => step switch
    {
        ReviewStep.SelfAssessment => SelfAssessment,
        ReviewStep.Proposal => Proposal,
        ReviewStep.Decision => Decision,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>From the grouped count of members per furthest step (null: not started).</summary>
    public static StepProgress From(IEnumerable<(ReviewStep? Step, int Count)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var counts = groups.GroupBy(g => g.Step).ToDictionary(g => g.Key ?? 0, g => g.Sum(x => x.Count));
        return new StepProgress(
            counts.GetValueOrDefault(ReviewStep.SelfAssessment),
            counts.GetValueOrDefault(ReviewStep.Proposal),
            counts.GetValueOrDefault(ReviewStep.Decision),
            counts.GetValueOrDefault((ReviewStep)0));
    }

    /// <summary>"Tự đánh giá: 120 · Đề xuất: 45 · Quyết định: 30 · chưa bắt đầu: 2.579".</summary>
    public string Describe() =>
        $"{ReviewStep.SelfAssessment.VietnameseName()}: {Formatting.VietnameseFormat.Count(SelfAssessment)} · "
        + $"{ReviewStep.Proposal.VietnameseName()}: {Formatting.VietnameseFormat.Count(Proposal)} · "
        + $"{ReviewStep.Decision.VietnameseName()}: {Formatting.VietnameseFormat.Count(Decision)} · "
        + $"chưa bắt đầu: {Formatting.VietnameseFormat.Count(NotStarted)}";
}

/// <summary>
/// What the report of a Quy định 366 year adds to the decided levels: the average decided score of each subject type,
/// how many decisions differ from the proposals ("cấp có thẩm quyền điều chỉnh N trường hợp"), and while the period is
/// open, how many members are at each step.
/// </summary>
public sealed record StepFigures(IReadOnlyList<SubjectTypeScores> Averages, int Adjusted, int DecisionsWithProposal, StepProgress? Progress)
{
    public ScoreStats For(SubjectType type) => Averages.FirstOrDefault(a => a.Type == type).Scores;

    /// <summary>The Vietnamese noun of a subject type in the report's sentences and tables.</summary>
    public static string Noun(SubjectType type) => type switch
    {
        SubjectType.Organization => "TCCS Đảng",
        SubjectType.Leadership => "tập thể lãnh đạo cấp ủy",
        SubjectType.Leader => "cá nhân giữ chức vụ lãnh đạo, quản lý",
        SubjectType.Member => "đảng viên không giữ chức vụ lãnh đạo, quản lý",
        SubjectType.MemberOutsideSystem => "đảng viên không làm việc trong hệ thống chính trị",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
