namespace PartyReview.Domain.Organizations;

/// <summary>
/// The kinds of organization: the two kinds of grassroots organization (tổ chức cơ sở đảng, TCCS) and the chi bộ
/// trực thuộc inside a đảng bộ cơ sở (ADR 0008).
/// </summary>
public enum OrganizationKind
{
    /// <summary>Đảng bộ cơ sở: a TCCS that may have affiliated cells (chi bộ trực thuộc).</summary>
    PartyCommittee = 1,

    /// <summary>Chi bộ cơ sở: a TCCS whose members belong to it directly.</summary>
    Cell = 2,

    /// <summary>Chi bộ trực thuộc đảng ủy cơ sở: a cell inside a đảng bộ cơ sở (its parent); never a TCCS.</summary>
    AffiliatedCell = 3,
}
