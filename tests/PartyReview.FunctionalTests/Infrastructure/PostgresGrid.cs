using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>The 2026 entry grid of an app on a PostgreSQL database, posted as the page posts it.</summary>
internal static class PostgresGrid
{
    public static PartyReviewDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.PostgreSql, connectionString);
        return new PartyReviewDbContext(options.Options);
    }

    public static async Task<int> OrganizationIdAsync(string connectionString, string code, CancellationToken cancellationToken)
    {
        await using var db = Context(connectionString);
        return await db.Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(cancellationToken);
    }

    /// <summary>The sheet's version as stored now: what a page loaded now would post.</summary>
    public static async Task<int> VersionAsync(string connectionString, int organizationId, CancellationToken cancellationToken)
    {
        await using var db = Context(connectionString);
        var periodId = await db.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(cancellationToken);
        return await db.OrganizationReviews.Where(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId).Select(r => r.Version).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// Every member scored <paramref name="score"/>, from the page that showed <paramref name="version"/> (the stored
    /// version when null).
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string connectionString, int organizationId, string token, string score, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        await using var db = Context(connectionString);
        var periodId = await db.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(cancellationToken);
        var shown = version ?? await VersionAsync(connectionString, organizationId, cancellationToken);
        var reviews = await db.MemberReviews.Where(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Version", shown.ToString(CultureInfo.InvariantCulture)) };
        if (await db.LeadershipReviews.AnyAsync(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId, cancellationToken))
        {
            fields.Add(new("Leadership.Disciplined", "false"));
        }

        for (var i = 0; i < reviews.Count; i++)
        {
            fields.Add(new($"Members[{i}].ReviewId", reviews[i].ToString(CultureInfo.InvariantCulture)));
            fields.Add(new($"Members[{i}].Score", score));
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/Periods/2026/Entry/{organizationId}", UriKind.Relative), form, cancellationToken);
    }
}
