using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Web.Features.Reviews;

/// <summary>The entry grid of one organization in one period.</summary>
public sealed class EntryViewModel
{
    public required int Year { get; init; }
    public required string RuleSetDocuments { get; init; }
    public required bool UsesPointScale { get; init; }
    public required bool ShowsSelfRemedied { get; init; }
    public required bool IsLocked { get; init; }
    public required bool CanEdit { get; init; }
    public required bool ProposesOnly { get; init; }
    public required int QuotaPercent { get; init; }

    public required int OrganizationId { get; init; }
    public required string OrganizationCode { get; init; }
    public required string OrganizationName { get; init; }
    public required bool NewlyFounded { get; init; }

    public required EntryStatus EntryStatus { get; init; }
    public string? LastSavedBy { get; init; }
    public DateTime? LastSavedAt { get; init; }
    public required int Version { get; init; }

    public required SubjectRow Organization { get; init; }
    public SubjectRow? Leadership { get; init; }
    public string? QuotaJustification { get; init; }
    public required IReadOnlyList<MemberRow> Members { get; init; }

    /// <summary>
    /// For a đảng bộ cơ sở: its chi bộ trực thuộc, each with its own level and member counters (ADR 0008); each chi bộ's
    /// members are entered on its own sheet. Empty otherwise.
    /// </summary>
    public IReadOnlyList<AffiliatedCellLine> AffiliatedCells { get; set; } = [];

    public required MemberCounts Counts { get; init; }
    public required int NotRated { get; init; }
    public required int Pending { get; init; }
    public required QuotaCheck Quota { get; init; }
    public RuleFinding? QuotaFinding { get; init; }

    /// <summary>Set when the save was refused because someone else saved the organization meanwhile.</summary>
    public ConflictInfo? Conflict { get; init; }
    public bool JustSaved { get; init; }

    /// <summary>Quy định 366: the step the grid records (null for older rule sets).</summary>
    public ReviewStep? Step { get; init; }

    /// <summary>Quy định 366: the steps the user may record for members (the tabs).</summary>
    public IReadOnlyList<ReviewStep> Steps { get; init; } = [];

    /// <summary>Quy định 366: the group maxima of each subject type in the period.</summary>
    public IReadOnlyDictionary<SubjectType, (decimal Common, decimal Tasks)> Frames { get; init; } = new Dictionary<SubjectType, (decimal, decimal)>();

    /// <summary>Quy định 366: the TCCS's decided value, the unit of its leaders when it has none at the step shown.</summary>
    public StepValue? OrganizationDecision { get; init; }

    /// <summary>Quy định 366, at the decision: members whose proposal waits to be accepted.</summary>
    public int ProposalsWaiting { get; init; }
    public int ErrorCount => Members.Sum(m => m.Errors.Count()) + Organization.Errors.Count() + (Leadership?.Errors.Count() ?? 0);
}

/// <summary>One line of the grid as shown: what is entered, and what the rules say of it.</summary>
public class SubjectRow
{
    public QualityLevel? Level { get; init; }
    public string? Score { get; init; }
    public NotRatedReason? Reason { get; init; }
    public string? Note { get; init; }
    public bool Disciplined { get; init; }

    /// <summary>The level the rules give (derived from the score, or lowered), when it differs from what was chosen.</summary>
    public QualityLevel? ResultingLevel { get; init; }
    public IReadOnlyList<RuleFinding> Findings { get; init; } = [];

    /// <summary>In a conflict: what the other user saved on this line, when it differs.</summary>
    public string? TheirValue { get; init; }

    public IEnumerable<RuleFinding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);
    public bool IsPending => Level is null && Reason is null && string.IsNullOrWhiteSpace(Score) && string.IsNullOrWhiteSpace(CommonPoints) && string.IsNullOrWhiteSpace(TaskPoints);

    // Quy định 366: the step's fields as typed, what the other steps hold, whether the user may record this line.
    public string? CommonPoints { get; init; }
    public string? TaskPoints { get; init; }
    public string? OnTime { get; init; }
    public string? Exceeded { get; init; }
    public string? Remedied { get; init; }
    public string? AdjustmentReason { get; init; }
    public SubjectType SubjectType { get; init; } = SubjectType.Member;
    public bool MayRecord { get; init; } = true;
    public IReadOnlyList<StepSummary> OtherSteps { get; init; } = [];

    /// <summary>At the decision: the proposal, which Enter on the row copies into the decision.</summary>
    public StepValue? Proposal { get; init; }
}

/// <summary>What one step holds for a line, with who recorded it and when.</summary>
public sealed record StepSummary(ReviewStep Step, StepValue? Value, string? RecordedBy, DateTime? RecordedAt);

public sealed class MemberRow : SubjectRow
{
    public required int ReviewId { get; init; }
    public required int MemberId { get; init; }
    public required string FullName { get; init; }
    public required string MemberCode { get; init; }
    public required DateOnly AdmittedOn { get; init; }
    public DisciplineLevel Discipline { get; init; }
    public bool SelfRemedied { get; init; }
    public bool LongSickLeave { get; init; }
}

public sealed record ConflictInfo(string? SavedBy, DateTime? SavedAt, int DifferentLines);

/// <summary>One chi bộ trực thuộc on its đảng bộ cơ sở's sheet: its level, its members, how many have a result, how many wait.</summary>
public sealed record AffiliatedCellLine(int Id, string Code, string Name, QualityLevel? Level, NotRatedReason? Reason, int Members, int Decided, int Pending);
