using PartyReview.Domain.Reviews;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// Members whose ledger changed join the member list of each open period, as recording the event by hand does
/// (<see cref="ReviewRoster.Follow"/>: who joins, and whether they start not rated); a period the file lists them
/// in, or opens, is left as the file says.
/// </summary>
internal sealed class OpenPeriodRosters(ImportRun run, ReviewLookup reviews)
{
    public void Follow()
    {
        var periods = run.Periods;
        foreach (var slot in run.Members.Slots.Where(s => s.LedgerChanged && !s.Invalid))
        {
            foreach (var period in periods.ByYear.Values.Where(p => p.Status == ReviewPeriodStatus.Open && !periods.Opened.Contains(p)))
            {
                if (reviews.InFile.Contains((period, slot)))
                {
                    continue;
                }

                var state = MemberLookup.StateOn(slot, period.ReviewDate);
                var change = ReviewRoster.Follow(state, reviews.MemberReview(period, slot)?.OrganizationId, period.ReviewDate);
                if (change is not { Kind: RosterChangeKind.Join, ToOrganizationId: { } organization })
                {
                    // The import adds members to the lists; it does not move or remove them.
                    continue;
                }

                var review = new MemberReview { ReviewPeriodId = period.Id, MemberId = slot.Key, OrganizationId = organization };
                if (change.StartsNotRated is { } reason)
                {
                    review.MarkNotRated(reason);
                }

                if (slot.IsNew)
                {
                    // Told in the line that adds the member.
                    run.Db.MemberReviews.Add(review);
                    slot.Notes.Add($"vào danh sách kiểm điểm năm {period.Year} ({ReviewLookup.Describe(review)})");
                }
                else
                {
                    reviews.Add(review, period, slot);
                }
            }
        }
    }
}
