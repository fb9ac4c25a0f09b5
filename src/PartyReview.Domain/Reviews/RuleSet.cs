namespace PartyReview.Domain.Reviews;

/// <summary>The regulation and guidance a review period follows; the rules changed over the years.</summary>
public enum RuleSet
{
    /// <summary>Quy định 132-QĐ/TW with Hướng dẫn 16-HD/BTCTW (review year 2018).</summary>
    Regulation132Guidance16 = 1,

    /// <summary>Quy định 132-QĐ/TW with Hướng dẫn 21-HD/BTCTW (review years 2019–2022).</summary>
    Regulation132Guidance21 = 2,

    /// <summary>Quy định 124-QĐ/TW with Hướng dẫn 25-HD/BTCTW (review years 2023–2024).</summary>
    Regulation124Guidance25 = 3,

    /// <summary>Quy định 366-QĐ/TW with Hướng dẫn 43-HD/BTCTW (2025 onward): the 100-point scale.</summary>
    Regulation366Guidance43 = 4,
}

public static class RuleSets
{
    public static IReadOnlyList<RuleSet> All { get; } =
        [RuleSet.Regulation132Guidance16, RuleSet.Regulation132Guidance21, RuleSet.Regulation124Guidance25, RuleSet.Regulation366Guidance43];

    /// <summary>The documents a rule set is made of, as the Party writes them.</summary>
    public static string Documents(this RuleSet ruleSet) => ruleSet switch
    {
        RuleSet.Regulation132Guidance16 => "Quy định 132-QĐ/TW, Hướng dẫn 16-HD/BTCTW",
        RuleSet.Regulation132Guidance21 => "Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW",
        RuleSet.Regulation124Guidance25 => "Quy định 124-QĐ/TW, Hướng dẫn 25-HD/BTCTW",
        RuleSet.Regulation366Guidance43 => "Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW",
        _ => throw new ArgumentOutOfRangeException(nameof(ruleSet), ruleSet, null),
    };

    /// <summary>Whether subjects are scored on the 100-point scale and their level derived from the score.</summary>
    public static bool UsesPointScale(this RuleSet ruleSet) => ruleSet == RuleSet.Regulation366Guidance43;

    /// <summary>The rule set in force for a review year.</summary>
    public static RuleSet ForYear(int year) => year switch
    {
        <= 2018 => RuleSet.Regulation132Guidance16,
        <= 2022 => RuleSet.Regulation132Guidance21,
        <= 2024 => RuleSet.Regulation124Guidance25,
        _ => RuleSet.Regulation366Guidance43,
    };
}
