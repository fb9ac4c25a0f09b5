namespace PartyReview.Domain.Reviews.Rules;

public enum FindingSeverity
{
    /// <summary>Explains what the rules did (a derived or lowered level); nothing to act on.</summary>
    Note = 0,

    /// <summary>Saved, and listed on the period overview until dealt with.</summary>
    Warning = 1,

    /// <summary>Blocks the save; shown beside its row.</summary>
    Error = 2,
}

/// <summary>
/// What a rule says of one entry: a key of <see cref="RuleTexts"/> and its arguments, already formatted (names, dates
/// dd/MM/yyyy, scores with a decimal comma, level abbreviations). The interface renders it in the user's language;
/// <see cref="Vietnamese"/> is the text kept as the record.
/// </summary>
public sealed record RuleFinding(FindingSeverity Severity, string Key, IReadOnlyList<string> Arguments)
{
    /// <summary>The longest part of a typed score repeated in its message.</summary>
    private const int TypedShown = 20;

    /// <summary>The finding in Vietnamese, as stored with the sheet.</summary>
    public string Vietnamese => RuleTexts.InVietnamese(Key, Arguments);

    public static RuleFinding Error(string key, params string[] arguments) => new(FindingSeverity.Error, key, arguments);

    public static RuleFinding Warning(string key, params string[] arguments) => new(FindingSeverity.Warning, key, arguments);

    public static RuleFinding Note(string key, params string[] arguments) => new(FindingSeverity.Note, key, arguments);

    /// <summary>The score typed is not a number from 0 to 100 (said before the rules can look at it).</summary>
    public static RuleFinding InvalidScore(string? typed)
    {
        var shown = (typed ?? "").Trim();
        return Error(RuleTexts.InvalidScore, shown.Length <= TypedShown ? shown : shown[..TypedShown] + "…");
    }
}

/// <summary>The outcome of the rules for one subject: the level to record (possibly derived or lowered) and the findings.</summary>
public sealed record Assessment(QualityLevel? Level, decimal? Score, NotRatedReason? Reason, IReadOnlyList<RuleFinding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);
    public IEnumerable<RuleFinding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);
    public IEnumerable<RuleFinding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);
    public bool IsPending => Level is null && Reason is null;
}

/// <summary>What staff entered for one subject.</summary>
public sealed record SubjectEntry(
    QualityLevel? Level,
    decimal? Score = null,
    NotRatedReason? Reason = null,
    string? Note = null,
    bool Disciplined = false,
    bool SelfRemedied = false,
    bool LongSickLeave = false)
{
    /// <summary>Quy định 366: the common group's points.</summary>
    public decimal? CommonPoints { get; init; }

    /// <summary>Quy định 366: the task-results group's points.</summary>
    public decimal? TaskPoints { get; init; }

    /// <summary>Quy định 366: the figures the level conditions are checked against.</summary>
    public Criteria.TaskFigures Figures { get; init; } = Criteria.TaskFigures.None;

    /// <summary>Why the level entered is below the computed one.</summary>
    public string? AdjustmentReason { get; init; }

    /// <summary>For a member: member, leader or outside the political system (ignored for organizations and collectives).</summary>
    public Criteria.SubjectType Subject { get; init; } = Criteria.SubjectType.Member;

    /// <summary>For a leader: the unit they lead.</summary>
    public Criteria.LedUnit? Unit { get; init; }

    /// <summary>For a collective: a sub-unit or a member of its leadership was disciplined in the year.</summary>
    public bool SubUnitOrLeaderDisciplined { get; init; }

    /// <summary>The period's frame for this subject type (group maxima); the 366 default when null.</summary>
    public Criteria.CriteriaFrame? Frame { get; init; }
}

/// <summary>The members of one organization, counted per level (exclusive).</summary>
public sealed record MemberCounts(int Excellent, int Good, int Complete, int NotComplete)
{
    public int Rated => Excellent + Good + Complete + NotComplete;
    public int GoodOrBetter => Excellent + Good;

    public int Count(QualityLevel level) => level switch
    {
        QualityLevel.Excellent => Excellent,
        QualityLevel.Good => Good,
        QualityLevel.Complete => Complete,
        _ => NotComplete,
    };

    public static MemberCounts Of(IEnumerable<QualityLevel?> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var list = levels.ToList();
        return new MemberCounts(
            list.Count(l => l == QualityLevel.Excellent),
            list.Count(l => l == QualityLevel.Good),
            list.Count(l => l == QualityLevel.Complete),
            list.Count(l => l == QualityLevel.NotComplete));
    }
}

/// <summary>
/// The excellence quota: members rated HTXSNV at most <see cref="QuotaPercent"/> % of those rated HTTNV alone.
/// "HTXSNV 7 — tối đa 20 % của 30 HTTNV = 6 — vượt 1".
/// </summary>
public sealed record QuotaCheck(int Excellent, int Good, int QuotaPercent)
{
    public int Maximum => Good * QuotaPercent / 100;
    public int Over => Math.Max(0, Excellent - Maximum);
    public bool IsExceeded => Over > 0;

    /// <summary>The figures of <see cref="RuleTexts.Quota"/> and <see cref="RuleTexts.QuotaOver"/>: HTXSNV, %, HTTNV, maximum, over.</summary>
    public IReadOnlyList<string> Arguments =>
        [.. new[] { Excellent, QuotaPercent, Good, Maximum, Over }.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The quota line in Vietnamese: "HTXSNV 7 — tối đa 20 % của 30 HTTNV = 6 — vượt 1".</summary>
    public string Describe() =>
        RuleTexts.InVietnamese(RuleTexts.Quota, Arguments) + (IsExceeded ? RuleTexts.InVietnamese(RuleTexts.QuotaOver, Arguments) : "");
}
