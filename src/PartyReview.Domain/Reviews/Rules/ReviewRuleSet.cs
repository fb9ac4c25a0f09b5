using System.Globalization;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Reviews.Criteria;

namespace PartyReview.Domain.Reviews.Rules;

/// <summary>
/// The checks of one regulation. The common rules live here; each regulation's class says where it differs.
/// Levels entered directly are checked (an error when a rule forbids them). Under Quy định 366 a score gives a computed
/// level (band and conditions, <see cref="LevelConditions"/>, then discipline and sick leave); the level entered may be
/// that one or lower with a written reason, never higher. The one rule engine of the grid, the import and the demo.
/// </summary>
public abstract class ReviewRuleSet
{
    /// <summary>Share of members rated HTTNV or better an organization needs to be rated HTXSNV (21-HD).</summary>
    public const int ExcellentOrganizationGoodShare = 80;

    public abstract RuleSet RuleSet { get; }

    public bool UsesPointScale => RuleSet.UsesPointScale();

    /// <summary>Under Quy định 124 a disciplined member who found and remedied the fault is not forced to KHTNV.</summary>
    public virtual bool ForgivesSelfRemediedDiscipline => false;

    /// <summary>Under Hướng dẫn 21-HD a collective leadership is KHTNV when one of its members received cảnh cáo or heavier.</summary>
    public virtual bool MemberWarningFailsLeadership => false;

    /// <summary>
    /// Whether an organization's HTXSNV needs its members' results (none KHTNV, 80 % HTTNV or better: 21-HD). Under
    /// Quy định 366 the collective's own conditions (Điều 11) replace it.
    /// </summary>
    public virtual bool ChecksMemberPrerequisites => !UsesPointScale;

    public static ReviewRuleSet For(RuleSet ruleSet) => ruleSet switch
    {
        RuleSet.Regulation132Guidance16 => new Regulation132Guidance16Rules(),
        RuleSet.Regulation132Guidance21 => new Regulation132Guidance21Rules(),
        RuleSet.Regulation124Guidance25 => new Regulation124Guidance25Rules(),
        RuleSet.Regulation366Guidance43 => new Regulation366Guidance43Rules(),
        _ => throw new ArgumentOutOfRangeException(nameof(ruleSet), ruleSet, null),
    };

    public Assessment AssessMember(SubjectEntry entry, DateOnly admittedOn, DateOnly reviewDate)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var findings = new List<RuleFinding>();
        var (level, score, reason) = AssessCommon(
            entry, entry.Subject.IsMember() ? entry.Subject : SubjectType.Member, findings,
            forgiven: ForgivesSelfRemediedDiscipline && entry.SelfRemedied, capAtComplete: entry.LongSickLeave, RuleTexts.DisciplinedMember);
        if (level is not null && ReviewRoster.IsNewlyAdmitted(admittedOn, reviewDate))
        {
            findings.Add(RuleFinding.Warning(RuleTexts.NewlyAdmitted, VietnameseFormat.Date(admittedOn)));
        }

