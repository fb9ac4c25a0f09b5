using System.ComponentModel.DataAnnotations;
using PartyReview.Data.Identity;
using PartyReview.Web.Features.Account;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Admin.Accounts;

/// <summary>The account list with its filters.</summary>
public sealed class AccountListViewModel
{
    public required PagedList<AccountLine> Accounts { get; init; }
    public required AccountFilter Filter { get; init; }
    public required AccountOrganizationChoices Organizations { get; init; }
}

public sealed class AccountFilter
{
    public string? Q { get; set; }
    public string? Role { get; set; }

    /// <summary>Only the accounts locked out now.</summary>
    public bool Locked { get; set; }
    public int? OrganizationId { get; set; }

    /// <summary>"active" (default), "inactive" or "all".</summary>
    public string? Status { get; set; }
    public int? Page { get; set; }
}

public sealed record AccountLine(
    string Id, string Email, string FullName, IReadOnlyList<string> Roles, string? Organization, bool IsActive, DateTimeOffset? LockedUntil, bool HasPassword);

public sealed record OrganizationOption(int Id, string Label);

/// <summary>
/// The organizations a Secretary can be bound to, as a drop-down offers them: at most 100 by code and the selected one;
/// searchable (a search box asking <c>/Organizations/Options</c>) when the committee has more.
/// </summary>
public sealed record AccountOrganizationChoices(IReadOnlyList<OrganizationOption> Options, bool Searchable);

/// <summary>The Admin's own password, asked again before a sensitive action.</summary>
public class ConfirmForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Accounts.AdminPassword")]
    public string AdminPassword { get; set; } = "";
}

/// <summary>What the Admin sets on an account: name, roles and, for a Secretary, the one organization.</summary>
public class AccountEditForm : ConfirmForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(AppUser.FullNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Accounts.FullName")]
    public string? FullName { get; set; }

    [Display(Name = "Accounts.Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Accounts.Organization")]
    public int? OrganizationId { get; set; }
}

public sealed class AccountCreateForm : AccountEditForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Account.Email")]
    public string? Email { get; set; }
}

/// <summary>The create form with what it needs to render.</summary>
public sealed class AccountCreateViewModel
{
    public required AccountCreateForm Form { get; init; }
    public required AccountOrganizationChoices Organizations { get; init; }
}

public sealed class AccountDetailsViewModel
{
    public required string Id { get; init; }
    public required string Email { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public string? OrganizationName { get; init; }
    public required bool IsActive { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public required int FailedAttempts { get; init; }
    public required bool HasPassword { get; init; }
    public required bool IsSelf { get; init; }
    public required AccountEditForm Form { get; set; }
    public required AccountOrganizationChoices Organizations { get; init; }
    public required IReadOnlyList<SignInLine> RecentSignIns { get; init; }
    public required IReadOnlyList<HistoryLine> History { get; init; }

    /// <summary>Which of the page's forms the last error belongs to.</summary>
    public string? FailedAction { get; set; }
}

/// <summary>The one-time link shown to the Admin, to hand over.</summary>
public sealed record ResetLinkViewModel(string Id, string Email, string FullName, string Link, DateTimeOffset ExpiresAt, bool NewAccount);
