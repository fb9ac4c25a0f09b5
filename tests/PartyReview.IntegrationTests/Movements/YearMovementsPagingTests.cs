using PartyReview.IntegrationTests.Reports;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.IntegrationTests.Movements;

/// <summary>The movements page shows one page of its organizations; any page, searched or not, costs the same queries.</summary>
public sealed class YearMovementsPagingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Any_page_of_the_2019_movement_table_costs_the_same_queries_and_the_totals_count_every_organization()
    {
        var app = ReportTestServices.App(await DemoDatabase.CopyAsync());

        async Task<(int Queries, YearMovementsViewModel Model)> ShowAsync(string? query, int? page)
        {
            await using var scope = app.Scope();
            var movements = scope.Get<YearMovementsQuery>();
            app.Commands.Count = 0;
            var model = await movements.GetAsync(2019, Scope.WholeCommittee, query, page, Token);
            return (app.Commands.Count, model);
        }

        var (first, firstModel) = await ShowAsync(null, 1);
        var (third, thirdModel) = await ShowAsync(null, 3);
        var (searched, searchedModel) = await ShowAsync("tccs0", 1);
        var (_, whole) = await ShowAsync(null, null);

        Assert.Equal(first, third);
        Assert.Equal(first, searched);
        Assert.Equal((68, 25, 18), (firstModel.Organizations.Total, firstModel.Organizations.Items.Count, thirdModel.Organizations.Items.Count));
        Assert.Equal(9, searchedModel.Organizations.Total);
        Assert.Equal(68, whole.Organizations.Items.Count);
        Assert.Equal(145, whole.Organizations.Items.Sum(o => o.Admitted));
        Assert.All(new[] { firstModel, thirdModel, searchedModel }, m => Assert.Equal((145, 2748), (m.Committee.Admitted, m.Committee.MembersAtEnd)));
    }
}
