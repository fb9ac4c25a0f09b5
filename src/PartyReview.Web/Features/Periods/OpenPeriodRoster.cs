using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;

namespace PartyReview.Web.Features.Periods;

/// <summary>
/// Keeps each open review period's member list as the ledger says at its review date, after a member's ledger changed
/// (<see cref="ReviewRoster.Follow"/>): a member who joined before it is added (not rated when admitted less than six
/// months before), one who left is taken out, one who moved follows to the new organization. The sheets touched get a
/// new version (<see cref="OrganizationReview.MarkChanged"/>), so a grid loaded before sees the change; each change is
/// audited. Writes nothing itself: the caller's SaveChanges does.
/// </summary>
public sealed class OpenPeriodRoster(PartyReviewDbContext db)
{
    private List<(int Id, int Year, DateOnly ReviewDate)>? _openPeriods;

    /// <summary>Follows <paramref name="member"/>'s ledger (<paramref name="origin"/> and all its <paramref name="events"/>) in every open period.</summary>
    public async Task FollowAsync(
        Member member, MemberOrigin origin, IReadOnlyCollection<MembershipEvent> events, IReadOnlyDictionary<int, string> organizationNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(organizationNames);
        foreach (var period in await OpenPeriodsAsync(member.CommitteeId, cancellationToken))
        {
            var state = MembershipLedger.StateOn(origin, events, period.ReviewDate);
            var review = member.Id == 0 ? null
                : await db.MemberReviews.SingleOrDefaultAsync(r => r.ReviewPeriodId == period.Id && r.MemberId == member.Id, cancellationToken);
            var change = ReviewRoster.Follow(state, review?.OrganizationId, period.ReviewDate);
            switch (change.Kind)
            {
                case RosterChangeKind.Join:
                    var joining = new MemberReview { ReviewPeriodId = period.Id, MemberId = member.Id, OrganizationId = change.ToOrganizationId!.Value };
                    if (change.StartsNotRated is { } reason)
                    {
                        joining.MarkNotRated(reason);
                    }

                    db.MemberReviews.Add(joining);
                    Audit(member, period.Id, joining.OrganizationId, "Vào danh sách kiểm điểm", null, $"năm {period.Year}");
                    break;
                case RosterChangeKind.Move:
                    Audit(member, period.Id, change.ToOrganizationId!.Value, "Tổ chức kiểm điểm", Name(change.FromOrganizationId!.Value), Name(change.ToOrganizationId!.Value));
                    review!.OrganizationId = change.ToOrganizationId!.Value;
                    break;
                case RosterChangeKind.Remove:
                    Audit(member, period.Id, review!.OrganizationId, "Rút khỏi danh sách kiểm điểm",
                        review.Level?.Abbreviation() ?? (review.NotRatedReason is null ? "chưa xếp loại" : "không xếp loại"), null);
                    db.MemberReviews.Remove(review);
                    break;
                default:
                    continue;
            }

            var touched = change.TouchedOrganizations().ToList();
            var sheets = await db.OrganizationReviews.Where(r => r.ReviewPeriodId == period.Id && touched.Contains(r.OrganizationId)).ToListAsync(cancellationToken);
            sheets.ForEach(s => s.MarkChanged());
        }

        string Name(int id) => organizationNames.GetValueOrDefault(id) ?? id.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<List<(int Id, int Year, DateOnly ReviewDate)>> OpenPeriodsAsync(int committeeId, CancellationToken cancellationToken)
    {
        if (_openPeriods is null)
        {
            var periods = await db.ReviewPeriods.Where(p => p.CommitteeId == committeeId && p.Status == ReviewPeriodStatus.Open)
                .Select(p => new { p.Id, p.Year, p.ReviewDate }).ToListAsync(cancellationToken);
            _openPeriods = [.. periods.Select(p => (p.Id, p.Year, p.ReviewDate))];
        }

        return _openPeriods;
    }

    private void Audit(Member member, int periodId, int organizationId, string action, string? old, string? value) =>
        db.Audit.Record(nameof(MemberReview), member.Id, action, old, value, periodId, organizationId, member.Id);
}
