using PartyReview.Domain.Formatting;
using PartyReview.Domain.Members;

namespace PartyReview.Domain.Movements;

/// <summary>
/// What a member brought from outside the committee: the Party admission date and, when already official, the date
/// they became official. Empty for a member admitted here, whose ledger starts with <see cref="MembershipEventKind.Admitted"/>.
/// </summary>
public readonly record struct MemberOrigin(DateOnly? AdmittedOn, DateOnly? OfficialOn)
{
    public static MemberOrigin None => default;
}

/// <summary>Where a member stands after the ledger entries up to some date.</summary>
public sealed record MembershipState
{
    public static MembershipState Empty { get; } = new();

    /// <summary>The organization the member belongs to; null before joining and after leaving.</summary>
    public int? OrganizationId { get; init; }
    public DateOnly? AdmittedOn { get; init; }
    public DateOnly? OfficialOn { get; init; }

    /// <summary>The date the member last left an organization for outside the committee, or left the Party.</summary>
    public DateOnly? LeftOn { get; init; }
    public string? CardNumber { get; init; }

    /// <summary>The last entry that ended membership for good (removed, struck off, deceased), if any.</summary>
    public MembershipEventKind? Ended { get; init; }
    public DateOnly? LastEventOn { get; init; }
    public bool HasJoined { get; init; }

    public bool IsMember => OrganizationId is not null;
    public MemberStatus Status => OfficialOn is null ? MemberStatus.Probationary : MemberStatus.Official;
}

/// <summary>
/// A refused ledger entry: the entry, the field of the entry the refusal is about, and why, as the key of a message
/// (<see cref="LedgerErrorKeys"/>) and the values it quotes, already formatted the Vietnamese way. The web layer
/// words it in the user's language; the domain holds no wording.
/// </summary>
public sealed record LedgerError(MembershipEvent Event, string Field, string MessageKey, params object?[] Arguments)
{
    /// <summary>The key and its values, for a log line or an exception (not for the user).</summary>
    public override string ToString() => Arguments.Length == 0 ? MessageKey : $"{MessageKey} ({string.Join("; ", Arguments)})";
}

/// <summary>The message keys of <see cref="LedgerError"/>; their wording is in the Movements feature's resources.</summary>
public static class LedgerErrorKeys
{
    public const string InFuture = "Ledger.InFuture";
    public const string EndedRemoved = "Ledger.EndedRemoved";
    public const string EndedStruckOff = "Ledger.EndedStruckOff";
    public const string EndedDeceased = "Ledger.EndedDeceased";
    public const string BeforeAdmission = "Ledger.BeforeAdmission";
    public const string FirstMustJoin = "Ledger.FirstMustJoin";
    public const string AlreadyAdmitted = "Ledger.AlreadyAdmitted";
    public const string StillMember = "Ledger.StillMember";
    public const string ReceivedNeedsAdmission = "Ledger.ReceivedNeedsAdmission";
    public const string NoLongerMember = "Ledger.NoLongerMember";
    public const string OtherOrganization = "Ledger.OtherOrganization";
    public const string AlreadyOfficial = "Ledger.AlreadyOfficial";
    public const string ProbationNotOver = "Ledger.ProbationNotOver";
    public const string CardWhileProbationary = "Ledger.CardWhileProbationary";
    public const string CardNumberMissing = "Ledger.CardNumberMissing";
    public const string CardNumberSame = "Ledger.CardNumberSame";

    /// <summary>Every key, for the resources' parity test.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        InFuture, EndedRemoved, EndedStruckOff, EndedDeceased, BeforeAdmission, FirstMustJoin, AlreadyAdmitted, StillMember,
        ReceivedNeedsAdmission, NoLongerMember, OtherOrganization, AlreadyOfficial, ProbationNotOver, CardWhileProbationary,
        CardNumberMissing, CardNumberSame,
    ];
}

/// <summary>
/// Replays a member's ledger in date order and checks that every entry is possible where it stands: the first entry
/// admits or receives the member; nobody is made official twice or before twelve months of probation; nobody leaves an
/// organization they are not in; nothing is dated before admission; a probationary member gets no card.
/// Pure: the caller loads the entries and supplies organization names for the messages' values.
/// </summary>
public static class MembershipLedger
{
    public const int ProbationMonths = 12;

    /// <summary>The entries in ledger order: by date, then in the order they were recorded.</summary>
    public static IReadOnlyList<MembershipEvent> Ordered(IEnumerable<MembershipEvent> events) =>
        [.. events.Select((e, i) => (e, i)).OrderBy(x => x.e.OccurredOn).ThenBy(x => x.e.Id == 0 ? int.MaxValue : x.e.Id).ThenBy(x => x.i).Select(x => x.e)];

