using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Members;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;

namespace PartyReview.Benchmarks;

/// <summary>
/// The demo committee at provincial size (2.748 members) and ten times that: every organization's members copied
/// nine more times into the open 2026 period, so Chi bộ Vườn quốc gia Bidoup - Núi Bà (30 members) has 300.
/// </summary>
internal static class ScaledDemo
{
    public static async Task<string> CreateAsync(int factor)
    {
        var connectionString = await DemoDatabase.CopyAsync();
        if (factor <= 1)
        {
            return connectionString;
        }

        await using var db = DemoDatabase.CreateContext(connectionString);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var period = await db.ReviewPeriods.Where(p => p.Year == 2026).Select(p => p.Id).SingleAsync();
        var originals = await (
                from m in db.Members.AsNoTracking()
                join r in db.MemberReviews.AsNoTracking() on m.Id equals r.MemberId
                where r.ReviewPeriodId == period
                select new { Member = m, Review = r })
            .ToListAsync();
        for (var copy = 1; copy < factor; copy++)
        {
            var pairs = originals.Select(o => (
                Member: new Member
                {
                    CommitteeId = o.Member.CommitteeId,
                    MemberCode = $"{o.Member.MemberCode}-{copy}",
                    FullName = o.Member.FullName,
                    Gender = o.Member.Gender,
                    BirthDate = o.Member.BirthDate,
                    AdmittedOn = o.Member.AdmittedOn,
                    OfficialOn = o.Member.OfficialOn,
                    Status = o.Member.Status,
                    OrganizationId = o.Member.OrganizationId,
                },
                Original: o.Review)).ToList();
            db.Members.AddRange(pairs.Select(p => p.Member));
            await db.SaveChangesAsync();
            foreach (var (member, original) in pairs)
            {
                var review = new MemberReview { ReviewPeriodId = period, MemberId = member.Id, OrganizationId = original.OrganizationId };
                if (original.NotRatedReason is { } reason)
                {
                    review.MarkNotRated(reason);
                }
                else if (original.Level is { } level)
                {
                    review.Rate(level, original.Score);
                }

                db.MemberReviews.Add(review);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        SqliteConnection.ClearAllPools();
        return connectionString;
    }
}
