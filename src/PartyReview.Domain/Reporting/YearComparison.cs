using PartyReview.Domain.Formatting;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;

namespace PartyReview.Domain.Reporting;

/// <summary>One line of a comparison: a count in each year, its share of the rated, and the changes.</summary>
public sealed record ComparisonLine(string Label, int From, int To, decimal? FromShare, decimal? ToShare)
{
    public int Change => To - From;

    /// <summary>The change of the share, in percentage points; null when either year has no denominator.</summary>
    public decimal? PointsChange => FromShare is { } from && ToShare is { } to ? to - from : null;
}

/// <summary>Two years side by side: per subject kind, the rated and each level (exclusive and cumulative), and the movements.</summary>
public sealed class YearComparison
{
    public YearComparison(YearTally from, YearTally to, MovementTally? fromMovements = null, MovementTally? toMovements = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        From = from;
        To = to;
        Subjects = Enum.GetValues<SubjectKind>().ToDictionary(kind => kind, kind => (IReadOnlyList<ComparisonLine>)Lines(from.For(kind), to.For(kind)));
        Movements = fromMovements is null || toMovements is null ? [] :
        [
            .. MembershipEventKinds.ReportLines.Select(k => new ComparisonLine(k.Label, fromMovements.Count(k.Kind), toMovements.Count(k.Kind), null, null)),
        ];
    }


    public YearTally From { get; }
    public YearTally To { get; }
    public IReadOnlyDictionary<SubjectKind, IReadOnlyList<ComparisonLine>> Subjects { get; }
    public IReadOnlyList<ComparisonLine> Movements { get; }

    /// <summary>"+3", "−2", "0".</summary>
    public static string SignedCount(int change) =>
        change > 0 ? "+" + VietnameseFormat.Count(change) : change < 0 ? "−" + VietnameseFormat.Count(-change) : "0";

    /// <summary>Percentage points with one decimal and a sign: "+3,2", "−0,5", "0".</summary>
    public static string SignedPoints(decimal? points)
    {
        if (points is not { } p)
        {
            return "";
        }

        var rounded = Math.Round(p, 1, MidpointRounding.AwayFromZero);
        var text = VietnameseFormat.Percent(Math.Abs(rounded)).TrimEnd('%');
        return rounded > 0 ? "+" + text : rounded < 0 ? "−" + text : "0";
    }

    private static List<ComparisonLine> Lines(SubjectTally from, SubjectTally to)
    {
        var lines = new List<ComparisonLine>
        {
            new("Tổng số", from.Total, to.Total, null, null),
            new("Được xếp loại", from.Rated, to.Rated, Share(from.Rated, from.Total), Share(to.Rated, to.Total)),
            new("Hoàn thành tốt nhiệm vụ trở lên", from.GoodOrBetter, to.GoodOrBetter, Share(from.GoodOrBetter, from.Rated), Share(to.GoodOrBetter, to.Rated)),
        };
        lines.AddRange(QualityLevels.All.Select(level => new ComparisonLine(
            level.VietnameseName(), from.Count(level), to.Count(level), Share(from.Count(level), from.Rated), Share(to.Count(level), to.Rated))));
        lines.Add(new("Không xếp loại", from.NotRated, to.NotRated, null, null));
        lines.Add(new("Chưa có kết quả", from.Pending, to.Pending, null, null));
        if (from.Absent + to.Absent > 0)
        {
            lines.Add(new(AbsentLabel, from.Absent, to.Absent, null, null));
        }

        return lines;
    }

    /// <summary>"Vắng mặt" is pending, not "không xếp loại": its own line.</summary>
    public const string AbsentLabel = "Vắng mặt (chưa kiểm điểm)";

    /// <summary>A share in percent; null without a denominator.</summary>
    public static decimal? Share(int part, int whole) => whole == 0 ? null : (decimal)part * 100 / whole;
}
