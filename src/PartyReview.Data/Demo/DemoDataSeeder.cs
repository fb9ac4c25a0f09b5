using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Data.Demo;

/// <summary>
/// Writes the demo province into an empty database, in one transaction: the committee of the seed article
/// (<see cref="DemoPlan"/>) first, so that its ids and figures are those of every earlier release, then a second
/// committee of the same province (<see cref="DemoEnterprisePlan"/>).
/// </summary>
public sealed class DemoDataSeeder(PartyReviewDbContext db)
{
    /// <summary>Seeds the demo committee unless the database already holds a committee; returns whether it seeded.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Committees.AnyAsync(cancellationToken))
        {
            return false;
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await WriteAsync(DemoPlan.Create(), cancellationToken);
            await WriteAsync(DemoEnterprisePlan.Create(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return true;
    }

    /// <summary>One committee of the plan, its foreign keys (positions in the plan's lists) mapped to database keys.</summary>
    private async Task WriteAsync(IDemoCommittee plan, CancellationToken cancellationToken)
    {
        db.Committees.Add(plan.Committee);
        await db.SaveChangesAsync(cancellationToken);
        var committeeId = plan.Committee.Id;

        // A chi bộ trực thuộc's parent is a position in the plan: written once the đảng bộ has its id.
        var parents = plan.Organizations.Select(o => o.ParentId).ToArray();
        plan.Organizations.ForEach(o => (o.CommitteeId, o.ParentId) = (committeeId, null));
        db.Organizations.AddRange(plan.Organizations);
        plan.Periods.ForEach(p => p.CommitteeId = committeeId);
        db.ReviewPeriods.AddRange(plan.Periods);
        await db.SaveChangesAsync(cancellationToken);
        var organizationIds = plan.Organizations.Select(o => o.Id).ToArray();
        for (var o = 0; o < parents.Length; o++)
        {
            if (parents[o] is { } parent)
            {
                plan.Organizations[o].ParentId = organizationIds[parent];
                db.Entry(plan.Organizations[o]).Property(x => x.ParentId).IsModified = true;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var periodIds = plan.Periods.Select(p => p.Id).ToArray();

        foreach (var member in plan.Members)
        {
            member.CommitteeId = committeeId;
            member.OrganizationId = member.OrganizationId is { } o ? organizationIds[o] : null;
        }

        db.Members.AddRange(plan.Members);
        await db.SaveChangesAsync(cancellationToken);
        var memberIds = plan.Members.Select(m => m.Id).ToArray();

        foreach (var review in plan.OrganizationReviews)
        {
            review.ReviewPeriodId = periodIds[review.ReviewPeriodId];
            review.OrganizationId = organizationIds[review.OrganizationId];
        }

        foreach (var review in plan.LeadershipReviews)
        {
            review.ReviewPeriodId = periodIds[review.ReviewPeriodId];
            review.OrganizationId = organizationIds[review.OrganizationId];
        }

        foreach (var review in plan.MemberReviews)
        {
            review.ReviewPeriodId = periodIds[review.ReviewPeriodId];
            review.OrganizationId = organizationIds[review.OrganizationId];
            review.MemberId = memberIds[review.MemberId];
        }

        foreach (var entry in plan.Events)
        {
            entry.MemberId = memberIds[entry.MemberId];
            entry.OrganizationId = organizationIds[entry.OrganizationId];
            entry.CounterpartOrganizationId = entry.CounterpartOrganizationId is { } c ? organizationIds[c] : null;
        }

        foreach (var target in plan.Targets)
        {
            target.CommitteeId = committeeId;
            target.OrganizationId = target.OrganizationId is { } o ? organizationIds[o] : null;
        }

        plan.Decisions.ForEach(d => d.CommitteeId = committeeId);
        db.CommendationDecisions.AddRange(plan.Decisions);
        await db.SaveChangesAsync(cancellationToken);
        var decisionIds = plan.Decisions.Select(d => d.Id).ToArray();
        foreach (var commendation in plan.Commendations)
        {
            commendation.CommitteeId = committeeId;
            commendation.OrganizationId = commendation.OrganizationId is { } o ? organizationIds[o] : null;
            commendation.MemberId = commendation.MemberId is { } m ? memberIds[m] : null;
            commendation.DecisionId = commendation.DecisionId is { } d ? decisionIds[d] : null;
        }

        db.OrganizationReviews.AddRange(plan.OrganizationReviews);
        db.LeadershipReviews.AddRange(plan.LeadershipReviews);
        db.MemberReviews.AddRange(plan.MemberReviews);
        db.MembershipEvents.AddRange(plan.Events);
        db.AdmissionTargets.AddRange(plan.Targets);
        db.Commendations.AddRange(plan.Commendations);
        foreach (var seat in plan.Seats)
        {
            seat.OrganizationId = organizationIds[seat.OrganizationId];
            seat.MemberId = memberIds[seat.MemberId];
        }

        db.LeadershipSeats.AddRange(plan.Seats);
        await db.SaveChangesAsync(cancellationToken);

        db.ReviewSteps.AddRange(plan.Steps.Select(step =>
        {
            var entry = new ReviewStepEntry
            {
                ReviewPeriodId = step.Review.ReviewPeriodId,
                Subject = step.Subject,
                ReviewId = step.Review.Id,
                OrganizationId = organizationIds[step.Organization],
                MemberId = step.Member is { } m ? memberIds[m] : null,
                Step = step.Step,
            };
            entry.Set(step.Value, step.RecordedBy, step.RecordedAt);
            return entry;
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
