using PartyReview.Data.Demo;

namespace PartyReview.IntegrationTests.Demo;

public sealed class DemoPlanTests
{
    [Fact]
    public void The_demo_is_the_same_on_every_run()
    {
        var first = DemoPlan.Create();
        var second = DemoPlan.Create();
        Assert.Equal(first.Members.Select(m => (m.FullName, m.BirthDate, m.PartyCardNumber)), second.Members.Select(m => (m.FullName, m.BirthDate, m.PartyCardNumber)));
        Assert.Equal(first.MemberReviews.Select(r => r.Level), second.MemberReviews.Select(r => r.Level));
    }

    [Fact]
    public void The_demo_has_68_organizations_and_Vietnamese_names()
    {
        var plan = DemoPlan.Create();
        Assert.Equal(68, plan.Organizations.Count(o => o.ParentId is null));
        Assert.Equal(68 + 8, plan.Organizations.Count);
        Assert.Equal(68 + 8, plan.Organizations.Select(o => o.Name).Distinct().Count());
        Assert.Contains(plan.Members, m => m.FullName == "Nguyễn Văn An");
        var cards = plan.Members.Where(m => m.PartyCardNumber is not null).Select(m => m.PartyCardNumber).ToList();
        Assert.Equal(cards.Count, cards.Distinct().Count());

        // Cards come from the ledger: every official member holds one, no probationary member does.
        Assert.All(plan.Members.Where(m => m.Status == PartyReview.Domain.Members.MemberStatus.Official), m => Assert.NotNull(m.PartyCardNumber));
        Assert.All(plan.Members.Where(m => m.Status == PartyReview.Domain.Members.MemberStatus.Probationary), m => Assert.Null(m.PartyCardNumber));
    }
}
