using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Home;

/// <summary>The home page: the period being worked on, its progress, and the years to report on.</summary>
public sealed class HomeService(PartyReviewDbContext db, CurrentCommittee currentCommittee, TallyService tallies)
{
    public async Task<HomeViewModel> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        if (committee is null)
        {
            return new HomeViewModel { CommitteeName = null };
        }

        // The period being worked on: the newest open one, else the newest.
        var current = await db.ReviewPeriods.AsNoTracking()
            .Where(p => p.CommitteeId == committee.Id)
            .OrderBy(p => p.Status == ReviewPeriodStatus.Open ? 0 : 1).ThenByDescending(p => p.Year)
            .Select(p => new { p.Id, p.Year })
            .FirstOrDefaultAsync(cancellationToken);
        var years = await tallies.GetYearsAsync(committee.Id, cancellationToken);
        var model = new HomeViewModel
        {
            CommitteeName = committee.Name,
            Years = years,
            CurrentTally = current is null ? null : await tallies.GetYearTallyAsync(committee.Id, current.Year, cancellationToken),
        };

        if (current is not null && user.BoundOrganizationId() is { } organizationId)
        {
            model.Organization = await db.Organizations.AsNoTracking()
                .Where(o => o.Id == organizationId)
                .Select(o => new OrganizationProgress(
                    o.Name,
                    db.MemberReviews.Count(r => r.ReviewPeriodId == current.Id && r.OrganizationId == o.Id),
                    db.MemberReviews.Count(r => r.ReviewPeriodId == current.Id && r.OrganizationId == o.Id && (r.Level != null || r.NotRatedReason != null))))
                .SingleOrDefaultAsync(cancellationToken);
        }

        return model;
    }
}
