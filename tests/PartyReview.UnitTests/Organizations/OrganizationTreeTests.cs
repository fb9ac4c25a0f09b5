using PartyReview.Domain.Organizations;

namespace PartyReview.UnitTests.Organizations;

/// <summary>The organization tree: committee → TCCS → chi bộ trực thuộc, for a đảng bộ cơ sở only (ADR 0008).</summary>
public sealed class OrganizationTreeTests
{
    private static Organization Org(int id, OrganizationKind kind, int? parentId = null, int committeeId = 1) =>
        new() { Id = id, CommitteeId = committeeId, Code = "O" + id, Name = "Tổ chức " + id, Kind = kind, ParentId = parentId };

    [Fact]
    public void A_chi_bo_truc_thuoc_under_a_dang_bo_co_so_is_valid()
    {
        var parent = Org(1, OrganizationKind.PartyCommittee);
        var cell = Org(2, OrganizationKind.AffiliatedCell, parentId: 1);

        Assert.Empty(OrganizationTree.Check(cell, parent));
        Assert.Equal(1, cell.TccsId());
        Assert.Equal(1, parent.TccsId());
    }

    [Fact]
    public void A_TCCS_has_no_parent_and_counts_as_its_own_TCCS()
    {
        var party = Org(1, OrganizationKind.PartyCommittee);
        var cell = Org(2, OrganizationKind.Cell);

        Assert.Empty(OrganizationTree.Check(party, null));
        Assert.Empty(OrganizationTree.Check(cell, null));
        Assert.Equal(2, cell.TccsId());
        Assert.Equal([TreeProblem.TccsWithParent], OrganizationTree.Check(cell, party));
        Assert.True(OrganizationKind.Cell.IsTccs());
        Assert.False(OrganizationKind.AffiliatedCell.IsTccs());
    }

    [Fact]
    public void A_chi_bo_truc_thuoc_needs_its_dang_bo_co_so()
    {
        Assert.Equal([TreeProblem.AffiliatedCellWithoutParent], OrganizationTree.Check(Org(2, OrganizationKind.AffiliatedCell), null));
    }

    [Fact]
    public void Only_a_dang_bo_co_so_may_have_children()
    {
        var chiBoCoSo = Org(1, OrganizationKind.Cell);
        var chiBoTrucThuoc = Org(3, OrganizationKind.AffiliatedCell, parentId: 5);
        var child = Org(2, OrganizationKind.AffiliatedCell);

        Assert.Equal([TreeProblem.ParentNotPartyCommittee], OrganizationTree.Check(child, chiBoCoSo));
        Assert.Equal([TreeProblem.ParentNotPartyCommittee], OrganizationTree.Check(child, chiBoTrucThuoc));
    }

    [Fact]
    public void A_chi_bo_truc_thuoc_has_no_children_so_an_organization_with_children_stays_a_dang_bo_co_so()
    {
        Assert.Equal([TreeProblem.HasChildren], OrganizationTree.Check(Org(1, OrganizationKind.Cell), null, hasChildren: true));
        Assert.Empty(OrganizationTree.Check(Org(1, OrganizationKind.PartyCommittee), null, hasChildren: true));
        Assert.Contains(TreeProblem.HasChildren,
            OrganizationTree.Check(Org(1, OrganizationKind.AffiliatedCell, 7), Org(7, OrganizationKind.PartyCommittee), hasChildren: true));
    }

    [Fact]
    public void The_parent_is_of_the_same_committee_and_not_the_organization_itself()
    {
        var parent = Org(1, OrganizationKind.PartyCommittee, committeeId: 2);
        Assert.Equal([TreeProblem.ParentOfAnotherCommittee], OrganizationTree.Check(Org(2, OrganizationKind.AffiliatedCell), parent));

        var self = Org(4, OrganizationKind.AffiliatedCell);
        Assert.Contains(TreeProblem.OwnParent, OrganizationTree.Check(self, self));
    }
}
