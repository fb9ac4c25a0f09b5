using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Members;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Members;

public sealed record MemberLine(int Id, string MemberCode, string FullName, Gender Gender, DateOnly BirthDate, DateOnly AdmittedOn, MemberStatus Status, string? PartyCardNumber, string? Organization, DateOnly? LeftOn);

public sealed record OrganizationOption(int Id, string Code, string Name);

public sealed class MemberListViewModel
{
    public required PagedList<MemberLine> Members { get; init; }
    public required IReadOnlyList<OrganizationOption> Organizations { get; init; }
    public string? Query { get; init; }
    public int? OrganizationId { get; init; }
    public MemberStatus? Status { get; init; }
    public bool IncludeLeft { get; init; }
    public bool CanManage { get; set; }
}

public sealed class MemberForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Member.CodeMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression("^[A-Za-z0-9_.-]+$", ErrorMessage = "Validation.Code")]
    [Display(Name = "Member.Code")]
    public string? MemberCode { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Member.FullNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Entry.Member")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Member.Gender")]
    public Gender? Gender { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Member.BirthDate")]
    public DateOnly? BirthDate { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Member.AdmittedOn")]
    public DateOnly? AdmittedOn { get; set; }

    [Display(Name = "Member.OfficialOn")]
    public DateOnly? OfficialOn { get; set; }

    [StringLength(Member.CardNumberMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression("^[0-9]+$", ErrorMessage = "Validation.Digits")]
    [Display(Name = "Member.CardNumber")]
    public string? PartyCardNumber { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Member.Status")]
    public MemberStatus? Status { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Subject.Organization")]
    public int? OrganizationId { get; set; }
}

public sealed class MemberEditViewModel
{
    public int? Id { get; init; }
    public required MemberForm Member { get; init; }
    public required IReadOnlyList<OrganizationOption> Organizations { get; init; }
}

public sealed class MemberDetailsViewModel
{
    public required MemberLine Member { get; init; }
    public required IReadOnlyList<HistoryLine> History { get; init; }
    public required IReadOnlyList<MemberReviewLine> Reviews { get; init; }
    public bool CanManage { get; set; }
}

public sealed record MemberReviewLine(int Year, Domain.Reviews.QualityLevel? Level, decimal? Score, Domain.Reviews.NotRatedReason? Reason, string Organization);
