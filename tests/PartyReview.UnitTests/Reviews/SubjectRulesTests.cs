using PartyReview.Domain.Members;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;

namespace PartyReview.UnitTests.Reviews;

public sealed class SubjectRulesTests
{
    private static readonly DateOnly ReviewDate = new(2019, 12, 20);

    [Theory]
    [InlineData("2019-06-21", true)]
    [InlineData("2019-08-15", true)]
    [InlineData("2019-06-20", false)]
    [InlineData("2010-01-01", false)]
    public void An_organization_founded_less_than_six_months_before_the_review_is_not_rated(string foundedOn, bool newlyFounded)
    {
        var organization = new Organization { Code = "T1", Name = "Chi bộ thử", FoundedOn = DateOnly.Parse(foundedOn, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(newlyFounded, organization.IsNewlyFoundedAt(ReviewDate));
    }

    [Theory]
    [InlineData("2019-07-01", true)]
    [InlineData("2019-06-15", false)]
    public void A_member_admitted_less_than_six_months_before_the_review_is_not_rated(string admittedOn, bool newlyAdmitted)
    {
        var member = new Member { MemberCode = "DV1", FullName = "Nguyễn Văn An", AdmittedOn = DateOnly.Parse(admittedOn, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(newlyAdmitted, member.IsNewlyAdmittedAt(ReviewDate));
    }

    [Fact]
    public void A_review_holds_either_a_level_or_a_reason()
    {
        var review = new MemberReview();
        Assert.True(review.IsPending);

        review.Rate(QualityLevel.Good, 82.5m);
        Assert.Equal((QualityLevel?)QualityLevel.Good, review.Level);
        Assert.Equal(82.5m, review.Score);
        Assert.Null(review.NotRatedReason);

        review.MarkNotRated(NotRatedReason.Exempt);
        Assert.Null(review.Level);
        Assert.Null(review.Score);
        Assert.Equal((NotRatedReason?)NotRatedReason.Exempt, review.NotRatedReason);
        Assert.False(review.IsPending);
    }

    [Fact]
    public void A_score_above_100_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrganizationReview().Rate(QualityLevel.Excellent, 101));
}
