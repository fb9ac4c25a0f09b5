using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Web.Features.Commendations;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;

namespace PartyReview.IntegrationTests.Reports;

/// <summary>The report use cases wired as in the app, with a fixed clock (16/01/2020, the day of the article's meeting).</summary>
internal static class ReportTestServices
{
    public static readonly DateTimeOffset Today = new(2020, 1, 16, 2, 0, 0, TimeSpan.Zero);

    public static TimeProvider Clock()
    {
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(Today);
        clock.Setup(c => c.LocalTimeZone).Returns(TimeZoneInfo.Utc);
        return clock.Object;
    }

    public static SummaryService Summaries(PartyReviewDbContext db, IAuditContext? audit = null) =>
        new(db, new CurrentCommittee(db), new TallyService(db), audit ?? new SystemAuditContext(), Clock());

    public static DashboardService Dashboards(PartyReviewDbContext db) => new(db, new CurrentCommittee(db), new TallyService(db));

    public static CommendationService Commendations(PartyReviewDbContext db) =>
        new(db, new CurrentCommittee(db), new SystemAuditContext(), Clock(), NullLogger<CommendationService>.Instance);
}
