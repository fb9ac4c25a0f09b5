using System.ComponentModel.DataAnnotations;

namespace PartyReview.Web.Features.Account;

/// <summary>"Tài khoản của tôi".</summary>
public sealed class ProfileViewModel
{
    public required string Email { get; init; }
    public required string FullName { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public string? OrganizationName { get; init; }
    public required IReadOnlyList<SignInLine> RecentSignIns { get; init; }
    public required string PasswordPolicy { get; init; }
    public ChangePasswordForm Password { get; set; } = new();
}

/// <summary>One sign-in of the account: when, whether it succeeded, from where.</summary>
public sealed record SignInLine(DateTime OccurredAt, bool Succeeded, string? Detail, string? Browser);

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Profile.CurrentPassword")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Profile.NewPassword")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Profile.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>Setting a password from the link the Admin handed over.</summary>
public sealed class ResetPasswordForm
{
    public string? UserId { get; set; }
    public string? Token { get; set; }

    /// <summary>Shown, not posted: the account the link is for.</summary>
    public string? Email { get; set; }

    public string PasswordPolicy { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Profile.NewPassword")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Profile.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";
}
