using Microsoft.Extensions.Localization;
using PartyReview.Web.Features.Movements;

namespace PartyReview.Web.Features.Members;

/// <summary>The Members feature's messages (Resources/Features/Members/MembersMessages.resx, Vietnamese, and .en.resx).</summary>
public sealed class MembersMessages
{
    public const string EntryKindRequired = "Members.EntryKindRequired";
    public const string OrganizationRequired = "Members.OrganizationRequired";
    public const string AdmittedOnRequired = "Members.AdmittedOnRequired";
    public const string AdmittedOnInFuture = "Members.AdmittedOnInFuture";
    public const string ReceivedOnRequired = "Members.ReceivedOnRequired";
    public const string ReceivedBeforeAdmission = "Members.ReceivedBeforeAdmission";
    public const string OfficialTooEarly = "Members.OfficialTooEarly";

    /// <summary>Every key the feature's services return, for the resources' parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        EntryKindRequired, OrganizationRequired, AdmittedOnRequired, AdmittedOnInFuture, ReceivedOnRequired,
        ReceivedBeforeAdmission, OfficialTooEarly,
    ];
}

/// <summary>
/// The messages of a member's file and ledger together: a new member is checked by the Members feature and their first
/// entry by the ledger (Movements), so the member form and batch admissions show errors from both resources.
/// </summary>
public sealed class MembershipMessages(IStringLocalizer<MembersMessages> members, IStringLocalizer<MovementsMessages> ledger) : IStringLocalizer
{
    public LocalizedString this[string name] => Pick(name)[name];

    public LocalizedString this[string name, params object[] arguments] => Pick(name)[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        members.GetAllStrings(includeParentCultures).Concat(ledger.GetAllStrings(includeParentCultures));

    private IStringLocalizer Pick(string name) => members[name].ResourceNotFound ? ledger : members;
}
