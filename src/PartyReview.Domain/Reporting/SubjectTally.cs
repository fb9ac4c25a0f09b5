using PartyReview.Domain.Reviews;

namespace PartyReview.Domain.Reporting;

/// <summary>The three kinds of subject the annual review rates.</summary>
public enum SubjectKind
{
    /// <summary>Tổ chức cơ sở đảng.</summary>
    Organization = 1,

    /// <summary>Tập thể lãnh đạo cấp ủy cơ sở.</summary>
    Leadership = 2,

    /// <summary>Đảng viên.</summary>
    Member = 3,
}

/// <summary>
/// One row of a grouped count: how many reviews have this level or this reason (both null: pending; "vắng mặt": absent,
/// pending too but counted on its own line).
/// </summary>
public readonly record struct TallyGroup(QualityLevel? Level, NotRatedReason? Reason, int Count);

/// <summary>The counts of one subject kind in one period, with both reporting conventions.</summary>
public sealed class SubjectTally
{
    private readonly Dictionary<QualityLevel, int> _byLevel = [];
    private readonly Dictionary<NotRatedReason, int> _byReason = [];

    public SubjectTally(SubjectKind subject, IEnumerable<TallyGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Subject = subject;
        Groups = [.. groups];
        foreach (var group in Groups)
        {
            if (group.Level is { } level)
            {
                _byLevel[level] = _byLevel.GetValueOrDefault(level) + group.Count;
            }
            else if (group.Reason == NotRatedReason.Absent)
            {
                Absent += group.Count;
            }
            else if (group.Reason is { } reason)
            {
                _byReason[reason] = _byReason.GetValueOrDefault(reason) + group.Count;
            }
            else
            {
                Pending += group.Count;
            }
        }
    }

    public SubjectKind Subject { get; }

    /// <summary>The counts it was made of (what a decided year keeps).</summary>
    public IReadOnlyList<TallyGroup> Groups { get; }

    /// <summary>Subjects with neither a level nor a reason yet.</summary>
    public int Pending { get; }

    /// <summary>
    /// Subjects "vắng mặt" (absent, chưa kiểm điểm): still to be reviewed, so neither rated nor "không xếp loại";
    /// reported on their own line.
    /// </summary>
    public int Absent { get; }

    /// <summary>Everything still to be decided: pending and absent.</summary>
    public int Undecided => Pending + Absent;

    /// <summary>Exclusive count: subjects rated exactly at <paramref name="level"/>.</summary>
    public int Count(QualityLevel level) => _byLevel.GetValueOrDefault(level);

    /// <summary>Cumulative count: subjects rated at <paramref name="level"/> or higher ("trở lên").</summary>
    public int CountAtLeast(QualityLevel level) => _byLevel.Where(p => p.Key.IsAtLeast(level)).Sum(p => p.Value);

    public int NotRatedFor(NotRatedReason reason) => _byReason.GetValueOrDefault(reason);

    /// <summary>The not-rated reasons present (never "vắng mặt", which is pending), in their fixed order, with their counts.</summary>
    public IReadOnlyList<(NotRatedReason Reason, int Count)> NotRatedByReason =>
        NotRatedReasons.All.Where(_byReason.ContainsKey).Select(r => (r, _byReason[r])).ToList();

    public int Excellent => Count(QualityLevel.Excellent);
    public int GoodOnly => Count(QualityLevel.Good);
    public int Complete => Count(QualityLevel.Complete);
    public int NotComplete => Count(QualityLevel.NotComplete);

    /// <summary>HTTNV or better (cumulative: includes HTXSNV).</summary>
    public int GoodOrBetter => CountAtLeast(QualityLevel.Good);

    public int Rated => _byLevel.Values.Sum();
    public int NotRated => _byReason.Values.Sum();
    public int Total => Rated + NotRated + Pending + Absent;
}

/// <summary>Everything counted for one committee and year.</summary>
public sealed record YearTally(
    int Year,
    RuleSet RuleSet,
    ReviewPeriodStatus Status,
    SubjectTally Organizations,
    SubjectTally Leadership,
    SubjectTally Members)
{
    /// <summary>
    /// The chi bộ trực thuộc of the committee's đảng bộ cơ sở, counted apart: <see cref="Organizations"/> counts TCCS only
    /// (ADR 0008). Empty when the committee has none.
    /// </summary>
    public SubjectTally AffiliatedCells { get; init; } = new(SubjectKind.Organization, []);

    public SubjectTally For(SubjectKind subject) => subject switch
    {
        SubjectKind.Organization => Organizations,
        SubjectKind.Leadership => Leadership,
        SubjectKind.Member => Members,
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
    };
}
