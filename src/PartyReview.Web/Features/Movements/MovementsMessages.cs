using System.Globalization;
using System.Resources;
using PartyReview.Domain.Movements;

namespace PartyReview.Web.Features.Movements;

/// <summary>
/// The Movements feature's messages (Resources/Features/Movements/MovementsMessages.resx, Vietnamese, and .en.resx):
/// the ledger use cases' refusals, and the wording of the domain's <see cref="LedgerErrorKeys"/>.
/// </summary>
public sealed class MovementsMessages
{
    public const string LockedYear = "Movements.LockedYear";
    public const string CodeTaken = "Movements.CodeTaken";
    public const string TooYoung = "Movements.TooYoung";
    public const string AdmitFirst = "Movements.AdmitFirst";
    public const string ReceivingOrganizationRequired = "Movements.ReceivingOrganizationRequired";
    public const string DestinationUnknown = "Movements.DestinationUnknown";
    public const string DestinationIsCurrent = "Movements.DestinationIsCurrent";
    public const string CardTaken = "Movements.CardTaken";
    public const string OnlyLastEntry = "Movements.OnlyLastEntry";
    public const string OnlyEntry = "Movements.OnlyEntry";
    public const string OrganizationUnknown = "Movements.OrganizationUnknown";
    public const string AdmissionInFuture = "Movements.AdmissionInFuture";
    public const string NoAdmissionRows = "Movements.NoAdmissionRows";
    public const string FullNameRequired = "Movements.FullNameRequired";
    public const string GenderRequired = "Movements.GenderRequired";
    public const string BirthDateRequired = "Movements.BirthDateRequired";
    public const string TargetOutOfRange = "Movements.TargetOutOfRange";

    /// <summary>Every key the feature's services return, for the resources' parity test.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        LockedYear, CodeTaken, TooYoung, AdmitFirst, ReceivingOrganizationRequired, DestinationUnknown, DestinationIsCurrent, CardTaken, OnlyLastEntry, OnlyEntry,
        OrganizationUnknown, AdmissionInFuture, NoAdmissionRows, FullNameRequired, GenderRequired, BirthDateRequired, TargetOutOfRange,
        .. LedgerErrorKeys.All,
    ];

    private static readonly ResourceManager Resources = new("PartyReview.Web.Resources.Features.Movements.MovementsMessages", typeof(MovementsMessages).Assembly);

    /// <summary>
    /// A ledger refusal in Vietnamese (the resources' default), for a text that is written without a request's
    /// localizer (the import's report). Pages use <c>IStringLocalizer&lt;MovementsMessages&gt;</c>.
    /// </summary>
    public static string Vietnamese(LedgerError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var format = Resources.GetString(error.MessageKey, CultureInfo.InvariantCulture) ?? error.MessageKey;
        return string.Format(CultureInfo.GetCultureInfo("vi-VN"), format, error.Arguments);
    }
}