    /// <summary>Replays every entry; returns the final state and the first error, if any.</summary>
    public static (MembershipState State, LedgerError? Error) Replay(
        MemberOrigin origin, IEnumerable<MembershipEvent> events, Func<int, string>? organizationName = null)
    {
        var name = organizationName ?? (id => $"tổ chức #{id}");
        var state = MembershipState.Empty;
        var ordered = Ordered(events);
        var admission = ordered.FirstOrDefault(e => e.Kind == MembershipEventKind.Admitted)?.OccurredOn ?? origin.AdmittedOn;
        foreach (var e in ordered)
        {
            if (Check(origin, admission, state, e, name) is { } refusal)
            {
                return (state, new LedgerError(e, nameof(MembershipEvent.Kind), refusal.Key, refusal.Arguments));
            }

            state = Apply(origin, state, e);
        }

        return (state, null);
    }

    /// <summary>The member's state at the end of <paramref name="date"/>.</summary>
    public static MembershipState StateOn(MemberOrigin origin, IEnumerable<MembershipEvent> events, DateOnly date) =>
        Replay(origin, events.Where(e => e.OccurredOn <= date)).State;

    /// <summary>
    /// Checks new entries against the member's ledger: none in the future, and the whole ledger still possible with them
    /// in place. Returns the first refusal, or null when they can be recorded.
    /// </summary>
    public static LedgerError? CheckAdditions(
        MemberOrigin origin, IEnumerable<MembershipEvent> existing, IReadOnlyList<MembershipEvent> additions, DateOnly today,
        Func<int, string>? organizationName = null) =>
        CheckChanged(origin, existing.Concat(additions), additions, today, organizationName);

    /// <summary>Checks a ledger after some of its entries were added or corrected: none of those in the future, the whole still possible.</summary>
    public static LedgerError? CheckChanged(
        MemberOrigin origin, IEnumerable<MembershipEvent> ledger, IEnumerable<MembershipEvent> changed, DateOnly today,
        Func<int, string>? organizationName = null)
    {
        ArgumentNullException.ThrowIfNull(changed);
        foreach (var e in changed)
        {
            if (e.OccurredOn > today)
            {
                return new LedgerError(e, nameof(MembershipEvent.OccurredOn), LedgerErrorKeys.InFuture, VietnameseFormat.Date(e.OccurredOn), VietnameseFormat.Date(today));
            }
        }

        return Replay(origin, ledger, organizationName).Error;
    }

    /// <summary>Whether two entries are the two sides of one transfer between organizations of the committee (out, then in, same day).</summary>
    public static bool IsTransferPair(MembershipEvent outward, MembershipEvent inward)
    {
        ArgumentNullException.ThrowIfNull(outward);
        ArgumentNullException.ThrowIfNull(inward);
        return outward.Kind == MembershipEventKind.TransferredOut && inward.Kind == MembershipEventKind.TransferredIn
            && outward.CounterpartOrganizationId == inward.OrganizationId && inward.CounterpartOrganizationId == outward.OrganizationId
            && outward.OccurredOn == inward.OccurredOn;
    }

    /// <summary>The origin to replay a member's ledger with: what the member brought, given what the ledger itself says.</summary>
    public static MemberOrigin OriginOf(Member member, IEnumerable<MembershipEvent> events)
    {
        ArgumentNullException.ThrowIfNull(member);
        var kinds = events.Select(e => e.Kind).ToHashSet();
        return new MemberOrigin(
            kinds.Contains(MembershipEventKind.Admitted) ? null : member.AdmittedOn,
            kinds.Contains(MembershipEventKind.MadeOfficial) ? null : member.OfficialOn);
    }

