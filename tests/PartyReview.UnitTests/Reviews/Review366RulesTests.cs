using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.UnitTests.Reviews;

/// <summary>The rule engine under Quy định 366: group points, conditions, the level entered against the computed one.</summary>
public sealed class Review366RulesTests
{
    private static readonly DateOnly ReviewDate = new(2026, 12, 15);
    private static readonly DateOnly LongAgo = new(2000, 1, 1);
    private static readonly ReviewRuleSet Rules = ReviewRuleSet.For(RuleSet.Regulation366Guidance43);

    private static SubjectEntry Points(decimal common, decimal tasks, TaskFigures figures, QualityLevel? level = null, string? reason = null) =>
        new(level) { CommonPoints = common, TaskPoints = tasks, Figures = figures, AdjustmentReason = reason };

    [Fact]
    public void A_member_with_92_points_and_25_percent_exceeded_is_HTTNV_and_told_why()
    {
        var result = Rules.AssessMember(Points(28, 64, new TaskFigures(100, 25, 100)), LongAgo, ReviewDate);

        Assert.Equal(QualityLevel.Good, result.Level);
        Assert.Equal(92m, result.Score);
        Assert.False(result.HasErrors);
        Assert.Contains(result.Findings, f => f.Key == RuleTexts.ConditionExceeded && f.Arguments[1] == "25");
    }

