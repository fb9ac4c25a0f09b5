namespace PartyReview.Domain.Reporting;

/// <summary>
/// The year's commendations for the report: how many are eligible (computed from the reviews) and how many were
/// awarded by issued decisions (null when no decision for that award has been issued). The organizations commended for
/// Party-building work are chosen by the committee among the HTXSNV ones, so only a decision gives their number.
/// </summary>
public sealed record CommendationTally(
    int Year,
    string ExemplaryAwardName,
    int ExemplaryEligible,
    int? ExemplaryAwarded,
    int? PartyBuildingAwarded,
    int? ExcellentMembersAwarded,
    int ConsecutiveYears,
    int ConsecutiveEligible,
    int? ConsecutiveAwarded)
{
    public int FirstConsecutiveYear => Year - ConsecutiveYears + 1;
}
