using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Database;

/// <summary>One model, three providers: their migrations stay in step and every tally query translates on each.</summary>
public sealed class ProviderTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void No_provider_has_pending_model_changes(DatabaseProvider provider)
    {
        using var db = OfflineContexts.For(provider);
        Assert.True(db.Database.GetMigrations().Any(), $"{provider} has no migrations");
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: run `dotnet ef migrations add` for {provider.MigrationsAssembly()}");
    }

    [Theory]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public void Every_tally_query_translates_to_one_grouped_statement(DatabaseProvider provider)
    {
        using var db = OfflineContexts.For(provider);
        var statements = new[]
        {
            TallyQueries.LevelGroups(db.OrganizationReviews, 1).ToQueryString(),
            TallyQueries.LevelGroups(db.LeadershipReviews, 1).ToQueryString(),
            TallyQueries.LevelGroups(db.MemberReviews, 1).ToQueryString(),
            TallyQueries.MovementGroups(db, 1, 2019).ToQueryString(),
        };
        Assert.All(statements, sql =>
        {
            Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("COUNT(", sql, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public void Membership_at_a_date_translates_to_one_statement_counted_per_organization(DatabaseProvider provider)
    {
        using var db = OfflineContexts.For(provider);
        var sql = LedgerQueries.PlacementsOn(db, 1, new DateOnly(2019, 12, 31))
            .GroupBy(p => p.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToQueryString();
        Assert.Contains("NOT EXISTS", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase);

        var counted = LedgerQueries.HeadcountChangesUpTo(db, 1, new DateOnly(2019, 12, 31))
            .GroupBy(c => c.OrganizationId).Select(g => new { g.Key, Count = g.Sum(c => c.Change) }).ToQueryString();
        Assert.Contains("SUM(", counted, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("CASE", counted, StringComparison.OrdinalIgnoreCase);
    }
}
