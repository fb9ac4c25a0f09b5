namespace PartyReview.Web.Features.Organizations;

/// <summary>The Organizations feature's messages (Resources/Features/Organizations/OrganizationsMessages.resx, Vietnamese, and .en.resx).</summary>
public sealed class OrganizationsMessages
{
    public const string CodeTaken = "Organizations.CodeTaken";
    public const string DissolvedBeforeFounded = "Organizations.DissolvedBeforeFounded";
    public const string FoundedInFuture = "Organizations.FoundedInFuture";
    public const string ParentUnknown = "Organizations.ParentUnknown";
    public const string ParentMissing = "Organizations.ParentMissing";
    public const string ParentInvalid = "Organizations.ParentInvalid";
    public const string HasChildren = "Organizations.HasChildren";

    /// <summary>Every key the feature's services return, for the resources' parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } = [CodeTaken, DissolvedBeforeFounded, FoundedInFuture, ParentUnknown, ParentMissing, ParentInvalid, HasChildren];
}
