using PartyReview.TestSupport;

namespace PartyReview.IntegrationTests.Reviews;

/// <summary>The three steps of Quy định 366 on the entry grid, on a real SQLite copy of the demo database.</summary>
public sealed class StepEntryTests
{
    [Fact]
    public async Task The_three_steps_are_kept_apart_the_decision_is_official_and_each_change_is_audited_once()
    {
        await using var context = await EntryTestContext.CreateAsync();
        await new StepScenarios(context.App).ThreeStepsAreKeptApartAndTheDecisionIsOfficialAsync();
    }

    [Fact]
    public async Task The_secretary_records_members_proposals_and_decisions_but_not_the_organizations_decision()
    {
        await using var context = await EntryTestContext.CreateAsync();
        await new StepScenarios(context.App).TheSecretaryDecidesMembersButNotTheOrganizationAsync();
    }

    [Fact]
    public async Task Accepting_all_proposals_takes_only_the_unchanged_valid_ones_and_refuses_a_stale_sheet()
    {
        await using var context = await EntryTestContext.CreateAsync();
        await new StepScenarios(context.App).AcceptingAllTakesOnlyUnchangedValidProposalsAsync();
    }

    [Fact]
    public async Task Showing_a_step_takes_the_same_few_queries_for_any_organization()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var scenarios = new StepScenarios(context.App);
        var small = await scenarios.OrganizationIdAsync("TCCS47");
        var large = await scenarios.OrganizationIdAsync();
        async Task<int> QueriesFor(int organizationId)
        {
            var service = scenarios.Service();
            context.App.Commands.Count = 0;
            Assert.NotNull(await service.GetAsync(StepScenarios.Year, organizationId, StepScenarios.Staff, Domain.Reviews.Steps.ReviewStep.Proposal, TestContext.Current.CancellationToken));
            return context.App.Commands.Count;
        }

        var forSmall = await QueriesFor(small);
        Assert.Equal(forSmall, await QueriesFor(large));
        Assert.InRange(forSmall, 1, 8);
    }
}
