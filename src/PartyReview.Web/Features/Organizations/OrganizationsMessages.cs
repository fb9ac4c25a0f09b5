namespace PartyReview.Web.Features.Organizations;

/// <summary>The Organizations feature's messages (Resources/Features/Organizations/OrganizationsMessages.resx, Vietnamese, and .en.resx).</summary>
public sealed class OrganizationsMessages
{
    public const string CodeTaken = "Organizations.CodeTaken";
    public const string DissolvedBeforeFounded = "Organizations.DissolvedBeforeFounded";
    public const string FoundedInFuture = "Organizations.FoundedInFuture";

    /// <summary>Every key the feature's services return, for the resources' parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } = [CodeTaken, DissolvedBeforeFounded, FoundedInFuture];
}
