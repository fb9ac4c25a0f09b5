namespace PartyReview.Web.Features.Reports;

/// <summary>
/// The reports' refusals: Resources/Features/Reports/ReportsMessages.resx (Vietnamese) and .en.resx (English),
/// resolved with <c>IStringLocalizer&lt;ReportsMessages&gt;</c>.
/// </summary>
public sealed class ReportsMessages
{
    public const string TextEmpty = "Reports.TextEmpty";
    public const string TextTooLong = "Reports.TextTooLong";

    private ReportsMessages()
    {
    }
}
