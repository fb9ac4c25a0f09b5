using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.UnitTests.Reviews;

/// <summary>Quy định 366 Điều 11: each band edge and each condition, for each subject type.</summary>
public sealed class LevelConditionsTests
{
    private static readonly TaskFigures AllMet = new(100, 30, 100);

    public static TheoryData<SubjectType> EverySubjectType => [.. SubjectTypes.All];

    private static ConditionContext Context(SubjectType subject, TaskFigures figures, bool disciplined = false) =>
        new(subject, figures, subject == SubjectType.Leader ? new LedUnit(QualityLevel.Excellent, AllMet) : null, disciplined);

    [Theory]
    [MemberData(nameof(EverySubjectType))]
    public void The_bands_have_their_edges_at_90_70_and_50(SubjectType subject)
    {
        (decimal Score, QualityLevel Level)[] edges =
        [
            (100m, QualityLevel.Excellent), (90m, QualityLevel.Excellent), (89.99m, QualityLevel.Good), (70m, QualityLevel.Good),
            (69.99m, QualityLevel.Complete), (50m, QualityLevel.Complete), (49.99m, QualityLevel.NotComplete), (0m, QualityLevel.NotComplete),
        ];
        foreach (var (score, level) in edges)
        {
            var check = LevelConditions.Evaluate(score, Context(subject, AllMet));
            Assert.Equal(level, check.Band);
            Assert.Equal(level, check.Level);
            Assert.DoesNotContain(check.Findings, f => f.Key.StartsWith("Reviews.Finding.Condition", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(EverySubjectType))]
    public void Excellence_needs_at_least_30_percent_of_tasks_exceeded(SubjectType subject)
    {
        Assert.Equal(QualityLevel.Excellent, LevelConditions.Evaluate(92, Context(subject, AllMet with { ExceededPercent = 30 })).Level);

        var check = LevelConditions.Evaluate(92, Context(subject, AllMet with { ExceededPercent = 29.99m }));

        Assert.Equal(QualityLevel.Excellent, check.Band);
        Assert.Equal(QualityLevel.Good, check.Level);
        var unmet = Assert.Single(check.Findings);
        Assert.Equal(RuleTexts.ConditionExceeded, unmet.Key);
        Assert.Equal("Chưa đạt điều kiện HTXSNV: nhiệm vụ hoàn thành vượt mức yêu cầu 29,99 % (cần ít nhất 30 %).", unmet.Vietnamese);
    }

    [Theory]
    [MemberData(nameof(EverySubjectType))]
    public void Excellence_needs_every_fault_remedied(SubjectType subject)
    {
        var check = LevelConditions.Evaluate(95, Context(subject, AllMet with { RemediedPercent = 90 }));
        Assert.Equal(QualityLevel.Good, check.Level);
        Assert.Contains(check.Findings, f => f.Key == RuleTexts.ConditionRemedied && f.Arguments[1] == "90");
    }

    [Theory]
    [MemberData(nameof(EverySubjectType))]
    public void A_task_late_keeps_a_subject_from_the_two_upper_levels(SubjectType subject)
    {
        var late = AllMet with { OnTimePercent = 95 };

        Assert.Equal(QualityLevel.Complete, LevelConditions.Evaluate(95, Context(subject, late)).Level);
        Assert.Equal(QualityLevel.Complete, LevelConditions.Evaluate(75, Context(subject, late)).Level);
        var findings = LevelConditions.Evaluate(95, Context(subject, late)).Findings;
        Assert.Contains(findings, f => f.Key == RuleTexts.ConditionOnTime && f.Arguments[0] == "HTXSNV");
        Assert.Contains(findings, f => f.Key == RuleTexts.ConditionOnTime && f.Arguments[0] == "HTTNV");
    }

    [Theory]
    [MemberData(nameof(EverySubjectType))]
    public void More_than_20_percent_late_does_not_complete_the_tasks(SubjectType subject)
    {
        Assert.Equal(QualityLevel.Complete, LevelConditions.Evaluate(60, Context(subject, AllMet with { OnTimePercent = 80 })).Level);

        var check = LevelConditions.Evaluate(60, Context(subject, AllMet with { OnTimePercent = 79.5m }));

        Assert.Equal(QualityLevel.NotComplete, check.Level);
        Assert.Contains(check.Findings, f => f.Key == RuleTexts.ConditionLate && f.Vietnamese.Contains("chậm tiến độ 20,5 %", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SubjectType.Organization, true)]
    [InlineData(SubjectType.Leadership, true)]
    [InlineData(SubjectType.Leader, false)]
    [InlineData(SubjectType.Member, false)]
    [InlineData(SubjectType.MemberOutsideSystem, false)]
    public void A_collective_with_a_disciplined_sub_unit_or_leader_is_not_excellent(SubjectType subject, bool lowered)
    {
        var check = LevelConditions.Evaluate(95, Context(subject, AllMet, disciplined: true));
        Assert.Equal(lowered ? QualityLevel.Good : QualityLevel.Excellent, check.Level);
        Assert.Equal(lowered, check.Findings.Any(f => f.Key == RuleTexts.ConditionNoneDisciplined));
    }

    [Fact]
    public void A_leader_is_excellent_only_when_the_unit_they_lead_is()
    {
        var unitGood = new ConditionContext(SubjectType.Leader, AllMet, new LedUnit(QualityLevel.Good, new TaskFigures(100, 20, 100)));

        var check = LevelConditions.Evaluate(94, unitGood);

        Assert.Equal(QualityLevel.Good, check.Level);
        var unmet = Assert.Single(check.Findings);
        Assert.Equal("Chưa đạt điều kiện HTXSNV: đơn vị do đồng chí trực tiếp lãnh đạo xếp loại HTTNV.", unmet.Vietnamese);
    }

    [Fact]
    public void A_leaders_unit_with_tasks_late_keeps_the_leader_at_HTNV()
    {
        var unitLate = new ConditionContext(SubjectType.Leader, AllMet, new LedUnit(null, new TaskFigures(90, 40, 100)));

        var check = LevelConditions.Evaluate(94, unitLate);

        Assert.Equal(QualityLevel.Complete, check.Level);
        Assert.Equal(2, check.Findings.Count(f => f.Key == RuleTexts.ConditionUnitFigures));
    }

    [Fact]
    public void The_unit_does_not_matter_for_a_member_without_a_leading_post()
    {
        var unitGood = new ConditionContext(SubjectType.Member, AllMet, new LedUnit(QualityLevel.Good, TaskFigures.None));
        Assert.Equal(QualityLevel.Excellent, LevelConditions.Evaluate(94, unitGood).Level);
    }

    [Fact]
    public void Figures_not_entered_are_not_held_against_the_subject_but_said()
    {
        var check = LevelConditions.Evaluate(92, new ConditionContext(SubjectType.Member, TaskFigures.None));

        Assert.Equal(QualityLevel.Excellent, check.Level);
        var note = Assert.Single(check.Findings);
        Assert.Equal(RuleTexts.FiguresMissing, note.Key);
        Assert.Equal(FindingSeverity.Note, note.Severity);
    }

    [Fact]
    public void Under_50_points_nothing_is_checked()
    {
        var check = LevelConditions.Evaluate(40, new ConditionContext(SubjectType.Member, new TaskFigures(0, 0, 0)));
        Assert.Equal(QualityLevel.NotComplete, check.Level);
        Assert.Empty(check.Findings);
    }
}
