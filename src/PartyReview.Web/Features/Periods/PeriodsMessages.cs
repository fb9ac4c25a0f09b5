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
    public const string PendingAndAbsent = "Periods.PendingAndAbsent";
    public const string Absent = "Periods.Absent";
    public const string NotDecided = "Periods.NotDecided";
    public const string MovedAway = "Periods.MovedAway";
    public const string SettingsLocked = "Periods.SettingsLocked";
    public const string NotOpenForProposals = "Periods.NotOpenForProposals";
    public const string ProposalsChanged = "Periods.ProposalsChanged";
    public const string ChangedMeanwhile = "Periods.ChangedMeanwhile";

    // The criteria frames page: the service's refusals and the page's labels.
    public const string FrameNoPointScale = "Periods.FrameNoPointScale";
    public const string FrameLocked = "Periods.FrameLocked";
    public const string FrameFixed = "Periods.FrameFixed";
    public const string FrameNotANumber = "Periods.FrameNotANumber";
    public const string FrameSaved = "Frames.Saved";
    public const string FramesTitle = "Frames.Title";
    public const string FramesExplain = "Frames.Explain";
    public const string FramesDefault = "Frames.Default";
    public const string FramesAdjusted = "Frames.Adjusted";
    public const string FramesCommon = "Frames.Group.Common";
    public const string FramesTasks = "Frames.Group.Tasks";
    public const string FramesMaximum = "Frames.Maximum";
    public const string FramesItem = "Frames.Item";
    public const string FramesPosition = "Frames.Position";
    public const string FramesGroup = "Frames.Group";
    public const string FramesRemove = "Frames.Remove";
    public const string FramesNoPoints = "Frames.NoPoints";
    public const string FramesAddHint = "Frames.AddHint";
    public const string FramesSave = "Frames.Save";
    public const string FramesLink = "Frames.Link";
    public const string FramesReadOnly = "Frames.ReadOnly";
    public const string FramesRefused = "Frames.Refused";

    /// <summary>The criteria frames page's keys.</summary>
    public static IReadOnlyList<string> FrameKeys { get; } =
    [
        FrameNoPointScale,
        FrameLocked,
        FrameFixed,
        FrameNotANumber,
        FrameSaved,
        FramesTitle,
        FramesExplain,
        FramesDefault,
        FramesAdjusted,
        FramesCommon,
        FramesTasks,
        FramesMaximum,
        FramesItem,
        FramesPosition,
        FramesGroup,
        FramesRemove,
        FramesNoPoints,
        FramesAddHint,
        FramesSave,
        FramesLink,
        FramesReadOnly,
        FramesRefused,
    ];

    /// <summary>Every key the feature's services return, for the resources' parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [
            NoCommittee, ReviewDateOutsideYear, AlreadyOpened, NotFound, AlreadyDecided, Pending, PendingAndAbsent, Absent, NotDecided, MovedAway, SettingsLocked,
            NotOpenForProposals, ProposalsChanged, ChangedMeanwhile, .. FrameKeys,
        ];
}
