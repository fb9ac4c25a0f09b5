namespace PartyReview.Web.Features.Commendations;

/// <summary>
/// The commendations' refusals: Resources/Features/Commendations/CommendationsMessages.resx (Vietnamese) and .en.resx
/// (English), resolved with <c>IStringLocalizer&lt;CommendationsMessages&gt;</c>.
/// </summary>
public sealed class CommendationsMessages
{
    public const string NoPeriod = "Commendations.NoPeriod";
    public const string NoRecipients = "Commendations.NoRecipients";
    public const string Ineligible = "Commendations.Ineligible";
    public const string AlreadyAwarded = "Commendations.AlreadyAwarded";
    public const string DecisionNotFound = "Commendations.DecisionNotFound";
    public const string DecisionLocked = "Commendations.DecisionLocked";
    public const string NumberTaken = "Commendations.NumberTaken";
    public const string NeedsRecipient = "Commendations.NeedsRecipient";
    public const string WrongStatus = "Commendations.WrongStatus";

    private CommendationsMessages()
    {
    }
}
