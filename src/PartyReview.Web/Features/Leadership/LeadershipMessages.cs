using PartyReview.Domain.Organizations;

namespace PartyReview.Web.Features.Leadership;

/// <summary>The Leadership feature's messages (Resources/Features/Leadership/LeadershipMessages.resx, Vietnamese, and .en.resx).</summary>
public sealed class LeadershipMessages
{
    public const string EndsBeforeStart = "Leadership.EndsBeforeStart";
    public const string SecondSecretary = "Leadership.SecondSecretary";
    public const string MemberAlreadySeated = "Leadership.MemberAlreadySeated";
    public const string NotAMemberOnStart = "Leadership.NotAMemberOnStart";
    public const string CannotEnd = "Leadership.CannotEnd";
    public const string Changed = "Leadership.Changed";
    public const string Added = "Leadership.Added";
    public const string Ended = "Leadership.Ended";
    public const string Removed = "Leadership.Removed";

    /// <summary>Every key the feature's services return, for the resources' parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [EndsBeforeStart, SecondSecretary, MemberAlreadySeated, NotAMemberOnStart, CannotEnd, Changed, Added, Ended, Removed];

    public static string KeyOf(SeatProblem problem) => problem switch
    {
        SeatProblem.EndsBeforeStart => EndsBeforeStart,
        SeatProblem.SecondSecretary => SecondSecretary,
        SeatProblem.MemberAlreadySeated => MemberAlreadySeated,
        _ => NotAMemberOnStart,
    };
}
