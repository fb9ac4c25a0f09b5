namespace PartyReview.Domain.Organizations;

/// <summary>What is wrong with an organization's place in the tree.</summary>
public enum TreeProblem
{
    /// <summary>A chi bộ trực thuộc needs its đảng bộ cơ sở.</summary>
    AffiliatedCellWithoutParent = 1,

    /// <summary>Only a chi bộ trực thuộc has a parent: a TCCS belongs directly to the committee.</summary>
    TccsWithParent = 2,

    /// <summary>The parent is not a đảng bộ cơ sở (a chi bộ cơ sở or a chi bộ trực thuộc has no children).</summary>
    ParentNotPartyCommittee = 3,

    /// <summary>The parent belongs to another committee.</summary>
    ParentOfAnotherCommittee = 4,

    /// <summary>An organization cannot be its own parent.</summary>
    OwnParent = 5,

    /// <summary>The organization has chi bộ trực thuộc, so it must stay a đảng bộ cơ sở.</summary>
    HasChildren = 6,
}

/// <summary>
/// The organization tree (ADR 0008): committee → TCCS (đảng bộ cơ sở or chi bộ cơ sở) → chi bộ trực thuộc, for a đảng
/// bộ cơ sở only. Two levels, never deeper: a chi bộ trực thuộc has no children, so the TCCS of any organization is
/// <c>ParentId ?? Id</c>.
/// </summary>
public static class OrganizationTree
{
    /// <summary>Whether the kind is a grassroots organization (TCCS), reported on the TCCS line.</summary>
    public static bool IsTccs(this OrganizationKind kind) => kind is OrganizationKind.PartyCommittee or OrganizationKind.Cell;

    /// <summary>Whether organizations of this kind may have chi bộ trực thuộc.</summary>
    public static bool MayHaveChildren(this OrganizationKind kind) => kind == OrganizationKind.PartyCommittee;

    /// <summary>The TCCS the organization counts under: its parent for a chi bộ trực thuộc, itself otherwise.</summary>
    public static int TccsId(this Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return organization.ParentId ?? organization.Id;
    }

    /// <summary>
    /// The problems with giving <paramref name="organization"/> (its kind and parent as set) the parent
    /// <paramref name="parent"/> (null for none); <paramref name="hasChildren"/> says whether chi bộ trực thuộc
    /// already name it as their parent. Empty when the place is valid.
    /// </summary>
    public static IReadOnlyList<TreeProblem> Check(Organization organization, Organization? parent, bool hasChildren = false)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var problems = new List<TreeProblem>();
        if (organization.Kind == OrganizationKind.AffiliatedCell)
        {
            if (parent is null)
            {
                problems.Add(TreeProblem.AffiliatedCellWithoutParent);
            }
        }
        else if (parent is not null)
        {
            problems.Add(TreeProblem.TccsWithParent);
        }

        if (parent is not null)
        {
            if (parent.Id != 0 && parent.Id == organization.Id)
            {
                problems.Add(TreeProblem.OwnParent);
            }
            else if (!parent.Kind.MayHaveChildren() || parent.ParentId is not null)
            {
                problems.Add(TreeProblem.ParentNotPartyCommittee);
            }

            if (parent.CommitteeId != organization.CommitteeId)
            {
                problems.Add(TreeProblem.ParentOfAnotherCommittee);
            }
        }

        if (hasChildren && !organization.Kind.MayHaveChildren())
        {
            problems.Add(TreeProblem.HasChildren);
        }

        return problems;
    }
}
