using PartyReview.Domain.Formatting;
using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.Domain.Reviews.Criteria;

/// <summary>What a subject's level depends on besides its score.</summary>
/// <param name="Subject">Which frame and conditions apply.</param>
/// <param name="Figures">The subject's own task figures.</param>
/// <param name="Unit">For a leader: the unit they lead.</param>
/// <param name="SubUnitOrLeaderDisciplined">For a collective: a sub-unit or a member of its leadership was disciplined in the year.</param>
public sealed record ConditionContext(SubjectType Subject, TaskFigures Figures, LedUnit? Unit = null, bool SubUnitOrLeaderDisciplined = false);

/// <summary>The outcome: the band the score reaches, the highest level whose band and conditions hold, and why it is lower.</summary>
public sealed record LevelCheck(QualityLevel Band, QualityLevel Level, IReadOnlyList<RuleFinding> Findings);

/// <summary>
/// The levels of Quy định 366 Điều 11: a band on the 100-point scale and conditions (docs/domain/366.md §3, §5).
/// <list type="bullet">
/// <item>HTXSNV: ≥ 90; 100 % of tasks on time, ≥ 30 % exceeded, 100 % of faults remedied; a leader's unit 100 % on time
/// and ≥ 30 % exceeded; a collective with no sub-unit or leadership member disciplined.</item>
/// <item>HTTNV: 70 – &lt; 90; 100 % on time (a leader's unit too).</item>
/// <item>HTNV: 50 – &lt; 70; tasks done with at most 20 % late (≥ 80 % on time).</item>
/// <item>KHTNV: the rest.</item>
/// </list>
/// A figure not entered cannot be checked: the condition is taken as met and a note says so.
/// </summary>
public static class LevelConditions
{
    public const decimal AllTasks = 100;
    public const decimal ExceededForExcellent = 30;
    public const decimal MaximumLatePercent = 20;

    public static LevelCheck Evaluate(decimal score, ConditionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var band = PointScale.LevelFor(score);
        var findings = new List<RuleFinding>();
        var level = band;
        while (level != QualityLevel.NotComplete)
        {
            var unmet = Unmet(level, context);
            if (unmet.Count == 0)
            {
                break;
            }

            findings.AddRange(unmet);
            level++;
        }

        if (Unverified(band, context) is { } missing)
        {
            findings.Add(missing);
        }

        return new LevelCheck(band, level, findings);
    }

    /// <summary>Each condition of <paramref name="level"/> that fails, as a note naming the level, the figure and what it needs.</summary>
    public static IReadOnlyList<RuleFinding> Unmet(QualityLevel level, ConditionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unmet = new List<RuleFinding>();
        var figures = context.Figures;
        var name = level.Abbreviation();
        switch (level)
        {
            case QualityLevel.Excellent:
                Require(figures.OnTimePercent, AllTasks, RuleTexts.ConditionOnTime, name, unmet);
                Require(figures.ExceededPercent, ExceededForExcellent, RuleTexts.ConditionExceeded, name, unmet);
                Require(figures.RemediedPercent, AllTasks, RuleTexts.ConditionRemedied, name, unmet);
                RequireUnit(context, level, unmet);
                if (context.Subject.IsCollective() && context.SubUnitOrLeaderDisciplined)
                {
                    unmet.Add(RuleFinding.Note(RuleTexts.ConditionNoneDisciplined, name));
                }

                break;
            case QualityLevel.Good:
                Require(figures.OnTimePercent, AllTasks, RuleTexts.ConditionOnTime, name, unmet);
                RequireUnit(context, level, unmet);
                break;
            case QualityLevel.Complete:
                if (figures.OnTimePercent is { } onTime && onTime < AllTasks - MaximumLatePercent)
                {
                    unmet.Add(RuleFinding.Note(RuleTexts.ConditionLate, name, VietnameseFormat.Score(AllTasks - onTime)));
                }

                break;
        }

        return unmet;
    }

    private static void Require(decimal? value, decimal needed, string key, string level, List<RuleFinding> unmet)
    {
        if (value is { } v && v < needed)
        {
            unmet.Add(RuleFinding.Note(key, level, VietnameseFormat.Score(v)));
        }
    }

    private static void RequireUnit(ConditionContext context, QualityLevel level, List<RuleFinding> unmet)
    {
        if (context.Subject != SubjectType.Leader || context.Unit is not { } unit)
        {
            return;
        }

        var failsByFigures = unit.Figures.OnTimePercent is < AllTasks
            || (level == QualityLevel.Excellent && unit.Figures.ExceededPercent is < ExceededForExcellent);
        if (unit.Level is { } unitLevel && !unitLevel.IsAtLeast(level))
        {
            unmet.Add(RuleFinding.Note(RuleTexts.ConditionUnitLevel, level.Abbreviation(), unitLevel.Abbreviation()));
        }
        else if (failsByFigures)
        {
            unmet.Add(RuleFinding.Note(RuleTexts.ConditionUnitFigures, level.Abbreviation()));
        }
    }

    /// <summary>A note when a figure the band's conditions need was not entered (the condition is then taken as met).</summary>
    private static RuleFinding? Unverified(QualityLevel band, ConditionContext context)
    {
        var figures = context.Figures;
        var missing = band switch
        {
            QualityLevel.Excellent => figures.OnTimePercent is null || figures.ExceededPercent is null || figures.RemediedPercent is null,
            QualityLevel.Good or QualityLevel.Complete => figures.OnTimePercent is null,
            _ => false,
        };
        if (missing)
        {
            return RuleFinding.Note(RuleTexts.FiguresMissing, band.Abbreviation());
        }

        return context.Subject == SubjectType.Leader && context.Unit is null && band.IsAtLeast(QualityLevel.Good)
            ? RuleFinding.Note(RuleTexts.UnitUnknown, band.Abbreviation())
            : null;
    }
}
