using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

namespace PartyReview.UnitTests.Reporting;

public sealed class SubjectTallyTests
{
    [Fact]
    public void Exclusive_counts_add_up_to_the_number_rated()
    {
        var members = ArticleFigures.Tally2019.Members;
        Assert.Equal(2662, QualityLevels.All.Sum(members.Count));
        Assert.Equal(2662, members.Rated);
        Assert.Equal(2748, members.Total);
        Assert.Equal(86, members.NotRated);
    }

    [Fact]
    public void Cumulative_good_or_better_includes_the_excellent()
    {
        var organizations = ArticleFigures.Tally2019.Organizations;
        Assert.Equal(62, organizations.GoodOrBetter);
        Assert.Equal(45, organizations.GoodOnly);
        Assert.Equal(66, organizations.CountAtLeast(QualityLevel.Complete));
        Assert.Equal(17, organizations.CountAtLeast(QualityLevel.Excellent));
    }

    [Fact]
    public void Reviews_with_neither_level_nor_reason_are_pending_and_counted_in_the_total()
    {
        var tally = new SubjectTally(SubjectKind.Member, [new(QualityLevel.Good, null, 3), new(null, null, 7), new(null, NotRatedReason.Exempt, 1)]);
        Assert.Equal(7, tally.Pending);
        Assert.Equal(3, tally.Rated);
        Assert.Equal(11, tally.Total);
    }

    [Fact]
    public void Not_rated_reasons_come_in_their_fixed_order_with_counts()
    {
        var reasons = ArticleFigures.Tally2019.Members.NotRatedByReason;
        Assert.Equal(
            [(NotRatedReason.NewlyAdmitted, 61), (NotRatedReason.Exempt, 22), (NotRatedReason.Suspended, 3)],
            reasons);
    }

    [Fact]
    public void Admissions_are_compared_with_the_target()
    {
        Assert.Equal("120,8%", PartyReview.Domain.Formatting.VietnameseFormat.Percent(ArticleFigures.Movements2019.AdmissionShareOfTarget!.Value));
        Assert.Null(new MovementTally([], admissionTarget: null).AdmissionShareOfTarget);
    }
}
