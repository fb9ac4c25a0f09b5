using PartyReview.Domain.Movements;

namespace PartyReview.Domain.Reporting;

/// <summary>The year's membership movements, counted by kind, with the admission target.</summary>
public sealed class MovementTally
{
    private readonly Dictionary<MembershipEventKind, int> _byKind;

    public MovementTally(IEnumerable<(MembershipEventKind Kind, int Count)> groups, int? admissionTarget)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _byKind = groups.GroupBy(g => g.Kind).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        AdmissionTarget = admissionTarget;
    }

    public int Count(MembershipEventKind kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>Every kind counted, with its count (what a decided year keeps).</summary>
    public IEnumerable<(MembershipEventKind Kind, int Count)> Counts => _byKind.Select(p => (p.Key, p.Value));

    public int? AdmissionTarget { get; }
    public int Admitted => Count(MembershipEventKind.Admitted);

    /// <summary>Admissions as a share of the target, in percent; null without a target.</summary>
    public decimal? AdmissionShareOfTarget =>
        AdmissionTarget is > 0 ? (decimal)Admitted * 100 / AdmissionTarget.Value : null;

    public bool IsEmpty => _byKind.Count == 0;

    /// <summary>Members on the ledger at the start of the year (end of 31 December before); null when not counted.</summary>
    public int? MembersAtStart { get; init; }

    /// <summary>Members on the ledger at the end of 31 December; null when not counted.</summary>
    public int? MembersAtEnd { get; init; }
}
