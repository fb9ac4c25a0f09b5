using PartyReview.Domain.Committees;

namespace PartyReview.Web.Features.Province;

/// <summary>The Province feature's messages (Resources/Features/Province/ProvinceMessages.resx, Vietnamese, and .en.resx).</summary>
public sealed class ProvinceMessages
{
    public const string UnknownCommittee = "Province.Move.UnknownCommittee";
    public const string SameCommittee = "Province.Move.SameCommittee";
    public const string CommitteeEnded = "Province.Move.CommitteeEnded";
    public const string NothingToMove = "Province.Move.NothingToMove";
    public const string SourceHasOpenPeriod = "Province.Move.SourceHasOpenPeriod";
    public const string TargetDecidedYear = "Province.Move.TargetDecidedYear";
    public const string UnknownCode = "Province.Move.UnknownCode";
    public const string AffiliatedCellCode = "Province.Move.AffiliatedCellCode";
    public const string CodeTaken = "Province.Move.CodeTaken";
    public const string MemberCodeTaken = "Province.Move.MemberCodeTaken";
    public const string Moved = "Province.Move.Moved";
    public const string Reversed = "Province.Move.Reversed";
    public const string CannotReverse = "Province.Move.CannotReverse";

    /// <summary>Every key the feature's services return, for the resources' parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        UnknownCommittee, SameCommittee, CommitteeEnded, NothingToMove, SourceHasOpenPeriod, TargetDecidedYear, UnknownCode,
        AffiliatedCellCode, CodeTaken, MemberCodeTaken, Moved, Reversed, CannotReverse,
    ];

    public static string KeyOf(MoveProblem problem) => problem switch
    {
        MoveProblem.SameCommittee => SameCommittee,
        MoveProblem.CommitteeEnded => CommitteeEnded,
        MoveProblem.NothingToMove => NothingToMove,
        MoveProblem.SourceHasOpenPeriod => SourceHasOpenPeriod,
        _ => TargetDecidedYear,
    };
}
