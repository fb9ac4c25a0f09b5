using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reports;

/// <summary>One review year as counted: its tally and, on the 100-point scale, its average scores.</summary>
public sealed record YearFigures(int Year, int PeriodId, YearTally Tally, ScoreAverages Scores);

/// <summary>A key figure: its value with the denominator, its share, the change against the previous year, and where it drills to.</summary>
public sealed record KeyFigure(string Id, string LabelKey, int Part, int Whole, string? DrillUrl, int? PreviousPart, int? PreviousWhole, string? WholeLabelKey = null)
{
    public decimal? Share => YearComparison.Share(Part, Whole);
    public decimal? PreviousShare => PreviousPart is { } p && PreviousWhole is { } w ? YearComparison.Share(p, w) : null;
    public int? Change => PreviousPart is { } p ? Part - p : null;
    public decimal? PointsChange => Share is { } now && PreviousShare is { } before ? now - before : null;
}

/// <summary>One organization's line in the dashboard's table.</summary>
public sealed record OrganizationLine(OrganizationLevels Organization, MemberDistribution Members)
{
    public static OrganizationLine From(OrganizationTableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            new OrganizationLevels(row.Id, row.Code, row.Name, row.Level, row.Reason, row.Score, row.HasLeadership, row.LeadershipLevel),
            new MemberDistribution(row.Id, row.Members, row.Excellent, row.Good, row.Complete, row.NotComplete, row.NotRated, row.Pending, row.Absent));
    }
}

/// <summary>What the dashboard's organization table shows: a search (code or name), the column it is sorted by, the page.</summary>
public sealed record OrganizationTableRequest(string? Query = null, OrganizationSort Sort = OrganizationSort.Code, bool Descending = false, int Page = 1)
{
    /// <summary>The request as the query string gives it: <c>q</c>, <c>sort</c> (a column), <c>dir=desc</c>, <c>page</c>; anything unknown is the default.</summary>
    public static OrganizationTableRequest Parse(string? q, string? sort, string? dir, int? page) =>
        new(
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            Enum.TryParse<OrganizationSort>(sort, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(sort, out _) ? s : OrganizationSort.Code,
            string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase),
            Paging.Clamp(page));
}

/// <summary>The leaders' dashboard for one year.</summary>
public sealed class DashboardViewModel
{
    public required int Year { get; init; }
    public required string CommitteeName { get; init; }
    public required RuleSet RuleSet { get; init; }
    public required ReviewPeriodStatus Status { get; init; }
    public required int? PreviousYear { get; init; }

    /// <summary>Every year present, oldest first, with its counts: the trend.</summary>
    public required IReadOnlyList<YearFigures> Years { get; init; }
    public required YearFigures Current { get; init; }
    public required IReadOnlyList<KeyFigure> KeyFigures { get; init; }
    public required int Admitted { get; init; }
    public required int? AdmissionTarget { get; init; }
    public required int? PreviousAdmitted { get; init; }
    /// <summary>One page of the organization table (every organization is counted in the figures above it).</summary>
    public required PagedList<OrganizationLine> Organizations { get; init; }
    public required OrganizationTableRequest Table { get; init; }

    /// <summary>The open period's progress (organizations finished / total), if a period is open.</summary>
    public int? OpenYear { get; init; }
    public int OpenFinished { get; init; }
    public int OpenTotal { get; init; }

    /// <summary>The Quy định 366 figures of the year shown (averages per subject type, adjusted decisions, members per step while open).</summary>
    public StepFigures? Steps { get; init; }

    public static string DrillUrl(int year, SubjectKind subject, DrillLevel level, int? organizationId = null, NotRatedReason? reason = null) =>
        $"/Reports/Drill/{year}?subject={subject}&level={level}"
        + (reason is { } r ? $"&reason={r}" : "")
        + (organizationId is { } id ? $"&organizationId={id}" : "");
}

/// <summary>What a drill-down lists: the subjects behind a number.</summary>
public sealed class DrillViewModel
{
    public required int Year { get; init; }
    public required DrillSubject Subject { get; init; }
    public required DrillLevel Level { get; init; }
    public NotRatedReason? Reason { get; init; }
    public string? OrganizationName { get; init; }
    public int? OrganizationId { get; init; }
    public required bool UsesPointScale { get; init; }
    public required PagedList<DrillRow> Rows { get; init; }
}

/// <summary>A drill-down's rows, not yet read, with what its page shows above them.</summary>
public sealed record DrillQuery(string? OrganizationName, bool UsesPointScale, IQueryable<DrillRow> Rows);

/// <summary>The subject kinds a drill-down lists; admissions come from the membership ledger.</summary>
public enum DrillSubject
{
    Organization = SubjectKind.Organization,
    Leadership = SubjectKind.Leadership,
    Member = SubjectKind.Member,
    Admission = 10,

    /// <summary>Chi bộ trực thuộc (never on the TCCS line).</summary>
    AffiliatedCell = 11,
}

/// <summary>Two years side by side.</summary>
public sealed class CompareViewModel
{
    public required IReadOnlyList<int> Years { get; init; }
    public required YearComparison Comparison { get; init; }
    public int? FromAdmissionTarget { get; init; }
    public int? ToAdmissionTarget { get; init; }
}
