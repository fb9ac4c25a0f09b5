namespace PartyReview.Domain.Commendations;

public enum AwardKind
{
    /// <summary>TCCS "Trong sạch vững mạnh tiêu biểu" (newer: "Hoàn thành xuất sắc nhiệm vụ tiêu biểu").</summary>
    ExemplaryOrganization = 1,

    /// <summary>TCCS with outstanding Party-building work in the year.</summary>
    OutstandingPartyBuilding = 2,

    /// <summary>Member rated HTXSNV in the year.</summary>
    ExcellentMember = 3,

    /// <summary>Member rated HTXSNV in each of several consecutive years.</summary>
    ExcellentMemberConsecutiveYears = 4,
}

/// <summary>A Giấy khen awarded to an organization or a member for a year, within a decision.</summary>
public class Commendation
{
    public const int CitationMaxLength = 500;

    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public int Year { get; set; }
    public AwardKind Award { get; set; }
    public int? OrganizationId { get; set; }
    public int? MemberId { get; set; }

    /// <summary>The achievement printed beside the recipient (thành tích).</summary>
    public string? Citation { get; set; }

    /// <summary>The decision awarding it; null for awards recorded without one.</summary>
    public int? DecisionId { get; set; }
}
