namespace PartyReview.Domain.Reviews.Criteria;

/// <summary>
/// The task figures a level's conditions are checked against (Quy định 366 Điều 11), each a percentage 0–100 or null
/// when not entered: tasks done on time, tasks exceeding what was required, faults pointed out that were remedied.
/// </summary>
public sealed record TaskFigures(decimal? OnTimePercent = null, decimal? ExceededPercent = null, decimal? RemediedPercent = null)
{
    public static TaskFigures None { get; } = new();

    public bool IsEmpty => OnTimePercent is null && ExceededPercent is null && RemediedPercent is null;

    /// <summary>Every entered figure lies between 0 and 100.</summary>
    public bool IsValid => InRange(OnTimePercent) && InRange(ExceededPercent) && InRange(RemediedPercent);

    private static bool InRange(decimal? value) => value is null or (>= 0 and <= 100);
}

/// <summary>
/// What a leader's level also depends on: the unit they lead (here: the TCCS they are listed under), its level when
/// known and its task figures.
/// </summary>
public sealed record LedUnit(QualityLevel? Level, TaskFigures Figures);
