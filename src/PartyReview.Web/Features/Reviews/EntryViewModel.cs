using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;

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

    public required MemberCounts Counts { get; init; }
    public required int NotRated { get; init; }
    public required int Pending { get; init; }
    public required QuotaCheck Quota { get; init; }
    public RuleFinding? QuotaFinding { get; init; }

    /// <summary>Set when the save was refused because someone else saved the organization meanwhile.</summary>
    public ConflictInfo? Conflict { get; init; }
    public bool JustSaved { get; init; }
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
    public bool IsPending => Level is null && Reason is null && string.IsNullOrWhiteSpace(Score);
}

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
