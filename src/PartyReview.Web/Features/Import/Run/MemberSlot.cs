using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;

namespace PartyReview.Web.Features.Import;

/// <summary>A member as the run knows them: the entity, their ledger, what their row claims, and whether a row about them is in error.</summary>
internal sealed class MemberSlot(Member member)
{
    public Member Member { get; } = member;
    public int TempKey { get; init; }
    public bool IsNew { get; init; }
    public List<MembershipEvent> Events { get; } = [];
    public bool LedgerChanged { get; set; }
    public bool Invalid { get; set; }
    public ParsedRow? Row { get; set; }
    public RowOutcome? Outcome { get; set; }
    public MemberSnapshot Before { get; init; }
    public MemberClaim Claimed { get; set; }

    /// <summary>For a new member: their ledger entries and open-period list, told in the audit line that adds them.</summary>
    public List<string> Notes { get; } = [];

    public int Key => Member.Id != 0 ? Member.Id : TempKey;
}

/// <summary>A member's fields before the run, to tell whether the run changed them.</summary>
internal readonly record struct MemberSnapshot(
    string Code, string Name, Gender Gender, DateOnly Birth, DateOnly Admitted, DateOnly? Official, string? Card, int? Organization, DateOnly? Left)
{
    public static MemberSnapshot Of(Member m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.MemberCode, m.FullName, m.Gender, m.BirthDate, m.AdmittedOn, m.OfficialOn, m.PartyCardNumber, m.OrganizationId, m.LeftOn);
    }
}

/// <summary>What a member's row says of their ledger: checked against the ledger once it is replayed.</summary>
internal readonly record struct MemberClaim(DateOnly? Admitted, DateOnly? Official, string? Card, int? OrganizationKey, string? OrganizationCode);
