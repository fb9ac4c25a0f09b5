namespace PartyReview.Domain.Organizations;

/// <summary>A post on a TCCS's cấp ủy (docs/domain/structure.md §3), or the head of the agency the TCCS belongs to.</summary>
public enum LeadershipPost
{
    /// <summary>Bí thư: at most one at any date per organization.</summary>
    Secretary = 1,

    /// <summary>Phó Bí thư.</summary>
    DeputySecretary = 2,

    /// <summary>Ủy viên Ban Thường vụ (large đảng bộ cơ sở only).</summary>
    StandingMember = 3,

    /// <summary>Cấp ủy viên (đảng ủy viên, chi ủy viên).</summary>
    CommitteeMember = 4,

    /// <summary>Thủ trưởng cơ quan, đơn vị: who heads the agency; not a seat of the cấp ủy, so not of the leadership collective.</summary>
    AgencyHead = 5,
}

public static class LeadershipPosts
{
    public static IReadOnlyList<LeadershipPost> All { get; } =
        [LeadershipPost.Secretary, LeadershipPost.DeputySecretary, LeadershipPost.StandingMember, LeadershipPost.CommitteeMember, LeadershipPost.AgencyHead];

    /// <summary>Whether the post is a seat of the cấp ủy, i.e. its holder is a member of the leadership collective.</summary>
    public static bool IsCommitteePost(this LeadershipPost post) => post != LeadershipPost.AgencyHead;
}
