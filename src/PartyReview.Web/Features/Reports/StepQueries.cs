using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Web.Features.Reports;

/// <summary>
/// The grouped queries behind the figures of a Quy định 366 year (<see cref="StepFigures"/>): the database counts and
/// sums, one statement each. Public so that tests can check the translation on every provider.
/// </summary>
public static class StepQueries
{
    /// <summary>One period's members' decided scores per subject type (đảng viên, cá nhân lãnh đạo, ngoài hệ thống chính trị).</summary>
    public static IQueryable<SubjectTypeScoreGroup> MemberScoresByType(PartyReviewDbContext db, int periodId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.MemberReviews.Where(r => r.ReviewPeriodId == periodId)
            .GroupBy(r => r.SubjectType)
            .Select(g => new SubjectTypeScoreGroup(g.Key, g.Count(r => r.Score != null), g.Sum(r => (double?)r.Score) ?? 0d));
    }

    /// <summary>
    /// One period's decisions compared with the same subject's proposal: how many have a proposal, and how many differ
    /// from it in level or not-rated reason (one row).
    /// </summary>
    public static IQueryable<AdjustmentCount> Adjustments(PartyReviewDbContext db, int periodId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var compared =
            from d in db.ReviewSteps
            where d.ReviewPeriodId == periodId && d.Step == ReviewStep.Decision && (d.Level != null || d.NotRatedReason != null)
            join p in db.ReviewSteps on new { d.ReviewPeriodId, d.Subject, d.ReviewId, Step = ReviewStep.Proposal }
                equals new { p.ReviewPeriodId, p.Subject, p.ReviewId, p.Step }
            select new { Differs = d.Level != p.Level || d.NotRatedReason != p.NotRatedReason };
        return compared.GroupBy(c => 1).Select(g => new AdjustmentCount(g.Count(), g.Count(c => c.Differs)));
    }

    /// <summary>
    /// One period's members counted per furthest step recorded (null: none yet). Members settled without any step (e.g.
    /// exempt, not rated) are left out: they are at no step.
    /// </summary>
    public static IQueryable<StepGroup> MembersPerStep(PartyReviewDbContext db, int periodId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var furthest = db.ReviewSteps
            .Where(s => s.ReviewPeriodId == periodId && s.Subject == StepSubject.Member && (s.Level != null || s.NotRatedReason != null || s.Score != null))
            .GroupBy(s => s.ReviewId)
            .Select(g => new { ReviewId = g.Key, Step = g.Max(s => s.Step) });
        var members =
            from r in db.MemberReviews
            where r.ReviewPeriodId == periodId
            join f in furthest on r.Id equals f.ReviewId into steps
            from f in steps.DefaultIfEmpty()
            select new { Step = (ReviewStep?)f.Step, r.Level, r.NotRatedReason };
        return members
            .Where(m => m.Step != null || (m.Level == null && (m.NotRatedReason == null || m.NotRatedReason == NotRatedReason.Absent)))
            .GroupBy(m => m.Step).Select(g => new StepGroup(g.Key, g.Count()));
    }

    /// <summary>
    /// The figures of a Quy định 366 year: the members' scores per type (one query; the collectives' come from their
    /// level groups), the adjusted decisions (one query), and while the period is open the members per step (one query).
    /// </summary>
    public static async Task<StepFigures> LoadAsync(
        PartyReviewDbContext db, int periodId, bool isOpen, ScoreStats organizations, ScoreStats leadership, CancellationToken cancellationToken)
    {
        var members = await MemberScoresByType(db, periodId).ToListAsync(cancellationToken);
        var adjustments = await Adjustments(db, periodId).SingleOrDefaultAsync(cancellationToken);
        var progress = isOpen
            ? StepProgress.From((await MembersPerStep(db, periodId).ToListAsync(cancellationToken)).Select(g => (g.Step, g.Count)))
            : null;
        ScoreStats Members(SubjectType type) =>
            members.Where(m => m.Type == type).Select(m => new ScoreStats(m.Scored, (decimal)m.ScoreSum)).FirstOrDefault();
        return new StepFigures(
            [
                new(SubjectType.Organization, organizations),
                new(SubjectType.Leadership, leadership),
                new(SubjectType.Leader, Members(SubjectType.Leader)),
                new(SubjectType.Member, Members(SubjectType.Member)),
                new(SubjectType.MemberOutsideSystem, Members(SubjectType.MemberOutsideSystem)),
            ],
            adjustments?.Adjusted ?? 0,
            adjustments?.Compared ?? 0,
            progress);
    }
}

public readonly record struct SubjectTypeScoreGroup(SubjectType Type, int Scored, double ScoreSum);

public sealed record AdjustmentCount(int Compared, int Adjusted);

public readonly record struct StepGroup(ReviewStep? Step, int Count);