        return new Assessment(level, score, reason, findings);
    }

    /// <param name="members">The levels of the organization's members (the 21-HD prerequisite of a chi bộ, and of a đảng bộ cơ sở without chi bộ trực thuộc).</param>
    /// <param name="affiliatedCells">
    /// For a đảng bộ cơ sở with chi bộ trực thuộc, their levels: 21-HD's prerequisite then reads them ("tổ chức trực
    /// thuộc"), not the members. Null (or none rated) falls back to the members.
    /// </param>
    public Assessment AssessOrganization(SubjectEntry entry, bool newlyFounded, MemberCounts members, MemberCounts? affiliatedCells = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(members);
        var findings = new List<RuleFinding>();
        var (level, score, reason) = AssessCommon(entry, SubjectType.Organization, findings, forgiven: false, capAtComplete: false, RuleTexts.DisciplinedOrganization);
        AddNewlyFounded(level, newlyFounded, findings);
        if (level == QualityLevel.Excellent && ChecksMemberPrerequisites && affiliatedCells is { Rated: > 0 } cells)
        {
            if (cells.NotComplete > 0)
            {
                findings.Add(RuleFinding.Error(RuleTexts.CellsNotComplete, Number(cells.NotComplete)));
            }

            if (cells.GoodOrBetter * 100 < cells.Rated * ExcellentOrganizationGoodShare)
            {
                findings.Add(RuleFinding.Error(
                    RuleTexts.TooFewGoodCells, Number(cells.GoodOrBetter), Number(cells.Rated), Number(ExcellentOrganizationGoodShare)));
            }
        }
        else if (level == QualityLevel.Excellent && ChecksMemberPrerequisites)
        {
            if (members.NotComplete > 0)
            {
                findings.Add(RuleFinding.Error(RuleTexts.MembersNotComplete, Number(members.NotComplete)));
            }

            if (members.Rated > 0 && members.GoodOrBetter * 100 < members.Rated * ExcellentOrganizationGoodShare)
            {
                findings.Add(RuleFinding.Error(
                    RuleTexts.TooFewGoodMembers,
                    Number(members.GoodOrBetter),
                    Number(members.Rated),
                    Number(ExcellentOrganizationGoodShare)));
            }
        }

        return new Assessment(level, score, reason, findings);
    }

    /// <param name="memberWarnedOrWorse">Whether a member of the organization received cảnh cáo or heavier in the year.</param>
    public Assessment AssessLeadership(SubjectEntry entry, bool newlyFounded, bool memberWarnedOrWorse = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var findings = new List<RuleFinding>();
        var (level, score, reason) = AssessCommon(entry, SubjectType.Leadership, findings, forgiven: false, capAtComplete: false, RuleTexts.DisciplinedLeadership);
        AddNewlyFounded(level, newlyFounded, findings);
        if (MemberWarningFailsLeadership && memberWarnedOrWorse && level is not null and not QualityLevel.NotComplete)
        {
            findings.Add(RuleFinding.Error(RuleTexts.MemberWarnedFailsLeadership));
        }

        return new Assessment(level, score, reason, findings);
    }

    /// <summary>The quota as a finding: a warning that asks for a justification, or none.</summary>
    public static RuleFinding? QuotaFinding(QuotaCheck quota, string? justification)
    {
        ArgumentNullException.ThrowIfNull(quota);
        if (!quota.IsExceeded)
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(justification)
            ? new(FindingSeverity.Warning, RuleTexts.QuotaExceeded, quota.Arguments)
            : new(FindingSeverity.Warning, RuleTexts.QuotaJustified, [.. quota.Arguments, justification.Trim()]);
    }

    private (QualityLevel? Level, decimal? Score, NotRatedReason? Reason) AssessCommon(
        SubjectEntry entry, SubjectType subject, List<RuleFinding> findings, bool forgiven, bool capAtComplete, string disciplinedKey)
    {
        if (entry.Reason is { } reason)
        {
            if (reason == NotRatedReason.Other && string.IsNullOrWhiteSpace(entry.Note))
            {
                findings.Add(RuleFinding.Error(RuleTexts.OtherReasonNeedsNote));
            }

            return (null, null, reason);
        }

        var disciplined = entry.Disciplined && !forgiven;
        var hasPoints = entry.CommonPoints is not null || entry.TaskPoints is not null;
        if (entry.Score is not null || hasPoints || !entry.Figures.IsEmpty)
        {
            if (!UsesPointScale)
            {
                findings.Add(RuleFinding.Error(RuleTexts.NoPointScale, RuleSet.Documents()));
                return (entry.Level, null, null);
            }

            if (!TryTotal(entry, findings, out var total))
            {
                return (entry.Level, entry.Score, null);
            }

            if (total is { } score)
            {
                return AssessScore(entry, subject, score, disciplined, capAtComplete, disciplinedKey, findings);
            }
        }

        if (entry.Level is not { } chosen)
        {
            return (null, null, null);
        }

        if (UsesPointScale)
        {
            findings.Add(RuleFinding.Warning(RuleTexts.ScoreMissing, RuleSet.Documents()));
        }

        if (disciplined && chosen != QualityLevel.NotComplete)
        {
            findings.Add(RuleFinding.Error(disciplinedKey));
        }
        else if (capAtComplete && chosen.IsAtLeast(QualityLevel.Good))
        {
            findings.Add(RuleFinding.Error(RuleTexts.SickLeaveCap));
        }

        return (chosen, null, null);
    }

    /// <summary>The total on the 100-point scale: the two groups' points (each within its maximum), or the total typed.</summary>
    private static bool TryTotal(SubjectEntry entry, List<RuleFinding> findings, out decimal? total)
    {
        total = entry.Score;
        var ok = true;
        if (!entry.Figures.IsValid)
        {
            findings.Add(RuleFinding.Error(RuleTexts.FigureOutOfRange));
            ok = false;
        }

        if (entry.CommonPoints is null && entry.TaskPoints is null)
        {
            if (entry.Score is < 0 or > PointScale.Maximum)
            {
                findings.Add(RuleFinding.Error(RuleTexts.ScoreOutOfRange));
                return false;
            }

            return ok;
        }

        if (entry.CommonPoints is not { } common || entry.TaskPoints is not { } tasks)
        {
            findings.Add(RuleFinding.Error(RuleTexts.PointsIncomplete));
            return false;
        }

        var frame = entry.Frame ?? CriteriaFrame.Default(SubjectType.Member);
        foreach (var (points, group, name) in new[] { (common, CriteriaGroup.Common, "tiêu chí chung"), (tasks, CriteriaGroup.Tasks, "kết quả thực hiện nhiệm vụ") })
        {
            if (points < 0 || points > frame.MaximumOf(group))
            {
                findings.Add(RuleFinding.Error(RuleTexts.PointsOverGroupMaximum, name, VietnameseFormat.Score(frame.MaximumOf(group))));
                ok = false;
            }
        }

        var sum = common + tasks;
        if (entry.Score is { } typed && typed != sum)
        {
            findings.Add(RuleFinding.Error(RuleTexts.ScoreDiffersFromPoints, VietnameseFormat.Score(typed), VietnameseFormat.Score(sum)));
            ok = false;
        }

        total = sum;
        return ok;
    }

    /// <summary>
    /// Quy định 366: the computed level is the highest whose band and conditions hold, lowered by discipline (KHTNV) and
    /// sick leave (HTNV at most). The level entered, when there is one, may not be above it and needs a reason below it.
    /// </summary>
    private static (QualityLevel? Level, decimal? Score, NotRatedReason? Reason) AssessScore(
        SubjectEntry entry, SubjectType subject, decimal score, bool disciplined, bool capAtComplete, string disciplinedKey, List<RuleFinding> findings)
    {
        var check = LevelConditions.Evaluate(score, new ConditionContext(subject, entry.Figures, entry.Unit, entry.SubUnitOrLeaderDisciplined));
        findings.AddRange(check.Findings);
        var computed = check.Level;
        string? capKey = null;
        if (disciplined && computed != QualityLevel.NotComplete)
        {
            findings.Add(RuleFinding.Note(RuleTexts.ScoreLoweredByDiscipline, [.. ScoreAndLevel(score, computed)]));
            computed = QualityLevel.NotComplete;
            capKey = disciplinedKey;
        }
        else if (capAtComplete && computed.IsAtLeast(QualityLevel.Good))
        {
            findings.Add(RuleFinding.Note(RuleTexts.ScoreCappedBySickLeave, [.. ScoreAndLevel(score, computed)]));
            computed = QualityLevel.Complete;
            capKey = RuleTexts.SickLeaveCap;
        }

        if (entry.Level is not { } chosen || chosen == computed)
        {
            return (computed, score, null);
        }

        if (chosen.IsAtLeast(computed))
        {
            findings.Add(capKey is null
                ? RuleFinding.Error(RuleTexts.LevelAboveComputed, chosen.Abbreviation(), computed.Abbreviation())
                : RuleFinding.Error(capKey));
        }
        else if (string.IsNullOrWhiteSpace(entry.AdjustmentReason))
        {
            findings.Add(RuleFinding.Error(RuleTexts.AdjustmentReasonNeeded, chosen.Abbreviation(), computed.Abbreviation()));
        }
        else
        {
            findings.Add(RuleFinding.Note(RuleTexts.Adjusted, chosen.Abbreviation(), computed.Abbreviation(), entry.AdjustmentReason.Trim()));
        }

        return (chosen, score, null);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The arguments of a score and the level it reaches: "95", "hoàn thành xuất sắc nhiệm vụ", "HTXSNV".</summary>
    private static string[] ScoreAndLevel(decimal score, QualityLevel level) =>
        [VietnameseFormat.Score(score), level.VietnameseName().ToLowerInvariant(), level.Abbreviation()];

    private static void AddNewlyFounded(QualityLevel? level, bool newlyFounded, List<RuleFinding> findings)
    {
        if (level is not null && newlyFounded)
        {
            findings.Add(RuleFinding.Warning(RuleTexts.NewlyFounded));
        }
    }
}

/// <summary>Quy định 132-QĐ/TW, Hướng dẫn 16-HD/BTCTW.</summary>
public sealed class Regulation132Guidance16Rules : ReviewRuleSet
{
    public override RuleSet RuleSet => RuleSet.Regulation132Guidance16;
}

/// <summary>Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW.</summary>
public sealed class Regulation132Guidance21Rules : ReviewRuleSet
{
    public override RuleSet RuleSet => RuleSet.Regulation132Guidance21;
    public override bool MemberWarningFailsLeadership => true;
}

/// <summary>Quy định 124-QĐ/TW, Hướng dẫn 25-HD/BTCTW: self-discovered and remedied faults are forgiven.</summary>
public sealed class Regulation124Guidance25Rules : ReviewRuleSet
{
    public override RuleSet RuleSet => RuleSet.Regulation124Guidance25;
    public override bool ForgivesSelfRemediedDiscipline => true;
}

/// <summary>Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW: the level follows from the 100-point score.</summary>
public sealed class Regulation366Guidance43Rules : ReviewRuleSet
{
    public override RuleSet RuleSet => RuleSet.Regulation366Guidance43;
}
