using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Reviews;

namespace PartyReview.Web.Features.Admin.Settings;

/// <summary>The committee's settings, read by the reports, the printed decisions and the opening of a period.</summary>
public sealed class CommitteeSettingsForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Committee.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Settings.Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Committee.ShortNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Settings.ShortName")]
    public string? ShortName { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Committee.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Settings.UpperBodyName")]
    public string? UpperBodyName { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Committee.PlaceMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Settings.Place")]
    public string? Place { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Committee.SymbolMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Settings.DocumentSymbol")]
    public string? DocumentSymbol { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(1945, 2100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Settings.TermStartYear")]
    public int? TermStartYear { get; set; }

    [StringLength(Committee.ShortNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Settings.DefaultSigner")]
    public string? DefaultSigner { get; set; }

    [StringLength(Committee.ShortNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Settings.DefaultSignerTitle")]
    public string? DefaultSignerTitle { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0, 100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Settings.DefaultQuota")]
    public int? DefaultExcellenceQuotaPercent { get; set; } = Committee.DefaultQuotaPercent;

    /// <summary>The default wording of decisions (see DecisionClauses); empty keeps the built-in wording.</summary>
    public string? DecisionPreamble { get; set; }
    public string? DecisionProposal { get; set; }
    public string? DecisionArticle2 { get; set; }
    public string? DecisionArticle3 { get; set; }
    public string? DecisionRecipients { get; set; }

    /// <summary>The committee's version the form was shown at; a save from an older one is refused as a conflict.</summary>
    public int? Version { get; set; }
}

public sealed class SettingsViewModel
{
    /// <summary>False on a new installation: saving creates the committee.</summary>
    public required bool Exists { get; init; }
    public required CommitteeSettingsForm Form { get; init; }

    /// <summary>The built-in wording of decisions for this year, shown as the placeholders of the empty fields.</summary>
    public DecisionClauses? BuiltInWording { get; init; }

    /// <summary>The award names and numbers of years of each period, set on the period's page.</summary>
    public required IReadOnlyList<PeriodAwardLine> Periods { get; init; }
}

public sealed record PeriodAwardLine(int Year, ReviewPeriodStatus Status, int QuotaPercent, string ExemplaryAwardName, bool IsDefaultName, int ConsecutiveYears);
