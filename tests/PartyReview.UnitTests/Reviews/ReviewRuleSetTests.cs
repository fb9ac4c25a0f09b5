using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.UnitTests.Reviews;

/// <summary>Each regulation's rules, table-driven: what a user enters, and what the rules make of it.</summary>
public sealed class ReviewRuleSetTests
{
    private static readonly DateOnly ReviewDate = new(2026, 12, 15);
    private static readonly DateOnly LongAgo = new(2000, 1, 1);

    public static TheoryData<RuleSet, SubjectEntry, QualityLevel?, FindingSeverity?, string> MemberCases => new()
    {
        // Direct levels (132, 124): a forbidden level is an error to correct.
        { RuleSet.Regulation132Guidance21, new SubjectEntry(QualityLevel.Good), QualityLevel.Good, null, "" },
        { RuleSet.Regulation132Guidance21, new SubjectEntry(QualityLevel.Good, Disciplined: true), QualityLevel.Good, FindingSeverity.Error, "bị kỷ luật trong năm" },
        { RuleSet.Regulation132Guidance21, new SubjectEntry(QualityLevel.NotComplete, Disciplined: true), QualityLevel.NotComplete, null, "" },
        { RuleSet.Regulation132Guidance21, new SubjectEntry(QualityLevel.Good, Disciplined: true, SelfRemedied: true), QualityLevel.Good, FindingSeverity.Error, "bị kỷ luật trong năm" },
        { RuleSet.Regulation124Guidance25, new SubjectEntry(QualityLevel.Good, Disciplined: true, SelfRemedied: true), QualityLevel.Good, null, "" },
        { RuleSet.Regulation124Guidance25, new SubjectEntry(QualityLevel.Good, Disciplined: true), QualityLevel.Good, FindingSeverity.Error, "bị kỷ luật trong năm" },
        { RuleSet.Regulation132Guidance16, new SubjectEntry(QualityLevel.Excellent, LongSickLeave: true), QualityLevel.Excellent, FindingSeverity.Error, "Nghỉ ốm từ 3 tháng" },
        { RuleSet.Regulation132Guidance21, new SubjectEntry(QualityLevel.Complete, LongSickLeave: true), QualityLevel.Complete, null, "" },
        { RuleSet.Regulation132Guidance21, new SubjectEntry(null, Score: 85m), null, FindingSeverity.Error, "không chấm điểm" },
        { RuleSet.Regulation132Guidance21, new SubjectEntry(null, Reason: NotRatedReason.Other), null, FindingSeverity.Error, "ghi rõ lý do" },
        { RuleSet.Regulation132Guidance21, new SubjectEntry(null, Reason: NotRatedReason.Exempt), null, null, "" },

        // The 100-point scale (366): the level computed from the score; the rules lower it and say why; a level entered above it is refused.
        { RuleSet.Regulation366Guidance43, new SubjectEntry(null, Score: 92m), QualityLevel.Excellent, null, "" },
        { RuleSet.Regulation366Guidance43, new SubjectEntry(QualityLevel.Excellent, Score: 75m), QualityLevel.Excellent, FindingSeverity.Error, "Không thể xếp HTXSNV: điểm và điều kiện chỉ đạt HTTNV" },
        { RuleSet.Regulation366Guidance43, new SubjectEntry(null, Score: 95m, Disciplined: true), QualityLevel.NotComplete, FindingSeverity.Note, "95 điểm ứng với mức hoàn thành xuất sắc nhiệm vụ, nhưng bị kỷ luật" },
        { RuleSet.Regulation366Guidance43, new SubjectEntry(null, Score: 88m, LongSickLeave: true), QualityLevel.Complete, FindingSeverity.Note, "nghỉ ốm từ 3 tháng trở lên" },
        { RuleSet.Regulation366Guidance43, new SubjectEntry(null, Score: 101m), null, FindingSeverity.Error, "từ 0 đến 100" },
        { RuleSet.Regulation366Guidance43, new SubjectEntry(QualityLevel.Good), QualityLevel.Good, FindingSeverity.Warning, "Chưa nhập điểm" },
    };

