namespace PartyReview.Domain.Reporting;

/// <summary>Scores on the 100-point scale of one subject kind: how many were scored and their sum, so the average follows.</summary>
public readonly record struct ScoreStats(int Scored, decimal Sum)
{
    public decimal? Average => Scored == 0 ? null : Sum / Scored;

    public static ScoreStats operator +(ScoreStats left, ScoreStats right) => new(left.Scored + right.Scored, left.Sum + right.Sum);

    public ScoreStats Add(ScoreStats other) => this + other;
}

/// <summary>The average scores of a year, per subject kind (100-point scale years only).</summary>
public sealed record ScoreAverages(ScoreStats Organizations, ScoreStats Leadership, ScoreStats Members)
{
    public static ScoreAverages None { get; } = new(default, default, default);

    public ScoreStats For(SubjectKind subject) => subject switch
    {
        SubjectKind.Organization => Organizations,
        SubjectKind.Leadership => Leadership,
        SubjectKind.Member => Members,
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
    };

    public bool IsEmpty => Organizations.Scored + Leadership.Scored + Members.Scored == 0;
}
