using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Organizations;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Organizations;

/// <summary>An organization in a form's list: id, code, name.</summary>
public sealed record OrganizationOption(int Id, string Code, string Name)
{
    /// <summary>"TCCS02 – Đảng bộ Sở Tài chính", as a drop-down shows it.</summary>
    public string Label => Code.Length == 0 ? Name : $"{Code} – {Name}";
}

/// <summary>
/// What an organization drop-down offers: at most <see cref="MaxOptions"/> organizations by code (and the one selected).
/// When the committee has more, <see cref="Searchable"/> is set and the page shows a search box beside the drop-down
/// that asks the server for the matching organizations (<c>/Organizations/Options?q=</c>), so no page carries thousands
/// of options.
/// </summary>
public sealed record OrganizationChoiceModel(IReadOnlyList<OrganizationOption> Options, bool Searchable)
{
    public const int MaxOptions = 100;

    /// <summary>The first <see cref="MaxOptions"/> of <paramref name="ordered"/> (read one more to know there are more), with <paramref name="selected"/> kept.</summary>
    public static OrganizationChoiceModel From(IReadOnlyList<OrganizationOption> ordered, OrganizationOption? selected)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var shown = ordered.Take(MaxOptions).ToList();
        if (selected is not null && shown.All(o => o.Id != selected.Id))
        {
            shown.Insert(0, selected);
        }

        return new(shown, ordered.Count > MaxOptions);
    }
}

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
