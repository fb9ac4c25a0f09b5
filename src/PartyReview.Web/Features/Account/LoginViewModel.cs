using System.ComponentModel.DataAnnotations;

namespace PartyReview.Web.Features.Account;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Account.RememberMe")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>The demo accounts, shown on the page in Development only.</summary>
    public IReadOnlyList<(string Email, string Role)> DemoAccounts { get; set; } = [];
    public string? DemoPassword { get; set; }
}
