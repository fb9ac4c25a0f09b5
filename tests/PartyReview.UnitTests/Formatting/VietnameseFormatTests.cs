using PartyReview.Domain.Formatting;

namespace PartyReview.UnitTests.Formatting;

public sealed class VietnameseFormatTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(386, "386")]
    [InlineData(2748, "2.748")]
    [InlineData(1234567, "1.234.567")]
    public void Counts_group_thousands_with_a_dot(int value, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Count(value));

    [Theory]
    [InlineData(2, "02")]
    [InlineData(6, "06")]
    [InlineData(17, "17")]
    [InlineData(2607, "2.607")]
    public void Padded_counts_write_small_numbers_with_two_digits_as_the_article_does(int value, string expected) =>
        Assert.Equal(expected, VietnameseFormat.PaddedCount(value));

    [Fact]
    public void Fractions_carry_their_denominator()
    {
        Assert.Equal("2.662/2.748", VietnameseFormat.Fraction(2662, 2748));
        Assert.Equal("04/66", VietnameseFormat.Fraction(4, 66, padded: true));
        Assert.Equal("4/58", VietnameseFormat.Fraction(4, 58));
    }

    [Theory]
    [InlineData(145, 120, "120,8%")]
    [InlineData(1, 3, "33,3%")]
    [InlineData(62, 66, "93,9%")]
    [InlineData(10, 10, "100%")]
    [InlineData(1, 0, "")]
    public void Percentages_use_a_decimal_comma(int part, int whole, string expected) =>
        Assert.Equal(expected, VietnameseFormat.Percent(part, whole));

    [Fact]
    public void Scores_use_a_decimal_comma() => Assert.Equal("85,5", VietnameseFormat.Score(85.5m));

    [Fact]
    public void Dates_are_day_month_year()
    {
        var date = new DateOnly(2020, 1, 16);
        Assert.Equal("16/01/2020", VietnameseFormat.Date(date));
        Assert.Equal("ngày 16 tháng 01 năm 2020", VietnameseFormat.LongDate(date));
    }
}
