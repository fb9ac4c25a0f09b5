using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;

namespace PartyReview.UnitTests.Movements;

/// <summary>The ledger's rules: which sequences of entries are possible, and where a member stands at a date.</summary>
public sealed class MembershipLedgerTests
{
    private const int CellA = 1;
    private const int CellB = 2;
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static MembershipEvent E(MembershipEventKind kind, string date, int organization = CellA, string? card = null, int? counterpart = null) => new()
    {
        Kind = kind, OccurredOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), OrganizationId = organization,
        CardNumber = card, CounterpartOrganizationId = counterpart,
    };

    private static string Name(int id) => id == CellA ? "Chi bộ A" : "Chi bộ B";

    private static readonly MembershipEvent[] Admitted2024 =
    [
        E(MembershipEventKind.Admitted, "2024-03-01"),
        E(MembershipEventKind.MadeOfficial, "2025-03-10"),
        E(MembershipEventKind.PartyCardIssued, "2025-04-01", card: "10500001"),
    ];

    public static TheoryData<string, MembershipEvent, string, string[]> Refused => new()
    {
        { "admitted twice", E(MembershipEventKind.Admitted, "2025-06-01"), LedgerErrorKeys.AlreadyAdmitted, ["01/03/2024"] },
        { "made official twice", E(MembershipEventKind.MadeOfficial, "2025-06-01"), LedgerErrorKeys.AlreadyOfficial, ["10/03/2025"] },
        { "transferred out of an organization they are not in", E(MembershipEventKind.TransferredOut, "2025-06-01", CellB), LedgerErrorKeys.OtherOrganization, ["Chi bộ A", "Chi bộ B"] },
        { "dated before admission", E(MembershipEventKind.Deceased, "2024-01-15"), LedgerErrorKeys.BeforeAdmission, ["15/01/2024", "01/03/2024"] },
        { "in the future", E(MembershipEventKind.TransferredOut, "2026-12-05"), LedgerErrorKeys.InFuture, ["05/12/2026", "28/11/2026"] },
        { "the same card again", E(MembershipEventKind.PartyCardIssued, "2025-09-01", card: "10500001"), LedgerErrorKeys.CardNumberSame, ["10500001"] },
        { "a card without its number", E(MembershipEventKind.PartyCardIssued, "2025-09-01"), LedgerErrorKeys.CardNumberMissing, [] },
        { "received while still a member", E(MembershipEventKind.TransferredIn, "2025-09-01", CellB), LedgerErrorKeys.StillMember, ["Chi bộ A"] },
    };

    /// <summary>The refusal's values as its message quotes them.</summary>
    private static string?[] Quoted(LedgerError error) => [.. error.Arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture))];

    [Theory]
    [MemberData(nameof(Refused))]
    public void Impossible_entries_are_refused_with_the_reason(string because, MembershipEvent next, string key, string[] quoted)
    {
        var error = MembershipLedger.CheckAdditions(MemberOrigin.None, Admitted2024, [next], Today, Name);
        Assert.NotNull(error);
        Assert.Equal(key, error.MessageKey);
        Assert.Equal(quoted, Quoted(error));
        Assert.Equal(key == LedgerErrorKeys.InFuture ? nameof(MembershipEvent.OccurredOn) : nameof(MembershipEvent.Kind), error.Field);
        Assert.Same(next, error.Event);
        _ = because;
    }

    public static TheoryData<string, MembershipEvent[], string, string[]> RefusedSequences => new()
    {
        { "a ledger that starts without admission or transfer", [E(MembershipEventKind.MadeOfficial, "2025-01-01")], LedgerErrorKeys.FirstMustJoin, [] },
        { "official before twelve months", [E(MembershipEventKind.Admitted, "2025-03-01"), E(MembershipEventKind.MadeOfficial, "2026-02-27")], LedgerErrorKeys.ProbationNotOver, ["12", "01/03/2025", "01/03/2026"] },
        { "a card for a probationary member", [E(MembershipEventKind.Admitted, "2025-03-01"), E(MembershipEventKind.PartyCardIssued, "2025-06-01", card: "1")], LedgerErrorKeys.CardWhileProbationary, [] },
        { "anything after death", [E(MembershipEventKind.Admitted, "2020-03-01"), E(MembershipEventKind.Deceased, "2025-06-01"), E(MembershipEventKind.TransferredOut, "2025-07-01")], LedgerErrorKeys.EndedDeceased, ["01/06/2025"] },
        { "anything after being struck off", [E(MembershipEventKind.Admitted, "2020-03-01"), E(MembershipEventKind.StruckOff, "2025-06-01"), E(MembershipEventKind.TransferredIn, "2025-07-01")], LedgerErrorKeys.EndedStruckOff, ["01/06/2025"] },
        { "made official after leaving", [E(MembershipEventKind.Admitted, "2024-03-01"), E(MembershipEventKind.TransferredOut, "2024-06-01"), E(MembershipEventKind.MadeOfficial, "2025-03-05")], LedgerErrorKeys.NoLongerMember, ["01/06/2024"] },
    };

    [Theory]
    [MemberData(nameof(RefusedSequences))]
    public void Impossible_sequences_are_refused(string because, MembershipEvent[] ledger, string key, string[] quoted)
    {
        var (_, error) = MembershipLedger.Replay(MemberOrigin.None, ledger, Name);
        Assert.NotNull(error);
        Assert.Equal(key, error.MessageKey);
        Assert.Equal(quoted, Quoted(error));
        _ = because;
    }

    [Fact]
    public void A_possible_ledger_leaves_the_member_official_with_their_card_in_their_organization()
    {
        var (state, error) = MembershipLedger.Replay(MemberOrigin.None, Admitted2024);
        Assert.Null(error);
        Assert.Equal(CellA, state.OrganizationId);
        Assert.Equal(MemberStatus.Official, state.Status);
        Assert.Equal(new DateOnly(2025, 3, 10), state.OfficialOn);
        Assert.Equal("10500001", state.CardNumber);
    }

    [Fact]
    public void A_transfer_between_two_organizations_moves_the_member_on_its_date()
    {
        var ledger = Admitted2024.Concat(
        [
            E(MembershipEventKind.TransferredOut, "2026-03-16", CellA, counterpart: CellB),
            E(MembershipEventKind.TransferredIn, "2026-03-16", CellB, counterpart: CellA),
        ]).ToList();

        Assert.Equal(CellA, MembershipLedger.StateOn(MemberOrigin.None, ledger, new DateOnly(2026, 3, 15)).OrganizationId);
        var moved = MembershipLedger.StateOn(MemberOrigin.None, ledger, new DateOnly(2026, 3, 16));
        Assert.Equal(CellB, moved.OrganizationId);
        Assert.Null(moved.LeftOn);
        Assert.Null(MembershipLedger.StateOn(MemberOrigin.None, ledger, new DateOnly(2024, 2, 29)).OrganizationId);
    }

    [Fact]
    public void A_member_received_from_outside_brings_their_admission_official_date_and_card()
    {
        var origin = new MemberOrigin(new DateOnly(2010, 5, 1), new DateOnly(2011, 5, 1));
        var (state, error) = MembershipLedger.Replay(origin, [E(MembershipEventKind.TransferredIn, "2026-02-02", CellB, card: "20400001")]);
        Assert.Null(error);
        Assert.Equal((CellB, MemberStatus.Official, "20400001"), (state.OrganizationId!.Value, state.Status, state.CardNumber));
        Assert.Equal(new DateOnly(2010, 5, 1), state.AdmittedOn);
    }

    [Fact]
    public void A_member_who_left_for_outside_may_come_back()
    {
        var ledger = Admitted2024.Concat([E(MembershipEventKind.TransferredOut, "2025-10-01"), E(MembershipEventKind.TransferredIn, "2026-01-05", CellB)]);
        var (state, error) = MembershipLedger.Replay(MemberOrigin.None, ledger);
        Assert.Null(error);
        Assert.Equal(CellB, state.OrganizationId);
        Assert.Equal(MemberStatus.Official, state.Status);
    }

    [Theory]
    [InlineData("2025-08-15", "2026-08-15", "2026-09-25")] // a Saturday: the count starts on Monday
    [InlineData("2025-10-20", "2026-10-20", "2026-12-01")]
    public void The_official_decision_falls_due_thirty_working_days_after_twelve_months(string admitted, string ends, string due)
    {
        var on = DateOnly.Parse(admitted, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture), Probation.EndsOn(on));
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Probation.DecisionDueOn(on));
    }
}