    [Theory]
    [MemberData(nameof(MemberCases))]
    public void Members(RuleSet ruleSet, SubjectEntry entry, QualityLevel? expectedLevel, FindingSeverity? severity, string message)
    {
        var result = ReviewRuleSet.For(ruleSet).AssessMember(entry, LongAgo, ReviewDate);

        Assert.Equal(expectedLevel, result.Level);
        if (severity is null)
        {
            Assert.DoesNotContain(result.Findings, f => f.Severity >= FindingSeverity.Warning);
        }
        else
        {
            Assert.Contains(result.Findings, f => f.Severity == severity && f.Vietnamese.Contains(message, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_member_admitted_less_than_six_months_ago_is_proposed_not_rated()
    {
        var result = ReviewRuleSet.For(RuleSet.Regulation366Guidance43).AssessMember(new SubjectEntry(null, Score: 80m), new DateOnly(2026, 8, 1), ReviewDate);
        Assert.Contains(result.Warnings, w => w.Vietnamese.Contains("chưa đủ 6 tháng", StringComparison.Ordinal));
    }

    public static TheoryData<MemberCounts, bool, string> ExcellentOrganizationCases => new()
    {
        { new MemberCounts(3, 20, 2, 0), true, "" },
        { new MemberCounts(3, 20, 2, 1), false, "không hoàn thành nhiệm vụ" },
        { new MemberCounts(2, 10, 4, 0), false, "Chỉ 12/16" },
        { new MemberCounts(2, 14, 4, 0), true, "" },
    };

    [Theory]
    [MemberData(nameof(ExcellentOrganizationCases))]
    public void An_organization_is_excellent_only_with_its_members_prerequisites(MemberCounts members, bool allowed, string message)
    {
        var result = ReviewRuleSet.For(RuleSet.Regulation132Guidance21).AssessOrganization(new SubjectEntry(QualityLevel.Excellent), newlyFounded: false, members);
        Assert.Equal(!allowed, result.HasErrors);
        if (!allowed)
        {
            Assert.Contains(result.Errors, e => e.Vietnamese.Contains(message, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_dang_bo_co_so_with_chi_bo_truc_thuoc_is_excellent_only_with_its_chi_bos_prerequisites()
    {
        var rules = ReviewRuleSet.For(RuleSet.Regulation132Guidance21);
        var excellent = new SubjectEntry(QualityLevel.Excellent);
        var weakMembers = new MemberCounts(0, 1, 9, 0); // 1/10 HTTNV or better: would block HTXSNV if members counted

        // 21-HD: the prerequisite concerns the tổ chức trực thuộc: all of them HTNV or better, 80 % HTTNV or better.
        Assert.False(rules.AssessOrganization(excellent, false, weakMembers, affiliatedCells: new MemberCounts(2, 2, 1, 0)).HasErrors);

        var oneFailed = rules.AssessOrganization(excellent, false, new MemberCounts(5, 5, 0, 0), affiliatedCells: new MemberCounts(3, 1, 0, 1));
        Assert.Contains(oneFailed.Errors, e => e.Vietnamese.Contains("Có 1 chi bộ trực thuộc không hoàn thành nhiệm vụ", StringComparison.Ordinal));

        var tooFew = rules.AssessOrganization(excellent, false, new MemberCounts(5, 5, 0, 0), affiliatedCells: new MemberCounts(1, 2, 2, 0));
        Assert.Contains(tooFew.Errors, e => e.Vietnamese.Contains("Chỉ 3/5 chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_rated_chi_bo_truc_thuoc_the_prerequisite_reads_the_members_as_before()
    {
        var rules = ReviewRuleSet.For(RuleSet.Regulation132Guidance21);
        var result = rules.AssessOrganization(new SubjectEntry(QualityLevel.Excellent), false, new MemberCounts(0, 1, 9, 0), affiliatedCells: new MemberCounts(0, 0, 0, 0));
        Assert.Contains(result.Errors, e => e.Vietnamese.Contains("Chỉ 1/10 đảng viên", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_366_the_chi_bo_levels_do_not_replace_the_collectives_own_conditions()
    {
        var result = ReviewRuleSet.For(RuleSet.Regulation366Guidance43)
            .AssessOrganization(new SubjectEntry(QualityLevel.Good), false, new MemberCounts(0, 0, 0, 0), affiliatedCells: new MemberCounts(0, 0, 0, 3));
        Assert.DoesNotContain(result.Errors, e => e.Vietnamese.Contains("chi bộ trực thuộc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_newly_founded_organization_is_proposed_not_rated()
    {
        var result = ReviewRuleSet.For(RuleSet.Regulation132Guidance21).AssessOrganization(new SubjectEntry(QualityLevel.Good), newlyFounded: true, new MemberCounts(0, 5, 0, 0));
        Assert.Contains(result.Warnings, w => w.Vietnamese.Contains("Mới thành lập dưới 6 tháng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_disciplined_leadership_collective_must_be_rated_not_complete()
    {
        var result = ReviewRuleSet.For(RuleSet.Regulation132Guidance21).AssessLeadership(new SubjectEntry(QualityLevel.Good, Disciplined: true), newlyFounded: false);
        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData(RuleSet.Regulation132Guidance21, true)]
    [InlineData(RuleSet.Regulation124Guidance25, false)]
    [InlineData(RuleSet.Regulation366Guidance43, false)]
    public void Under_21_HD_a_member_warned_or_worse_fails_the_leadership(RuleSet ruleSet, bool fails)
    {
        var result = ReviewRuleSet.For(ruleSet).AssessLeadership(new SubjectEntry(QualityLevel.Good), newlyFounded: false, memberWarnedOrWorse: true);
        Assert.Equal(fails, result.Errors.Any(e => e.Vietnamese.Contains("cảnh cáo trở lên", StringComparison.Ordinal)));
        Assert.False(ReviewRuleSet.For(ruleSet).AssessLeadership(new SubjectEntry(QualityLevel.NotComplete), false, memberWarnedOrWorse: true).HasErrors);
    }

    [Theory]
    [InlineData(7, 30, 20, "HTXSNV 7 — tối đa 20 % của 30 HTTNV = 6 — vượt 1", true)]
    [InlineData(6, 30, 20, "HTXSNV 6 — tối đa 20 % của 30 HTTNV = 6", false)]
    [InlineData(1, 4, 20, "HTXSNV 1 — tối đa 20 % của 4 HTTNV = 0 — vượt 1", true)]
    [InlineData(3, 10, 30, "HTXSNV 3 — tối đa 30 % của 10 HTTNV = 3", false)]
    public void The_quota_counts_excellent_against_good_alone(int excellent, int good, int percent, string described, bool exceeded)
    {
        var quota = new QuotaCheck(excellent, good, percent);
        Assert.Equal(described, quota.Describe());
        Assert.Equal(exceeded, quota.IsExceeded);
    }

    [Fact]
    public void Exceeding_the_quota_warns_and_asks_for_a_justification_then_records_it()
    {
        var quota = new QuotaCheck(7, 30, 20);
        Assert.Contains("cần nhập lý do giải trình", ReviewRuleSet.QuotaFinding(quota, null)!.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("đã giải trình: Chi bộ có thành tích đặc biệt", ReviewRuleSet.QuotaFinding(quota, "Chi bộ có thành tích đặc biệt")!.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Warning, ReviewRuleSet.QuotaFinding(quota, null)!.Severity);
        Assert.Null(ReviewRuleSet.QuotaFinding(new QuotaCheck(6, 30, 20), null));
    }

    [Fact]
    public void A_finding_is_a_key_with_formatted_arguments_and_its_Vietnamese_record()
    {
        var rules = ReviewRuleSet.For(RuleSet.Regulation366Guidance43);

        var lowered = rules.AssessMember(new SubjectEntry(null, Score: 95.5m, Disciplined: true), LongAgo, ReviewDate).Findings
            .Single(f => f.Key != RuleTexts.FiguresMissing);
        Assert.Equal(RuleTexts.ScoreLoweredByDiscipline, lowered.Key);
        Assert.Equal(["95,5", "hoàn thành xuất sắc nhiệm vụ", "HTXSNV"], lowered.Arguments);
        Assert.Equal("95,5 điểm ứng với mức hoàn thành xuất sắc nhiệm vụ, nhưng bị kỷ luật trong năm nên xếp loại không hoàn thành nhiệm vụ.", lowered.Vietnamese);

        var admitted = rules.AssessMember(new SubjectEntry(null, Score: 80m), new DateOnly(2026, 8, 1), ReviewDate).Warnings.Single();
        Assert.Equal(RuleTexts.NewlyAdmitted, admitted.Key);
        Assert.Equal(["01/08/2026"], admitted.Arguments);

        var disciplined = rules.AssessMember(new SubjectEntry(QualityLevel.Excellent, Disciplined: true), LongAgo, ReviewDate).Errors.Single();
        Assert.Equal(RuleTexts.DisciplinedMember, disciplined.Key);
        Assert.Empty(disciplined.Arguments);
        Assert.Equal(RuleTexts.DisciplinedLeadership, rules.AssessLeadership(new SubjectEntry(QualityLevel.Good, Disciplined: true), false).Errors.Single().Key);
    }

    [Fact]
    public void The_quota_finding_carries_the_quota_figures_and_the_justification()
    {
        var justified = ReviewRuleSet.QuotaFinding(new QuotaCheck(7, 30, 20), " Thành tích đặc biệt ")!;
        Assert.Equal(RuleTexts.QuotaJustified, justified.Key);
        Assert.Equal(["7", "20", "30", "6", "1", "Thành tích đặc biệt"], justified.Arguments);
        Assert.Equal("Vượt tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ (HTXSNV 7 — tối đa 20 % của 30 HTTNV = 6 — vượt 1), đã giải trình: Thành tích đặc biệt", justified.Vietnamese);
    }

    [Theory]
    [InlineData("tám mươi", "Điểm “tám mươi” không hợp lệ: nhập số từ 0 đến 100, ví dụ 85 hoặc 85,5.")]
    [InlineData("2222222222222222222222222", "Điểm “22222222222222222222…” không hợp lệ: nhập số từ 0 đến 100, ví dụ 85 hoặc 85,5.")]
    public void An_invalid_score_repeats_what_was_typed_within_reason(string typed, string vietnamese)
    {
        var finding = RuleFinding.InvalidScore(typed);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(vietnamese, finding.Vietnamese);
    }
}
