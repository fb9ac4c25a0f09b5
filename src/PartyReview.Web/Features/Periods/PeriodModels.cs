using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Periods;

public sealed class PeriodListViewModel
{
    public required IReadOnlyList<PeriodLine> Periods { get; init; }
    public required OpenPeriodForm NewPeriod { get; init; }
    public required bool CanManage { get; init; }
}

public sealed record PeriodLine(int Year, RuleSet RuleSet, ReviewPeriodStatus Status, int QuotaPercent, DateOnly ReviewDate, int Members, int Pending);

/// <summary>Opening a new review year.</summary>
public sealed class OpenPeriodForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [Range(2000, 2100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Period.Year")]
    public int? Year { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Period.RuleSet")]
    public RuleSet? RuleSet { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0, 100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Period.Quota")]
    public int? ExcellenceQuotaPercent { get; set; } = ReviewPeriod.DefaultExcellenceQuotaPercent;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Period.ReviewDate")]
    public DateOnly? ReviewDate { get; set; }
}

/// <summary>A period's settings that staff may change while it is open.</summary>
public sealed class PeriodSettingsForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [Range(0, 100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Period.Quota")]
    public int? ExcellenceQuotaPercent { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Period.AwardName")]
    public string? ExemplaryOrganizationAwardName { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(2, 10, ErrorMessage = "Validation.Range")]
    [Display(Name = "Period.ConsecutiveYears")]
    public int? ConsecutiveYears { get; set; }

    /// <summary>The period's version the form was shown at; a save from an older one is refused as a conflict.</summary>
    public int? Version { get; set; }
}

/// <summary>One proposed sheet as the overview showed it: accepting all takes only what Staff saw.</summary>
public sealed class SeenSheet
{
    public int OrganizationId { get; set; }
    public int Version { get; set; }
}

/// <summary>"Chấp nhận tất cả đề xuất": the proposed sheets the overview listed, with their versions.</summary>
public sealed class AcceptProposalsForm
{
    public List<SeenSheet> Seen { get; set; } = [];
}

public sealed class ReopenForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, MinimumLength = 10, ErrorMessage = "Validation.Length")]
    [Display(Name = "Period.ReopenReason")]
    public string? Reason { get; set; }
}

public sealed class OverviewViewModel
{
    public required int Year { get; init; }
    public required RuleSet RuleSet { get; init; }
    public required ReviewPeriodStatus Status { get; init; }
    public required int QuotaPercent { get; init; }
    public required DateOnly ReviewDate { get; init; }
    public required bool UnfinishedOnly { get; init; }
    /// <summary>One page of the table's lines (all or those not finished, searched); the counts below are of every organization.</summary>
    public required PagedList<OverviewLine> Organizations { get; init; }

    /// <summary>The table's search (code or name), if any.</summary>
    public string? Query { get; init; }
    public required int OrganizationCount { get; init; }
    public required int FinishedCount { get; init; }
    public required int ProposedCount { get; init; }

    /// <summary>The committee's live tallies; null for a Secretary, who sees only their organization.</summary>
    public YearTally? Tally { get; init; }
    public required PeriodSettingsForm Settings { get; set; }

    /// <summary>The proposed sheets (organization, version) the accept-all button posts.</summary>
    public IReadOnlyList<SeenSheet> Proposed { get; init; } = [];
    public bool CanManage { get; set; }
    public bool CanReopen { get; set; }
    public bool CanEnter { get; set; }

    /// <summary>Whether the user reads the committee's reports and frames (not a Secretary): the frames link, the drill-down links.</summary>
    public bool CanReadFrames { get; set; }
}

public sealed record OverviewLine(
    int OrganizationId,
    string Code,
    string Name,
    QualityLevel? Level,
    decimal? Score,
    NotRatedReason? Reason,
    QualityLevel? LeadershipLevel,
    bool HasLeadership,
    int Members,
    int Entered,
    int Excellent,
    int Good,
    int Complete,
    int NotComplete,
    IReadOnlyList<string> Warnings,
    EntryStatus EntryStatus,
    string? LastSavedBy,
    DateTime? LastSavedAt,
    int SheetVersion = 0)
{
    public bool IsFinished => Entered == Members && (Level is not null || Reason is not null and not NotRatedReason.Absent);
}
