using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Organizations;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Organizations;

/// <summary>An organization in a form's list: id, code, name.</summary>
public sealed record OrganizationOption(int Id, string Code, string Name);

public sealed record OrganizationLine(int Id, string Code, string Name, OrganizationKind Kind, DateOnly FoundedOn, DateOnly? DissolvedOn, bool HasExecutiveCommittee, int Members);

public sealed class OrganizationListViewModel
{
    public required PagedList<OrganizationLine> Organizations { get; init; }
    public string? Query { get; init; }
    public OrganizationKind? Kind { get; init; }
    public bool CanManage { get; set; }
}

public sealed class OrganizationForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Organization.CodeMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression("^[A-Za-z0-9_.-]+$", ErrorMessage = "Validation.Code")]
    [Display(Name = "Organization.Code")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Organization.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Organization.Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Organization.Kind")]
    public OrganizationKind? Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Organization.FoundedOn")]
    public DateOnly? FoundedOn { get; set; }

    [Display(Name = "Organization.DissolvedOn")]
    public DateOnly? DissolvedOn { get; set; }

    [Display(Name = "Organization.HasExecutiveCommittee")]
    public bool HasExecutiveCommittee { get; set; } = true;

    /// <summary>For a chi bộ trực thuộc: the code of its đảng bộ cơ sở (ADR 0008); empty for a TCCS.</summary>
    [StringLength(Organization.CodeMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Organization.ParentCode")]
    public string? ParentCode { get; set; }

    /// <summary>An existing organization: the version the form was shown at; a save from an older one is refused as a conflict.</summary>
    public int? Version { get; set; }
}

public sealed class OrganizationDetailsViewModel
{
    public required int Id { get; init; }
    public required OrganizationForm Organization { get; init; }
    public required int Members { get; init; }
    public required IReadOnlyList<HistoryLine> History { get; init; }
    public bool CanManage { get; set; }
}
