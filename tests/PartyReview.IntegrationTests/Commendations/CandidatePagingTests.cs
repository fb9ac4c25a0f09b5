using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Commendations;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Commendations;

namespace PartyReview.IntegrationTests.Commendations;

/// <summary>
/// The commendation page reads one page of each award's list, whatever its length, and a decision drafted from a list
/// still takes the whole list: every page, less those unchecked on the page shown.
/// </summary>
public sealed class CandidatePagingTests
{
    private static readonly DateTimeOffset Today = new(2020, 1, 16, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_later_page_of_the_386_excellent_members_costs_the_same_queries_as_the_first_and_a_search_one_more()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var app = context.AppAt(Today);

        async Task<(int Queries, CommendationsViewModel Model)> ShowAsync(CandidateListRequest request)
        {
            await using var scope = app.Scope("clerk@demo.local");
            var service = scope.Get<CommendationService>();
            app.Commands.Count = 0;
            var model = (await service.GetAsync(2019, request, Token))!;
            return (app.Commands.Count, model);
        }

        var (first, firstModel) = await ShowAsync(new CandidateListRequest());
        var (later, laterModel) = await ShowAsync(new CandidateListRequest(AwardKind.ExcellentMember, null, 16));
        var (searched, searchedModel) = await ShowAsync(new CandidateListRequest(AwardKind.ExcellentMember, "nguyen", 2));

        // Committee, period; per award: count, count not yet awarded, page; the decisions.
        Assert.Equal(2 + (4 * 3) + 1, first);
        Assert.Equal(first, later);
        Assert.Equal(first + 1, searched);

        var excellent = laterModel.Awards.Single(a => a.Award == AwardKind.ExcellentMember);
        Assert.Equal((16, 11, 386), (excellent.Page.Page, excellent.Page.Items.Count, excellent.Total));
        var firstPage = firstModel.Awards.Single(a => a.Award == AwardKind.ExcellentMember).Page.Items.Select(c => c.Id);
        Assert.Empty(firstPage.Intersect(excellent.Page.Items.Select(c => c.Id)));

        var found = searchedModel.Awards.Single(a => a.Award == AwardKind.ExcellentMember);
        Assert.InRange(found.Page.Total, 26, 385);
        Assert.Equal(386, found.Total);
        Assert.All(found.Page.Items, c => Assert.StartsWith("Nguyễn", c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_drafted_from_the_first_page_of_a_long_list_takes_every_page_less_the_unchecked()
    {
        await using var context = await EntryTestContext.CreateAsync();
        await DemoDatabase.RemoveCommendationsAsync(context.ConnectionString);
        var app = context.AppAt(Today);
        await using var scope = app.Scope("clerk@demo.local");
        var service = scope.Get<CommendationService>();
        var page = (await service.GetAsync(2019, Token))!.Awards.Single(a => a.Award == AwardKind.ExcellentMember).Page.Items.Select(c => c.Id).ToList();
        var unchecked2 = page.Take(2).ToList();

        var created = await service.CreateDecisionFromListAsync(2019, AwardKind.ExcellentMember, page, [.. page.Except(unchecked2)], Token);

        Assert.True(created.Succeeded, created.FirstError?.MessageKey);
        var recipients = await scope.Db().Commendations.Where(c => c.DecisionId == created.Value).Select(c => c.MemberId!.Value).ToListAsync(Token);
        Assert.Equal(384, recipients.Count);
        Assert.Empty(recipients.Intersect(unchecked2));

        // The rest of the list is awarded now: a second draft from it finds only the two left out.
        var again = (await service.GetAsync(2019, Token))!.Awards.Single(a => a.Award == AwardKind.ExcellentMember);
        Assert.Equal((386, 2), (again.Total, again.Open));
    }
}
