using PartyReview.Web.Features.Organizations;
using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Members;

public sealed record MemberLine(int Id, string MemberCode, string FullName, Gender Gender, DateOnly BirthDate, DateOnly AdmittedOn, MemberStatus Status, string? PartyCardNumber, string? Organization, DateOnly? LeftOn);


public sealed class MemberListViewModel
{
    /// <summary>Membership as the ledger gives it at the end of this date, instead of today.</summary>
    public DateOnly? On { get; init; }
    public required PagedList<MemberLine> Members { get; init; }
    public required OrganizationChoiceModel Organizations { get; init; }
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

    // How the member enters the ledger (new members only): admitted here, or received from outside the committee.
    // Organization, status and card then follow from the ledger; later changes are ledger entries.

    [Display(Name = "Member.Entry")]
    public MembershipEventKind? EntryKind { get; set; }

    /// <summary>The Party admission date: the admission itself, or (received) the date on the member's file.</summary>
    [Display(Name = "Member.AdmittedOn")]
    public DateOnly? AdmittedOn { get; set; }

    /// <summary>Received members: the date they arrived.</summary>
    [Display(Name = "Member.ReceivedOn")]
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>Received members who are already official: since when.</summary>
    [Display(Name = "Member.OfficialOn")]
    public DateOnly? OfficialOn { get; set; }

    /// <summary>Received members: the card they bring.</summary>
    [StringLength(Member.CardNumberMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression("^[0-9]+$", ErrorMessage = "Validation.Digits")]
    [Display(Name = "Member.CardNumber")]
    public string? PartyCardNumber { get; set; }

    [Display(Name = "Subject.Organization")]
    public int? OrganizationId { get; set; }

    [StringLength(MembershipEvent.DecisionNumberMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Movement.Decision")]
    public string? DecisionNumber { get; set; }
    /// <summary>An existing member: the version the form was shown at; a save from an older one is refused as a conflict.</summary>
    public int? Version { get; set; }
}

public sealed class MemberEditViewModel
{
    public int? Id { get; init; }
    public required MemberForm Member { get; init; }
    public required OrganizationChoiceModel Organizations { get; init; }

    /// <summary>An existing member's ledger-held facts, shown read-only beside the form.</summary>
    public MemberLine? Current { get; init; }
}

public sealed class MemberDetailsViewModel
{
    public required MemberLine Member { get; init; }
    public required IReadOnlyList<HistoryLine> History { get; init; }
    public required IReadOnlyList<MemberReviewLine> Reviews { get; init; }

    /// <summary>Quy định 366: each step recorded for the member, by year (the grid's three values side by side).</summary>
    public IReadOnlyList<MemberStepLine> Steps { get; init; } = [];
    public required Movements.MemberLedgerViewModel Ledger { get; init; }
    public bool CanManage { get; set; }
}

public sealed record MemberReviewLine(int Year, Domain.Reviews.QualityLevel? Level, decimal? Score, Domain.Reviews.NotRatedReason? Reason, string Organization);

/// <summary>One step of a member's Quy định 366 review: its value, who recorded it and when.</summary>
public sealed record MemberStepLine(
    int Year, Domain.Reviews.Steps.ReviewStep Step, decimal? Score, decimal? CommonPoints, decimal? TaskPoints,
    Domain.Reviews.QualityLevel? Level, Domain.Reviews.NotRatedReason? Reason, string? AdjustmentReason, string? RecordedBy, DateTime RecordedAt);
