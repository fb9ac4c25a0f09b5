using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Reports;

/// <summary>The dashboard's and the report's grouped queries translate to one grouped statement on every provider.</summary>
public sealed class ReportQueryTranslationTests
{
    [Theory]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public void Every_report_query_translates(DatabaseProvider provider)
    {
        using var db = OfflineContexts.For(provider);
        var grouped = new[]
        {
            ReportQueries.CommitteeLevelGroups(db.OrganizationReviews, db.ReviewPeriods, 1).ToQueryString(),
            ReportQueries.CommitteeLevelGroups(db.LeadershipReviews, db.ReviewPeriods, 1).ToQueryString(),
            ReportQueries.CommitteeLevelGroups(db.MemberReviews, db.ReviewPeriods, 1).ToQueryString(),
            ReportQueries.PeriodLevelGroups(db.MemberReviews, 1).ToQueryString(),
        };
        Assert.All(grouped, sql =>
        {
            Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("SUM(", sql, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("GROUP BY", ReportQueries.MemberDistributions(db, 1).ToQueryString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("JOIN", ReportQueries.OrganizationLevels(db, 1).ToQueryString(), StringComparison.OrdinalIgnoreCase);
        var table = ReportQueries.Sorted(ReportQueries.OrganizationTable(db, 1, "tccs"), OrganizationSort.Members, descending: true).Skip(25).Take(25).ToQueryString();
        Assert.Contains("GROUP BY", table, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LEFT JOIN", table, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("EXISTS", ReportQueries.OrganizationsFinished(db, 1).ToQueryString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("JOIN", ReportQueries.Admissions(db, 1, 2019).ToQueryString(), StringComparison.OrdinalIgnoreCase);

        // The figures of a Quy định 366 year: one grouped statement each.
        Assert.Contains("GROUP BY", StepQueries.MemberScoresByType(db, 1).ToQueryString(), StringComparison.OrdinalIgnoreCase);
        var adjustments = StepQueries.Adjustments(db, 1).ToQueryString();
        Assert.Contains("JOIN", adjustments, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("COUNT(", adjustments, StringComparison.OrdinalIgnoreCase);
        var steps = StepQueries.MembersPerStep(db, 1).ToQueryString();
        Assert.Contains("LEFT JOIN", steps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("MAX(", steps, StringComparison.OrdinalIgnoreCase);
    }
}
