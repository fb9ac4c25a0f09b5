using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;

namespace PartyReview.TestSupport;

/// <summary>
/// What one organization's entry sheet holds in the database, as one comparable text: the sheet's version and status,
/// every review of the sheet and every step value recorded on it. Two equal texts mean nothing on the sheet changed.
/// </summary>
public static class SheetState
{
    public static async Task<string> ReadAsync(PartyReviewDbContext db, int year, int organizationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var periodId = await db.ReviewPeriods.Where(p => p.Year == year && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(cancellationToken);
        var sheet = await db.OrganizationReviews.AsNoTracking()
            .Where(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId)
            .Select(r => new { r.Version, r.EntryStatus, r.LastSavedBy, r.Level, r.Score, r.Note, r.QuotaJustification })
            .SingleAsync(cancellationToken);
        var members = await db.MemberReviews.AsNoTracking()
            .Where(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Level, r.NotRatedReason, r.Score, r.Note, r.Discipline, r.LongSickLeave })
            .ToListAsync(cancellationToken);
        var steps = await db.ReviewSteps.AsNoTracking()
            .Where(s => s.ReviewPeriodId == periodId && s.OrganizationId == organizationId)
            .OrderBy(s => s.Subject).ThenBy(s => s.ReviewId).ThenBy(s => s.Step)
            .Select(s => new { s.Subject, s.ReviewId, s.Step, s.Score, s.Level, s.NotRatedReason, s.RecordedBy })
            .ToListAsync(cancellationToken);
        return string.Join('\n', [
            string.Create(CultureInfo.InvariantCulture, $"sheet {sheet}"),
            .. members.Select(m => string.Create(CultureInfo.InvariantCulture, $"member {m}")),
            .. steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"step {s}")),
        ]);
    }

    /// <summary>The audit rows of one organization.</summary>
    public static Task<int> AuditRowsAsync(PartyReviewDbContext db, int organizationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.CountAsync(a => a.OrganizationId == organizationId, cancellationToken);
    }
}
