namespace PartyReview.Domain.Reviews;

/// <summary>
/// The 100-point scale of Quy định 366-QĐ/TW and Hướng dẫn 43-HD/BTCTW:
/// HTXSNV from 90 (and its conditions met), HTTNV 70 to under 90, HTNV 50 to under 70, KHTNV under 50.
/// </summary>
public static class PointScale
{
    public const decimal ExcellentFrom = 90;
    public const decimal GoodFrom = 70;
    public const decimal CompleteFrom = 50;
    public const decimal Maximum = 100;

    /// <summary>The level the score reaches, before the conditions for HTXSNV are checked.</summary>
    public static QualityLevel LevelFor(decimal score)
    {
        if (score is < 0 or > Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score lies between 0 and 100.");
        }

        return score switch
        {
            >= ExcellentFrom => QualityLevel.Excellent,
            >= GoodFrom => QualityLevel.Good,
            >= CompleteFrom => QualityLevel.Complete,
            _ => QualityLevel.NotComplete,
        };
    }
}
