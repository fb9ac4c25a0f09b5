using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

namespace PartyReview.Web.Features.Reports;

/// <summary>The year's summary page: the report's sentences and the tables behind them.</summary>
public sealed class SummaryViewModel
{
    public required int Year { get; init; }
    public required string CommitteeName { get; init; }
    public required string RuleSetDocuments { get; init; }
    public required bool UsesPointScale { get; init; }
    public required bool IsDecided { get; init; }
    public required IReadOnlyList<int> Years { get; init; }
    public required IReadOnlyList<SubjectRow> Subjects { get; init; }

    /// <summary>The generated paragraphs, in Vietnamese whatever the interface language: they are the report's text.</summary>
    public required IReadOnlyList<string> Narrative { get; init; }
    public required IReadOnlyList<MovementRow> Movements { get; init; }
    public int? AdmissionTarget { get; init; }
    public string? AdmissionShareOfTarget { get; init; }
}

/// <summary>One subject kind's counts, exclusive and cumulative.</summary>
public sealed record SubjectRow(SubjectKind Kind, SubjectTally Tally)
{
    public int Count(QualityLevel level) => Tally.Count(level);
}

public sealed record MovementRow(string Label, int Count);
