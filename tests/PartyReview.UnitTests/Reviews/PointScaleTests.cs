using PartyReview.Domain.Reviews;

namespace PartyReview.UnitTests.Reviews;

public sealed class PointScaleTests
{
    public static TheoryData<decimal, QualityLevel> Bands => new()
    {
        { 100m, QualityLevel.Excellent },
        { 90m, QualityLevel.Excellent },
        { 89.5m, QualityLevel.Good },
        { 70m, QualityLevel.Good },
        { 69.99m, QualityLevel.Complete },
        { 50m, QualityLevel.Complete },
        { 49.5m, QualityLevel.NotComplete },
        { 0m, QualityLevel.NotComplete },
    };

    [Theory]
    [MemberData(nameof(Bands))]
    public void A_score_falls_in_the_band_of_Quy_dinh_366(decimal score, QualityLevel expected) =>
        Assert.Equal(expected, PointScale.LevelFor(score));

    [Theory]
    [InlineData(-0.5)]
    [InlineData(100.5)]
    public void A_score_outside_0_to_100_is_refused(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PointScale.LevelFor((decimal)score));
}
