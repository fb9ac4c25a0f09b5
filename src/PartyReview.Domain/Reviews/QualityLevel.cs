namespace PartyReview.Domain.Reviews;

/// <summary>The four quality levels; the numbers are the keys staff press in the entry grid.</summary>
public enum QualityLevel
{
    /// <summary>Hoàn thành xuất sắc nhiệm vụ (HTXSNV).</summary>
    Excellent = 1,

    /// <summary>Hoàn thành tốt nhiệm vụ (HTTNV).</summary>
    Good = 2,

    /// <summary>Hoàn thành nhiệm vụ (HTNV).</summary>
    Complete = 3,

    /// <summary>Không hoàn thành nhiệm vụ (KHTNV).</summary>
    NotComplete = 4,
}

public static class QualityLevels
{
    public static IReadOnlyList<QualityLevel> All { get; } =
        [QualityLevel.Excellent, QualityLevel.Good, QualityLevel.Complete, QualityLevel.NotComplete];

    /// <summary>The Vietnamese name, as documents write it.</summary>
    public static string VietnameseName(this QualityLevel level) => level switch
    {
        QualityLevel.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        QualityLevel.Good => "Hoàn thành tốt nhiệm vụ",
        QualityLevel.Complete => "Hoàn thành nhiệm vụ",
        QualityLevel.NotComplete => "Không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Abbreviation(this QualityLevel level) => level switch
    {
        QualityLevel.Excellent => "HTXSNV",
        QualityLevel.Good => "HTTNV",
        QualityLevel.Complete => "HTNV",
        QualityLevel.NotComplete => "KHTNV",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>True when <paramref name="level"/> is at least as high as <paramref name="other"/>.</summary>
    public static bool IsAtLeast(this QualityLevel level, QualityLevel other) => level <= other;
}
