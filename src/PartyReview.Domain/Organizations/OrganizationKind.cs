namespace PartyReview.Domain.Organizations;

/// <summary>The two kinds of grassroots organization (tổ chức cơ sở đảng).</summary>
public enum OrganizationKind
{
    /// <summary>Đảng bộ cơ sở: has affiliated cells (chi bộ trực thuộc).</summary>
    PartyCommittee = 1,

    /// <summary>Chi bộ cơ sở.</summary>
    Cell = 2,
}
