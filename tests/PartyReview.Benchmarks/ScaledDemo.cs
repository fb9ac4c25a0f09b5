using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;

namespace PartyReview.Benchmarks;

/// <summary>
/// The demo committee at provincial size (2.748 members) and ten times that: every organization's members copied
/// nine more times into the open 2026 period, so Chi bộ Vườn quốc gia Bidoup - Núi Bà (30 members) has 300.
/// With <c>allYears</c>, the copies are reviewed in every year (2015–2019 and 2026), as the dashboard's trend reads them.
/// Each copy gets the original's membership ledger (without card numbers), so membership counted from the ledger grows too.
/// </summary>
internal static class ScaledDemo
{
    public static async Task<string> CreateAsync(int factor, bool allYears = false)
    {
        var connectionString = await DemoDatabase.CopyAsync();
        if (factor <= 1)
        {
            return connectionString;
        }

        await using var db = DemoDatabase.CreateContext(connectionString);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var period = await db.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync();
        var reviews = await db.MemberReviews.AsNoTracking()
            .Where(r => allYears || r.ReviewPeriodId == period)
            .ToListAsync();
        var byMember = reviews.ToLookup(r => r.MemberId);
        var ledgers = (await db.MembershipEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync()).ToLookup(e => e.MemberId);
        var originals = await db.Members.AsNoTracking()
            .Where(m => db.MemberReviews.Any(r => r.MemberId == m.Id && r.ReviewPeriodId == period))
            .Select(m => new { Member = m })
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
                Originals: byMember[o.Member.Id].ToList(),
                OriginalId: o.Member.Id)).ToList();
            db.Members.AddRange(pairs.Select(p => p.Member));
            await db.SaveChangesAsync();
            foreach (var (member, original) in pairs.SelectMany(p => p.Originals.Select(o => (p.Member, o))))
            {
                var review = new MemberReview { ReviewPeriodId = original.ReviewPeriodId, MemberId = member.Id, OrganizationId = original.OrganizationId };
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

            foreach (var (member, original) in pairs.Select(p => (p.Member, p.OriginalId)))
            {
                db.MembershipEvents.AddRange(ledgers[original].Select(e => new MembershipEvent
                {
                    MemberId = member.Id, OrganizationId = e.OrganizationId, Kind = e.Kind, OccurredOn = e.OccurredOn,
                    CounterpartOrganizationId = e.CounterpartOrganizationId, DecisionNumber = e.DecisionNumber, Note = e.Note,
                }));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        SqliteConnection.ClearAllPools();
        return connectionString;
    }
}
