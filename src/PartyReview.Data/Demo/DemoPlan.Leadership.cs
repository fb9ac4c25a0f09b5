using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews.Criteria;

namespace PartyReview.Data.Demo;

// Who sat on each TCCS's cấp ủy: the 2015–2020 term (so the 2019 review) and the 2025–2030 term (the open 2026 one).
// Only seats are added: no review, event or figure of the plan changes, and no draw of the plan's random sequence is
// taken (the seats are picked in member order). Seat holders are regular members present for their whole term, so the
// ledger places them in the organization on the first day.
internal sealed partial class DemoPlan
{
    public static readonly DateOnly Term2015Start = new(2015, 6, 1);
    public static readonly DateOnly Term2015End = new(2020, 5, 31);
    public static readonly DateOnly Term2025Start = new(2025, 6, 1);

    /// <summary>The seats; <see cref="LeadershipSeat.OrganizationId"/> and <see cref="LeadershipSeat.MemberId"/> hold positions in the plan's lists.</summary>
    public List<LeadershipSeat> Seats { get; } = [];

    private void BuildLeadership()
    {
        var period2026 = PeriodIndex(CurrentYear);
        var leaders2026 = MemberReviews
            .Where(r => r.ReviewPeriodId == period2026 && r.SubjectType == SubjectType.Leader)
            .GroupBy(r => r.OrganizationId).ToDictionary(g => g.Key, g => g.First().MemberId);
        var endOf2026 = new DateOnly(CurrentYear, 12, 31);
        for (var o = 0; o < Organizations.Count; o++)
        {
            var organization = Organizations[o];
            var posts = !organization.HasExecutiveCommittee
                ? [LeadershipPost.Secretary]
                : organization.Kind == OrganizationKind.PartyCommittee
                    ? new[] { LeadershipPost.Secretary, LeadershipPost.DeputySecretary, LeadershipPost.CommitteeMember, LeadershipPost.CommitteeMember, LeadershipPost.CommitteeMember }
                    : [LeadershipPost.Secretary, LeadershipPost.DeputySecretary, LeadershipPost.CommitteeMember];

            var first = _facts.Where(f => f.Organization == o && f.Story == Story.Regular && f.PresentAt(Term2015Start) && f.PresentAt(Term2015End))
                .Select(f => f.Index).ToList();
            AddTerm(o, posts, first, Term2015Start, Term2015End);

            var second = _facts.Where(f => f.Organization == o && f.Story is Story.Regular or Story.TransferredIn2019
                                           && f.PresentAt(Term2025Start) && f.PresentAt(endOf2026))
                .Select(f => f.Index).ToList();

            // Some of the first term are re-elected, some are new; the member leading the TCCS in 2026 is its Bí thư.
            var hasLeader = leaders2026.TryGetValue(o, out var leader) && second.Contains(leader);
            var elected = second.Where(m => !hasLeader || m != leader).Skip(2).ToList();
            if (hasLeader)
            {
                elected.Insert(0, leader);
            }

            AddTerm(o, posts, elected, Term2025Start, null);
            if (organization.Kind == OrganizationKind.PartyCommittee && elected.Count > 0)
            {
                // In a đảng bộ cơ sở of an agency the Bí thư often heads the agency too.
                Seats.Add(LeadershipSeat.Create(o, elected[0], LeadershipPost.AgencyHead, Term2025Start));
            }
        }
    }

    private void AddTerm(int organization, LeadershipPost[] posts, List<int> members, DateOnly startsOn, DateOnly? endsOn)
    {
        for (var i = 0; i < posts.Length && i < members.Count; i++)
        {
            Seats.Add(LeadershipSeat.Create(organization, members[i], posts[i], startsOn, endsOn));
        }
    }
}
