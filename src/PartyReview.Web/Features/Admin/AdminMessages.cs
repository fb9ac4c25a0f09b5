namespace PartyReview.Web.Features.Admin;

/// <summary>
/// The administration's refusals: Resources/Features/Admin/AdminMessages.resx (Vietnamese) and .en.resx (English),
/// resolved with <c>IStringLocalizer&lt;AdminMessages&gt;</c>.
/// </summary>
public sealed class AdminMessages
{
    public const string ConfirmLockedOut = "Admin.ConfirmLockedOut";
    public const string ConfirmWrong = "Admin.ConfirmWrong";
    public const string OwnAdminRole = "Admin.OwnAdminRole";
    public const string AdminNeeded = "Admin.AdminNeeded";
    public const string LastAdmin = "Admin.LastAdmin";
    public const string LinkForInactive = "Admin.LinkForInactive";
    public const string ChooseRole = "Admin.ChooseRole";
    public const string SecretaryNeedsOrganization = "Admin.SecretaryNeedsOrganization";
    public const string OrganizationOutside = "Admin.OrganizationOutside";

    /// <summary>Identity refused the account ({0}: its messages, already in the user's language).</summary>
    public const string IdentityRefused = "Admin.IdentityRefused";

    private AdminMessages()
    {
    }
}
