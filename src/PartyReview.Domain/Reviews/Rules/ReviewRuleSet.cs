using System.Globalization;
using PartyReview.Domain.Formatting;

namespace PartyReview.Domain.Reviews.Rules;

/// <summary>
/// The checks of one regulation. The common rules live here; each regulation's class says where it differs.
/// Levels entered directly are checked (an error when a rule forbids them); levels derived from a score are lowered
/// by the rules, with the reason written out.
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
            entry, findings, forgiven: ForgivesSelfRemediedDiscipline && entry.SelfRemedied, capAtComplete: entry.LongSickLeave, RuleTexts.DisciplinedMember);
        if (level is not null && ReviewRoster.IsNewlyAdmitted(admittedOn, reviewDate))
        {
            findings.Add(RuleFinding.Warning(RuleTexts.NewlyAdmitted, VietnameseFormat.Date(admittedOn)));
        }

        return new Assessment(level, score, reason, findings);
    }

    public Assessment AssessOrganization(SubjectEntry entry, bool newlyFounded, MemberCounts members)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(members);
        var findings = new List<RuleFinding>();
        var (level, score, reason) = AssessCommon(entry, findings, forgiven: false, capAtComplete: false, RuleTexts.DisciplinedOrganization);
        AddNewlyFounded(level, newlyFounded, findings);
        if (level == QualityLevel.Excellent)
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
        var (level, score, reason) = AssessCommon(entry, findings, forgiven: false, capAtComplete: false, RuleTexts.DisciplinedLeadership);
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
        SubjectEntry entry, List<RuleFinding> findings, bool forgiven, bool capAtComplete, string disciplinedKey)
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
        if (entry.Score is { } score)
        {
            if (!UsesPointScale)
            {
                findings.Add(RuleFinding.Error(RuleTexts.NoPointScale, RuleSet.Documents()));
                return (entry.Level, null, null);
            }

            if (score is < 0 or > PointScale.Maximum)
            {
                findings.Add(RuleFinding.Error(RuleTexts.ScoreOutOfRange));
                return (null, score, null);
            }

            var derived = PointScale.LevelFor(score);
            var level = derived;
            if (disciplined && level != QualityLevel.NotComplete)
            {
                level = QualityLevel.NotComplete;
                findings.Add(RuleFinding.Note(RuleTexts.ScoreLoweredByDiscipline, [.. ScoreAndLevel(score, derived)]));
            }
            else if (capAtComplete && level.IsAtLeast(QualityLevel.Good))
            {
                level = QualityLevel.Complete;
                findings.Add(RuleFinding.Note(RuleTexts.ScoreCappedBySickLeave, [.. ScoreAndLevel(score, derived)]));
            }

            return (level, score, null);
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
