using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Data;

namespace PartyReview.Web.Features.Import;

/// <summary>The committee's organizations by code, and the keys of those the run adds before they have an id.</summary>
internal sealed class OrganizationLookup
{
    private readonly Dictionary<string, Organization> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<Organization, int> _temporary = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, Organization> _byKey = [];

    public async Task LoadAsync(PartyReviewDbContext db, Committee committee, CancellationToken cancellationToken)
    {
        foreach (var organization in await db.Organizations.Where(o => o.CommitteeId == committee.Id).ToListAsync(cancellationToken))
        {
            _byCode[organization.Code] = organization;
            _byKey[organization.Id] = organization;
        }
    }

    public bool TryGet(string code, out Organization organization) => _byCode.TryGetValue(code, out organization!);

    public void Add(Organization organization, int temporaryKey)
    {
        _byCode[organization.Code] = organization;
        _temporary[organization] = temporaryKey;
        _byKey[temporaryKey] = organization;
    }

    /// <summary>The organization of a key (an id, or the temporary key of one the run adds).</summary>
    public Organization? ByKey(int key) => _byKey.GetValueOrDefault(key);

    /// <summary>The keys of the chi bộ trực thuộc of the organization of <paramref name="key"/> (those stored with it as their parent).</summary>
    public IReadOnlyList<int> ChildrenOf(int key) => [.. _byKey.Where(o => o.Value.ParentId == key).Select(o => o.Key)];

    public int KeyOf(Organization organization) => organization.Id != 0 ? organization.Id : _temporary[organization];

    /// <summary>"TCCS03 – Chi bộ …", as the ledger's text and the audit name an organization.</summary>
    public string Name(int key) => _byKey.TryGetValue(key, out var o) ? $"{o.Code} – {o.Name}" : "?";

    /// <summary>The organization whose code the cell holds; refuses the row when there is none of that code.</summary>
    public Organization? Find(ParsedRow row, string key, RowOutcome outcome, bool required)
    {
        var code = RowCells.Code(row[key]);
        if (code is null)
        {
            if (required)
            {
                outcome.Fail(row.At(key, ImportMessages.CellEmpty));
            }

            return null;
        }

        if (_byCode.TryGetValue(code, out var organization))
        {
            return organization;
        }

        outcome.Fail(row.At(key, ImportMessages.UnknownOrganization, code));
        return null;
    }
}

/// <summary>The committee's review periods by year, which of them are locked, and which the run opens.</summary>
internal sealed class PeriodLookup
{
    public Dictionary<int, ReviewPeriod> ByYear { get; } = [];
    public HashSet<int> LockedYears { get; } = [];
    public HashSet<ReviewPeriod> Opened { get; } = new(ReferenceEqualityComparer.Instance);

    public async Task LoadAsync(PartyReviewDbContext db, Committee committee, CancellationToken cancellationToken)
    {
        foreach (var period in await db.ReviewPeriods.Where(p => p.CommitteeId == committee.Id).ToListAsync(cancellationToken))
        {
            ByYear[period.Year] = period;
            if (period.IsLocked)
            {
                LockedYears.Add(period.Year);
            }
        }
    }
}

/// <summary>The committee's members (by code, by card number, and who holds each card in their ledger) and the rows of their events.</summary>
internal sealed class MemberLookup
{
    public List<MemberSlot> Slots { get; } = [];
    public Dictionary<string, MemberSlot> ByCode { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MemberSlot> ByCard { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MemberSlot> CardOwners { get; } = new(StringComparer.Ordinal);
    public Dictionary<MembershipEvent, (ParsedRow Row, RowOutcome Outcome)> EventRows { get; } = new(ReferenceEqualityComparer.Instance);
    public int NextNumber { get; set; } = 1;

    public async Task LoadAsync(PartyReviewDbContext db, Committee committee, CancellationToken cancellationToken)
    {
        var members = await db.Members.Where(m => m.CommitteeId == committee.Id).ToListAsync(cancellationToken);
        var byId = new Dictionary<int, MemberSlot>();
        foreach (var member in members)
        {
            var slot = new MemberSlot(member) { Before = MemberSnapshot.Of(member) };
            byId[member.Id] = slot;
            Slots.Add(slot);
            ByCode[member.MemberCode] = slot;
            if (member.PartyCardNumber is { } card)
            {
                ByCard[card] = slot;
                CardOwners[card] = slot;
            }
        }

        var events = await (from e in db.MembershipEvents
                            join m in db.Members on e.MemberId equals m.Id
                            where m.CommitteeId == committee.Id
                            select e).ToListAsync(cancellationToken);
        foreach (var e in events)
        {
            if (byId.TryGetValue(e.MemberId, out var slot))
            {
                slot.Events.Add(e);
                if (e.CardNumber is { } card)
                {
                    CardOwners.TryAdd(card, slot);
                }
            }
        }

        NextNumber = MemberCodes.NextNumber(members.Select(m => m.MemberCode));
    }

    /// <summary>The ledger's state of a member on <paramref name="date"/>.</summary>
    public static MembershipState StateOn(MemberSlot slot, DateOnly date) =>
        MembershipLedger.StateOn(MembershipLedger.OriginOf(slot.Member, slot.Events), slot.Events, date);
}
