using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure.Documents;

namespace PartyReview.Web.Features.Reports;

/// <summary>The year's report page: the report's text (generated or saved), and the tables behind it.</summary>
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

    /// <summary>The saved versions, newest first.</summary>
    public IReadOnlyList<ReportVersionLine> Versions { get; init; } = [];

    /// <summary>The saved version shown (the newest unless one was asked for); null when none was saved.</summary>
    public ReportVersionLine? Shown { get; init; }

    public required PartyDocumentHeader Header { get; init; }
    public required string Signer { get; init; }
    public required string SignerTitle { get; init; }

    /// <summary>Whether any subject is "vắng mặt" (absent): the tables then give it its own column.</summary>
    public bool HasAbsent => Subjects.Any(s => s.Tally.Absent > 0);

    /// <summary>The Quy định 366 figures (averages per subject type, adjusted decisions, members per step); null for older rule sets.</summary>
    public StepFigures? Steps { get; init; }

    /// <summary>Whether the user may save a version (Staff, Admin).</summary>
    public bool CanEdit { get; set; }

    /// <summary>The generated draft as one text, paragraphs separated by a blank line.</summary>
    public string GeneratedText => string.Join("\n\n", Narrative);

    /// <summary>The report's text: the saved version shown, else the generated draft.</summary>
    public string ReportText => Shown?.Text ?? GeneratedText;

    public IReadOnlyList<string> ReportParagraphs =>
        ReportText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Title => $"Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức cơ sở đảng, tập thể lãnh đạo cấp ủy và đảng viên năm {Year}";
    public string FileName => $"Bao-cao-xep-loai-{Year}";
}

/// <summary>One subject kind's counts, exclusive and cumulative, with its scores on the 100-point scale.</summary>
public sealed record SubjectRow(SubjectKind Kind, SubjectTally Tally, ScoreStats Scores = default)
{
    public int Count(QualityLevel level) => Tally.Count(level);
}

public sealed record MovementRow(string Label, int Count);

/// <summary>A saved version of the report: its number, who saved it and when (UTC); the text when loaded.</summary>
public sealed record ReportVersionLine(int Number, string Author, DateTime CreatedAt)
{
    public string? Text { get; init; }
}
