namespace PartyReview.Web.Features.Periods;

/// <summary>The Periods feature's messages (Resources/Features/Periods/PeriodsMessages.resx, Vietnamese, and .en.resx).</summary>
public sealed class PeriodsMessages
{
    public const string NoCommittee = "Periods.NoCommittee";
    public const string ReviewDateOutsideYear = "Periods.ReviewDateOutsideYear";
    public const string AlreadyOpened = "Periods.AlreadyOpened";
    public const string NotFound = "Periods.NotFound";
    public const string AlreadyDecided = "Periods.AlreadyDecided";
    public const string Pending = "Periods.Pending";
    public const string NotDecided = "Periods.NotDecided";
    public const string SettingsLocked = "Periods.SettingsLocked";
    public const string NotOpenForProposals = "Periods.NotOpenForProposals";

    /// <summary>Every key the feature's services return, for the resources' parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [NoCommittee, ReviewDateOutsideYear, AlreadyOpened, NotFound, AlreadyDecided, Pending, NotDecided, SettingsLocked, NotOpenForProposals];
}
