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
    public const string DecisionChanged = "Commendations.DecisionChanged";
    public const string NumberTaken = "Commendations.NumberTaken";
    public const string NeedsRecipient = "Commendations.NeedsRecipient";
    public const string WrongStatus = "Commendations.WrongStatus";
    public const string ClauseTooLong = "Commendations.ClauseTooLong";
    public const string PeriodNotDecided = "Commendations.PeriodNotDecided";
    public const string PeriodNotDecidedDraft = "Commendations.PeriodNotDecidedDraft";

    // Labels of the decision's wording (the draft's page and the committee's settings).
    public const string Preamble = "Decision.Preamble";
    public const string PreambleHelp = "Decision.PreambleHelp";
    public const string Proposal = "Decision.Proposal";
    public const string Article2 = "Decision.Article2";
    public const string Article3 = "Decision.Article3";
    public const string Recipients = "Decision.Recipients";
    public const string RecipientsHelp = "Decision.RecipientsHelp";
    public const string Wording = "Decision.Wording";
    public const string SettingsWordingHelp = "Decision.SettingsWordingHelp";

    private CommendationsMessages()
    {
    }
}
