using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Web.Features.Commendations;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Reports;

/// <summary>
/// The report use cases from the app's own DI (<see cref="AppServices"/>), on the database of the context the test
/// holds, with a fixed clock (16/01/2020, the day of the article's meeting). Each call is one request's scope, with its
/// own context: what it saves the test reads back through its own.
/// </summary>
internal static class ReportTestServices
{
    public static readonly DateTimeOffset Today = new(2020, 1, 16, 2, 0, 0, TimeSpan.Zero);

    private static readonly ConcurrentDictionary<string, AppServices> Apps = new();

    public static TimeProvider Clock() => AppServices.FixedClock(Today);

    /// <summary>The app on <paramref name="connectionString"/> (one per database, kept for the test run).</summary>
    public static AppServices App(string connectionString) => Apps.GetOrAdd(connectionString, cs => AppServices.Create(cs, Today));

    /// <summary>A unit of work on the database of <paramref name="db"/>.</summary>
    public static AsyncServiceScope Scope(PartyReviewDbContext db, string userName = "staff@demo.local")
    {
        ArgumentNullException.ThrowIfNull(db);
        return App(db.Database.GetConnectionString()!).Scope(userName);
    }

    public static SummaryService Summaries(PartyReviewDbContext db) => Scope(db).Get<SummaryService>();

    public static DashboardService Dashboards(PartyReviewDbContext db) => Scope(db).Get<DashboardService>();

    public static CommendationService Commendations(PartyReviewDbContext db) => Scope(db, "clerk@demo.local").Get<CommendationService>();
}
