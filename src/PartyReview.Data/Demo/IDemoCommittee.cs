using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Demo;

/// <summary>
/// One demo committee, built in memory: its rows, with foreign keys as positions in these lists, which
/// <see cref="DemoDataSeeder"/> maps to database keys.
/// </summary>
internal interface IDemoCommittee
{
    Committee Committee { get; }
    List<Organization> Organizations { get; }
    List<Member> Members { get; }
    List<ReviewPeriod> Periods { get; }
    List<OrganizationReview> OrganizationReviews { get; }
    List<LeadershipReview> LeadershipReviews { get; }
    List<MemberReview> MemberReviews { get; }
    List<DemoStep> Steps { get; }
    List<MembershipEvent> Events { get; }
    List<AdmissionTarget> Targets { get; }
    List<Commendation> Commendations { get; }
    List<CommendationDecision> Decisions { get; }
    List<LeadershipSeat> Seats { get; }
}
