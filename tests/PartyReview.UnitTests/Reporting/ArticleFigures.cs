using PartyReview.Domain.Movements;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

namespace PartyReview.UnitTests.Reporting;

/// <summary>The figures of the 2019 article of Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng, as grouped counts.</summary>
internal static class ArticleFigures
{
    public static YearTally Tally2019 { get; } = new(
        2019,
        RuleSet.Regulation132Guidance21,
        ReviewPeriodStatus.Decided,
        new SubjectTally(SubjectKind.Organization,
        [
            new(QualityLevel.Excellent, null, 17), new(QualityLevel.Good, null, 45), new(QualityLevel.Complete, null, 4),
            new(null, NotRatedReason.NewlyFounded, 2),
        ]),
        new SubjectTally(SubjectKind.Leadership,
        [
            new(QualityLevel.Excellent, null, 17), new(QualityLevel.Good, null, 37), new(QualityLevel.Complete, null, 4),
            new(null, NotRatedReason.NewlyFounded, 2),
        ]),
        new SubjectTally(SubjectKind.Member,
        [
            new(QualityLevel.Excellent, null, 386), new(QualityLevel.Good, null, 2221), new(QualityLevel.Complete, null, 49),
            new(QualityLevel.NotComplete, null, 6), new(null, NotRatedReason.NewlyAdmitted, 61), new(null, NotRatedReason.Exempt, 22),
            new(null, NotRatedReason.Suspended, 3),
        ]));

    public static MovementTally Movements2019 { get; } = new(
        [
            (MembershipEventKind.Admitted, 145), (MembershipEventKind.MadeOfficial, 132), (MembershipEventKind.TransferredOut, 165),
            (MembershipEventKind.TransferredIn, 70), (MembershipEventKind.Removed, 2), (MembershipEventKind.StruckOff, 1),
            (MembershipEventKind.PartyCardIssued, 148),
        ],
        admissionTarget: 120);
}