    private static (string Key, object?[] Arguments)? Check(MemberOrigin origin, DateOnly? admission, MembershipState state, MembershipEvent e, Func<int, string> name)
    {
        if (state.Ended is { } ended)
        {
            return (EndedKey(ended), [VietnameseFormat.Date(state.LeftOn!.Value)]);
        }

        if (admission is { } admitted && e.OccurredOn < admitted)
        {
            return (LedgerErrorKeys.BeforeAdmission, [VietnameseFormat.Date(e.OccurredOn), VietnameseFormat.Date(admitted)]);
        }

        if (!state.HasJoined && !e.Kind.Joins())
        {
            return (LedgerErrorKeys.FirstMustJoin, []);
        }

        switch (e.Kind)
        {
            case MembershipEventKind.Admitted when state.HasJoined:
                return (LedgerErrorKeys.AlreadyAdmitted, [VietnameseFormat.Date(state.AdmittedOn ?? e.OccurredOn)]);
            case MembershipEventKind.TransferredIn when state.IsMember:
                return (LedgerErrorKeys.StillMember, [name(state.OrganizationId!.Value)]);
            case MembershipEventKind.TransferredIn when !state.HasJoined && origin.AdmittedOn is null:
                return (LedgerErrorKeys.ReceivedNeedsAdmission, []);
            case MembershipEventKind.Admitted or MembershipEventKind.TransferredIn:
                return null;
        }

        if (!state.IsMember)
        {
            return (LedgerErrorKeys.NoLongerMember, [VietnameseFormat.Date(state.LeftOn!.Value)]);
        }

        if (state.OrganizationId != e.OrganizationId)
        {
            return (LedgerErrorKeys.OtherOrganization, [name(state.OrganizationId!.Value), name(e.OrganizationId)]);
        }

        return e.Kind switch
        {
            MembershipEventKind.MadeOfficial when state.OfficialOn is { } official => (LedgerErrorKeys.AlreadyOfficial, [VietnameseFormat.Date(official)]),
            MembershipEventKind.MadeOfficial when e.OccurredOn < Probation.EndsOn(state.AdmittedOn!.Value) =>
                (LedgerErrorKeys.ProbationNotOver, [ProbationMonths, VietnameseFormat.Date(state.AdmittedOn!.Value), VietnameseFormat.Date(Probation.EndsOn(state.AdmittedOn!.Value))]),
            MembershipEventKind.PartyCardIssued when state.OfficialOn is null || state.OfficialOn > e.OccurredOn => (LedgerErrorKeys.CardWhileProbationary, []),
            MembershipEventKind.PartyCardIssued when string.IsNullOrWhiteSpace(e.CardNumber) => (LedgerErrorKeys.CardNumberMissing, []),
            MembershipEventKind.PartyCardIssued when e.CardNumber == state.CardNumber => (LedgerErrorKeys.CardNumberSame, [e.CardNumber]),
            _ => null,
        };
    }

    private static MembershipState Apply(MemberOrigin origin, MembershipState state, MembershipEvent e) => e.Kind switch
    {
        MembershipEventKind.Admitted => state with
        {
            HasJoined = true, OrganizationId = e.OrganizationId, AdmittedOn = e.OccurredOn, OfficialOn = null, LeftOn = null, LastEventOn = e.OccurredOn,
        },
        MembershipEventKind.TransferredIn => state with
        {
            HasJoined = true,
            OrganizationId = e.OrganizationId,
            AdmittedOn = state.AdmittedOn ?? origin.AdmittedOn,
            OfficialOn = state.HasJoined ? state.OfficialOn : origin.OfficialOn,
            CardNumber = string.IsNullOrWhiteSpace(e.CardNumber) ? state.CardNumber : e.CardNumber,
            LeftOn = null,
            LastEventOn = e.OccurredOn,
        },
        MembershipEventKind.TransferredOut => state with
        {
            OrganizationId = null, LeftOn = e.OccurredOn, LastEventOn = e.OccurredOn,
        },
        MembershipEventKind.Removed or MembershipEventKind.StruckOff or MembershipEventKind.Deceased => state with
        {
            OrganizationId = null, LeftOn = e.OccurredOn, Ended = e.Kind, LastEventOn = e.OccurredOn,
        },
        MembershipEventKind.MadeOfficial => state with { OfficialOn = e.OccurredOn, LastEventOn = e.OccurredOn },
        MembershipEventKind.PartyCardIssued => state with { CardNumber = e.CardNumber, LastEventOn = e.OccurredOn },
        _ => state,
    };

    private static string EndedKey(MembershipEventKind kind) => kind switch
    {
        MembershipEventKind.Removed => LedgerErrorKeys.EndedRemoved,
        MembershipEventKind.StruckOff => LedgerErrorKeys.EndedStruckOff,
        _ => LedgerErrorKeys.EndedDeceased,
    };
}

/// <summary>Working days (Monday to Friday) for the deadlines the rules count in them.</summary>
public static class WorkingDays
{
    public static DateOnly Add(DateOnly from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return date;
    }
}

/// <summary>
/// Probation: twelve months from admission, then the competent committee decides within thirty working days
/// (Điều lệ Đảng, Quy định 24-QĐ/TW).
/// </summary>
public static class Probation
{
    public const int DecisionWorkingDays = 30;

    public static DateOnly EndsOn(DateOnly admittedOn) => admittedOn.AddMonths(MembershipLedger.ProbationMonths);

    public static DateOnly DecisionDueOn(DateOnly admittedOn) => WorkingDays.Add(EndsOn(admittedOn), DecisionWorkingDays);
}
