using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Web.Features.Organizations;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Movements;

/// <summary>One line of a member's ledger as the member page shows it.</summary>
public sealed record LedgerLine(
    int Id, MembershipEventKind Kind, DateOnly OccurredOn, string Organization, string? Counterpart, string? CardNumber,
    string? DecisionNumber, string? Note, string? RecordedBy, DateTime? RecordedAt, bool IsLast, bool IsLocked);

/// <summary>The next entry of a member's ledger, or a correction of one.</summary>
public sealed class EventForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Movement.Kind")]
    public MembershipEventKind? Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Movement.Date")]
    public DateOnly? OccurredOn { get; set; }

    /// <summary>Transfer out: the organization of the committee the member moves to (none: outside the committee). Transfer in: where the member is received.</summary>
    [Display(Name = "Movement.Organization")]
    public int? OrganizationId { get; set; }

    [StringLength(MembershipEvent.DecisionNumberMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Movement.Decision")]
    public string? DecisionNumber { get; set; }

    [StringLength(MembershipEvent.NoteMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Movement.Note")]
    public string? Note { get; set; }

    [StringLength(Member.CardNumberMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression("^[0-9]+$", ErrorMessage = "Validation.Digits")]
    [Display(Name = "Member.CardNumber")]
    public string? CardNumber { get; set; }

    /// <summary>The member's version the page showed; an entry posted from an older one is refused as a conflict.</summary>
    public int? MemberVersion { get; set; }
}

/// <summary>Removing the last entry of a ledger: only with a reason, which the audit keeps.</summary>
public sealed class DeleteEventForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Movement.DeleteReason")]
    public string? Reason { get; set; }

    /// <summary>The member's version the page showed; a removal posted from an older one is refused as a conflict.</summary>
    public int? MemberVersion { get; set; }
}

public sealed class MemberLedgerViewModel
{
    public required int MemberId { get; init; }
    public required string FullName { get; init; }

    /// <summary>The member's version the page shows: every ledger form posts it back.</summary>
    public int MemberVersion { get; init; }
    public required IReadOnlyList<LedgerLine> Lines { get; init; }
    public required OrganizationChoiceModel Organizations { get; init; }
    public required EventForm Next { get; init; }
    public bool CanRecord { get; set; }
    public int? EditingId { get; init; }
    public EventForm? Editing { get; init; }
}

/// <summary>Twenty admissions from one decision: the shared facts and one row per new member.</summary>
public sealed class AdmissionBatchForm
{
    public const int MaxRows = 50;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Subject.Organization")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Member.AdmittedOn")]
    public DateOnly? AdmittedOn { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MembershipEvent.DecisionNumberMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Movement.Decision")]
    public string? DecisionNumber { get; set; }

    public List<AdmissionRow> Rows { get; set; } = [];
}

public sealed class AdmissionRow
{
    [StringLength(Member.CodeMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression("^[A-Za-z0-9_.-]+$", ErrorMessage = "Validation.Code")]
    [Display(Name = "Member.Code")]
    public string? MemberCode { get; set; }

    [StringLength(Member.FullNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Entry.Member")]
    public string? FullName { get; set; }

    [Display(Name = "Member.Gender")]
    public Gender? Gender { get; set; }

    [Display(Name = "Member.BirthDate")]
    public DateOnly? BirthDate { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(MemberCode) && Gender is null && BirthDate is null;
}

public sealed class AdmissionBatchViewModel
{
    public required AdmissionBatchForm Form { get; init; }
    public required OrganizationChoiceModel Organizations { get; init; }
}

/// <summary>A probationary member whose twelve months are over (or nearly), with the date the decision falls due.</summary>
public sealed record ProbationLine(
    int MemberId, string MemberCode, string FullName, string Organization, DateOnly AdmittedOn, DateOnly ProbationEndsOn, DateOnly DecisionDueOn, int DaysLeft)
{
    public bool IsOverdue => DaysLeft < 0;
    public bool IsWaiting => DaysLeft >= 0;
}

public sealed class ProbationViewModel
{
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<ProbationLine> Waiting { get; init; }
    public required IReadOnlyList<ProbationLine> Upcoming { get; init; }
}

/// <summary>One organization's movements in a year, with its members at the start and the end.</summary>
public sealed record OrganizationMovements(
    int OrganizationId, string Code, string Name, int AtStart, int Admitted, int MadeOfficial, int In, int Out,
    int Removed, int StruckOff, int Deceased, int Cards, int AtEnd, int? Target);

public sealed class YearMovementsViewModel
{
    public required int Year { get; init; }
    public required IReadOnlyList<int> Years { get; init; }
    public required Domain.Reporting.MovementTally Committee { get; init; }
    public required string Narrative { get; init; }
    /// <summary>The organizations' lines shown: one page of them (every one for the export); the committee's totals count them all.</summary>
    public required PagedList<OrganizationMovements> Organizations { get; init; }

    /// <summary>The search of the organization table (code or name), if any.</summary>
    public string? Query { get; init; }

    /// <summary>The user sees the whole committee: the narrative and the committee's totals are shown.</summary>
    public required bool IsWholeCommittee { get; init; }
    public bool CanManage { get; set; }
}

public sealed class TargetsForm
{
    [Range(0, 100_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Movement.CommitteeTarget")]
    public int? CommitteeTarget { get; set; }

    /// <summary>Per organization id; empty means no target of its own.</summary>
    public Dictionary<int, int?> Organizations { get; set; } = [];
}

public sealed class TargetsViewModel
{
    public required int Year { get; init; }
    public required TargetsForm Form { get; init; }
    public required IReadOnlyList<OrganizationOption> Organizations { get; init; }
}
