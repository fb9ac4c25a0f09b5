using PartyReview.Domain.Reviews;

namespace PartyReview.UnitTests.Reviews;

public sealed class RuleSetTests
{
    [Theory]
    [InlineData(2018, RuleSet.Regulation132Guidance16)]
    [InlineData(2019, RuleSet.Regulation132Guidance21)]
    [InlineData(2022, RuleSet.Regulation132Guidance21)]
    [InlineData(2023, RuleSet.Regulation124Guidance25)]
    [InlineData(2024, RuleSet.Regulation124Guidance25)]
    [InlineData(2025, RuleSet.Regulation366Guidance43)]
    [InlineData(2026, RuleSet.Regulation366Guidance43)]
    public void Each_review_year_has_the_rule_set_then_in_force(int year, RuleSet expected) =>
        Assert.Equal(expected, RuleSets.ForYear(year));

    [Fact]
    public void Only_Quy_dinh_366_scores_on_100_points() =>
        Assert.Equal([RuleSet.Regulation366Guidance43], RuleSets.All.Where(r => r.UsesPointScale()));

    [Fact]
    public void Rule_sets_name_their_documents() =>
        Assert.Equal("Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW", RuleSet.Regulation366Guidance43.Documents());
}