    [Fact]
    public void The_level_typed_counts_when_it_is_the_computed_one_or_lower_with_a_reason()
    {
        Assert.Equal(QualityLevel.Good, Rules.AssessMember(Points(28, 64, new TaskFigures(100, 25, 100), QualityLevel.Good), LongAgo, ReviewDate).Level);

        var noReason = Rules.AssessMember(Points(30, 65, new TaskFigures(100, 40, 100), QualityLevel.Complete), LongAgo, ReviewDate);
        Assert.Contains(noReason.Errors, f => f.Vietnamese == "Xếp HTNV thấp hơn mức tính được (HTXSNV): cần ghi lý do điều chỉnh.");

        var withReason = Rules.AssessMember(Points(30, 65, new TaskFigures(100, 40, 100), QualityLevel.Good, "Vượt tỷ lệ HTXSNV của chi bộ"), LongAgo, ReviewDate);
        Assert.False(withReason.HasErrors);
        Assert.Equal(QualityLevel.Good, withReason.Level);
        Assert.Contains(withReason.Findings, f => f.Key == RuleTexts.Adjusted && f.Vietnamese.EndsWith("Vượt tỷ lệ HTXSNV của chi bộ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_level_above_the_computed_one_is_refused_with_the_reason()
    {
        var result = Rules.AssessMember(Points(28, 64, new TaskFigures(100, 25, 100), QualityLevel.Excellent), LongAgo, ReviewDate);
        Assert.Contains(result.Errors, f => f.Vietnamese == "Không thể xếp HTXSNV: điểm và điều kiện chỉ đạt HTTNV.");
    }

    [Fact]
    public void A_disciplined_member_cannot_be_rated_above_KHTNV_whatever_the_points()
    {
        var typed = Rules.AssessMember(Points(30, 65, new TaskFigures(100, 40, 100), QualityLevel.Excellent) with { Disciplined = true }, LongAgo, ReviewDate);
        Assert.Contains(typed.Errors, f => f.Key == RuleTexts.DisciplinedMember);

        var computed = Rules.AssessMember(Points(30, 65, new TaskFigures(100, 40, 100)) with { Disciplined = true }, LongAgo, ReviewDate);
        Assert.Equal(QualityLevel.NotComplete, computed.Level);
        Assert.False(computed.HasErrors);
    }

    [Fact]
    public void Group_points_stay_within_the_frame_and_add_up_to_the_total()
    {
        Assert.Contains(Rules.AssessMember(Points(31, 60, TaskFigures.None), LongAgo, ReviewDate).Errors, f => f.Key == RuleTexts.PointsOverGroupMaximum);
        Assert.Contains(Rules.AssessMember(new SubjectEntry(null) { CommonPoints = 20 }, LongAgo, ReviewDate).Errors, f => f.Key == RuleTexts.PointsIncomplete);
        Assert.Contains(Rules.AssessMember(Points(20, 60, TaskFigures.None) with { Score = 85 }, LongAgo, ReviewDate).Errors, f => f.Key == RuleTexts.ScoreDiffersFromPoints);
        Assert.Contains(Rules.AssessMember(Points(20, 60, new TaskFigures(120, 0, 0)), LongAgo, ReviewDate).Errors, f => f.Key == RuleTexts.FigureOutOfRange);

        var frame = new CriteriaFrame { Subject = SubjectType.Member, CommonMaximum = 40, TaskMaximum = 60 };
        Assert.False(Rules.AssessMember(Points(35, 55, TaskFigures.None) with { Frame = frame }, LongAgo, ReviewDate).HasErrors);
    }

    [Fact]
    public void A_TCCS_at_92_points_with_a_KHTNV_member_is_saved_under_366()
    {
        var entry = Points(28, 64, new TaskFigures(100, 35, 100));
        var result = Rules.AssessOrganization(entry, newlyFounded: false, new MemberCounts(2, 20, 3, 1));
        Assert.False(result.HasErrors);
        Assert.Equal(QualityLevel.Excellent, result.Level);
    }

    [Fact]
    public void Under_21_HD_the_same_TCCS_is_still_refused()
    {
        var result = ReviewRuleSet.For(RuleSet.Regulation132Guidance21)
            .AssessOrganization(new SubjectEntry(QualityLevel.Excellent), newlyFounded: false, new MemberCounts(2, 20, 3, 1));
        Assert.Contains(result.Errors, f => f.Key == RuleTexts.MembersNotComplete);
    }

    [Fact]
    public void A_leader_whose_unit_is_HTTNV_cannot_be_decided_HTXSNV()
    {
        var entry = Points(29, 65, new TaskFigures(100, 40, 100), QualityLevel.Excellent) with
        {
            Subject = SubjectType.Leader,
            Unit = new LedUnit(QualityLevel.Good, new TaskFigures(100, 20, 100)),
        };
        var result = Rules.AssessMember(entry, LongAgo, ReviewDate);
        Assert.Contains(result.Errors, f => f.Key == RuleTexts.LevelAboveComputed);
        Assert.Contains(result.Findings, f => f.Key == RuleTexts.ConditionUnitLevel);
    }

    [Fact]
    public void Absent_is_pending_not_a_reason_for_not_rating()
    {
        var review = new MemberReview();
        review.MarkNotRated(NotRatedReason.Absent);
        Assert.True(review.IsPending);
        review.MarkNotRated(NotRatedReason.Exempt);
        Assert.False(review.IsPending);
    }

    [Theory]
    [InlineData(StepActor.OrganizationSecretary, ReviewStep.Proposal, SubjectType.Member, true)]
    [InlineData(StepActor.OrganizationSecretary, ReviewStep.Decision, SubjectType.Member, true)]
    [InlineData(StepActor.OrganizationSecretary, ReviewStep.Decision, SubjectType.Leader, false)]
    [InlineData(StepActor.OrganizationSecretary, ReviewStep.Proposal, SubjectType.Organization, false)]
    [InlineData(StepActor.OrganizationSecretary, ReviewStep.Decision, SubjectType.Organization, false)]
    [InlineData(StepActor.OrganizationSecretary, ReviewStep.SelfAssessment, SubjectType.Organization, true)]
    [InlineData(StepActor.CommitteeStaff, ReviewStep.Decision, SubjectType.Organization, true)]
    [InlineData(StepActor.CommitteeStaff, ReviewStep.Decision, SubjectType.Member, true)]
    public void Who_records_which_step(StepActor actor, ReviewStep step, SubjectType subject, bool allowed) =>
        Assert.Equal(allowed, actor.MayRecord(step, subject));

    [Fact]
    public void A_decision_becomes_the_official_value()
    {
        var review = new MemberReview();
        review.ApplyDecision(new StepValue(QualityLevel.Good, 92, 28, 64, new TaskFigures(100, 25, 100)));
        Assert.Equal(QualityLevel.Good, review.Level);
        Assert.Equal(92m, review.Score);

        var step = new ReviewStepEntry { Step = ReviewStep.Decision };
        step.Set(new StepValue(QualityLevel.Good, 92, 28, 64, new TaskFigures(100, 25, 100), AdjustmentReason: "  "), "staff@demo.local", DateTime.UnixEpoch);
        Assert.Null(step.AdjustmentReason);
        Assert.Equal("92 điểm (28 + 64), HTTNV; đúng hạn 100 %, vượt 25 %, khắc phục 100 %", step.Describe());
    }

    [Fact]
    public void The_default_frames_sum_to_100_and_an_edited_frame_is_checked()
    {
        foreach (var subject in SubjectTypes.All)
        {
            Assert.Empty(CriteriaFrame.Default(subject).Check());
        }

        var frame = CriteriaFrame.Default(SubjectType.Member);
        frame.CommonMaximum = 40;
        Assert.Contains(frame.Check(), f => f.Key == RuleTexts.FrameNotHundred);
        frame.TaskMaximum = 60;
        frame.Items.Add(new CriterionItem { Group = CriteriaGroup.Common, Title = "Thêm", MaxPoints = 45 });
        Assert.Contains(frame.Check(), f => f.Key == RuleTexts.FrameCommonItemsOver);
    }
}
