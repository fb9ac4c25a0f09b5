using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Periods;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.IntegrationTests.Periods;

/// <summary>The period overview shows one page of its organizations; any page, searched or filtered, costs the same queries.</summary>
public sealed class OverviewPagingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Any_page_of_the_2026_overview_costs_the_same_queries_and_its_counts_hold_every_organization()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var app = context.App;

        async Task<(int Queries, OverviewViewModel Model)> ShowAsync(bool unfinished, string? query, int page)
        {
            await using var scope = app.Scope();
            var periods = scope.Get<PeriodService>();
            app.Commands.Count = 0;
            var model = (await periods.GetOverviewAsync(2026, unfinished, Scope.WholeCommittee, query, page, Token))!;
            return (app.Commands.Count, model);
        }

        var (first, firstModel) = await ShowAsync(false, null, 1);
        var (third, thirdModel) = await ShowAsync(false, null, 3);
        var (searched, searchedModel) = await ShowAsync(true, "tccs", 2);

        Assert.Equal(first, third);
        Assert.Equal(first, searched);
        // 68 TCCS and 8 chi bộ trực thuộc, each with its sheet: pages of 25, 25, 25 and 1; by code, TCCS43 is the 51st.
        Assert.Equal((76, 25, 25), (firstModel.Organizations.Total, firstModel.Organizations.Items.Count, thirdModel.Organizations.Items.Count));
        Assert.Equal("TCCS43", thirdModel.Organizations.Items[0].Code);
        Assert.All(new[] { firstModel, thirdModel, searchedModel }, m => Assert.Equal(76, m.OrganizationCount));
        Assert.All(searchedModel.Organizations.Items, l => Assert.False(l.IsFinished));
        Assert.Equal(76 - firstModel.FinishedCount, searchedModel.Organizations.Total);
    }
}
