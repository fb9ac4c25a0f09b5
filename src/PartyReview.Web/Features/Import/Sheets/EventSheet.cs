using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using static PartyReview.Web.Features.Import.RowCells;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// The Membership events sheet: each row is matched to a member's entry of the same kind and date, and adds it to
/// the member's ledger or updates it; the ledgers are replayed afterwards by <see cref="LedgerReplay"/>. No entry of a
/// locked year is recorded or changed.
/// </summary>
internal sealed class EventSheet(ImportRun run)
{
    private readonly Dictionary<(MemberSlot, MembershipEventKind, DateOnly), int> _seen = [];

    private sealed record EventRow(
        MemberSlot Slot, Organization Organization, MembershipEventKind Kind, DateOnly Date, Organization? Counterpart, string? Card, string? Decision, string? Note);

    public void Import(IReadOnlyList<ParsedRow> rows) =>
        run.EachRow(rows, row => $"{Code(row["MemberCode"])} · {row["Kind"]} {row["OccurredOn"]}", Read, Apply);

    private EventRow? Read(ParsedRow row, RowOutcome outcome)
    {
        var members = run.Members;
        var memberCode = Code(Required(row, "MemberCode", Member.CodeMaxLength, outcome));
        var organization = run.Organizations.Find(row, "OrganizationCode", outcome, required: true);
        var kind = Parse(row, "Kind", ImportSpellings.EventKinds, ImportMessages.UnreadableEventKind, outcome, required: true);
        var date = Date(row, "OccurredOn", outcome, required: true);
        var counterpart = run.Organizations.Find(row, "CounterpartCode", outcome, required: false);
        var card = Text(row, "CardNumber", Member.CardNumberMaxLength, outcome);
        var decision = Text(row, "DecisionNumber", MembershipEvent.DecisionNumberMaxLength, outcome);
        var note = Text(row, "Note", MembershipEvent.NoteMaxLength, outcome);
        MemberSlot? slot = null;
        if (memberCode is not null && !members.ByCode.TryGetValue(memberCode, out slot))
        {
            outcome.Fail(row.At("MemberCode", ImportMessages.EventUnknownMember, memberCode));
        }
        else if (slot is { Invalid: true })
        {
            outcome.Fail(new ImportMessage(ImportMessages.EventMemberInvalid, memberCode!));
        }

        if (date is { } d && d > run.Today)
        {
            outcome.Fail(row.At("OccurredOn", ImportMessages.EventInFuture, VietnameseFormat.Date(d), VietnameseFormat.Date(run.Today)));
        }

        if (counterpart is not null && kind is not (MembershipEventKind.TransferredIn or MembershipEventKind.TransferredOut))
        {
            outcome.Fail(row.At("CounterpartCode", ImportMessages.EventCounterpartNotTransfer));
        }

        if (counterpart is not null && ReferenceEquals(counterpart, organization))
        {
            outcome.Fail(row.At("CounterpartCode", ImportMessages.EventCounterpartSame));
        }

        if (card is not null && kind is not (MembershipEventKind.PartyCardIssued or MembershipEventKind.TransferredIn))
        {
            outcome.Fail(row.At("CardNumber", ImportMessages.EventCardNotIssue));
        }

        if (card is not null && slot is not null && members.CardOwners.TryGetValue(card, out var owner) && !ReferenceEquals(owner, slot))
        {
            outcome.Fail(row.At("CardNumber", ImportMessages.MemberCardTaken, card, owner.Member.MemberCode, owner.Member.FullName));
        }

        if (slot is not null && kind is { } k && date is { } day && !_seen.TryAdd((slot, k, day), row.Number))
        {
            outcome.Fail(new ImportMessage(ImportMessages.EventDuplicate, Number(_seen[(slot, k, day)])));
        }

        if (outcome.Status != RowStatus.Error)
        {
            return new EventRow(slot!, organization!, kind!.Value, date!.Value, counterpart, card, decision, note);
        }

        if (slot is not null)
        {
            slot.Invalid = true;
        }

        return null;
    }

    private void Apply(ParsedRow row, EventRow parsed, RowOutcome outcome)
    {
        var slot = parsed.Slot;
        var organizationKey = run.Organizations.KeyOf(parsed.Organization);
        int? counterpartKey = parsed.Counterpart is null ? null : run.Organizations.KeyOf(parsed.Counterpart);
        var existing = slot.Events.FirstOrDefault(e => e.Id != 0 && e.Kind == parsed.Kind && e.OccurredOn == parsed.Date);
        if (parsed.Card is { } card)
        {
            run.Members.CardOwners[card] = slot;
        }

        if (existing is not null)
        {
            Update(existing, row, parsed, outcome, organizationKey, counterpartKey);
            return;
        }

        if (Locked(parsed.Date.Year, slot, outcome))
        {
            return;
        }

        var entry = new MembershipEvent
        {
            MemberId = slot.Key, OrganizationId = organizationKey, Kind = parsed.Kind, OccurredOn = parsed.Date, CounterpartOrganizationId = counterpartKey,
            CardNumber = parsed.Card, DecisionNumber = parsed.Decision, Note = parsed.Note, RecordedBy = run.UserName, RecordedAt = run.Now,
        };
        slot.Events.Add(entry);
        slot.LedgerChanged = true;
        run.Members.EventRows[entry] = (row, outcome);
        outcome.Status = RowStatus.New;
    }

    private void Update(MembershipEvent existing, ParsedRow row, EventRow parsed, RowOutcome outcome, int organizationKey, int? counterpartKey)
    {
        var slot = parsed.Slot;
        var before = LedgerEntryText.Describe(existing, run.Organizations.Name);
        if (existing.OrganizationId == organizationKey && existing.CounterpartOrganizationId == counterpartKey && existing.CardNumber == parsed.Card
            && existing.DecisionNumber == parsed.Decision && existing.Note == parsed.Note)
        {
            return;
        }

        if (Locked(existing.OccurredOn.Year, slot, outcome))
        {
            return;
        }

        existing.OrganizationId = organizationKey;
        existing.CounterpartOrganizationId = counterpartKey;
        existing.CardNumber = parsed.Card;
        existing.DecisionNumber = parsed.Decision;
        existing.Note = parsed.Note;
        outcome.Status = RowStatus.Updated;
        slot.LedgerChanged = true;
        run.Members.EventRows[existing] = (row, outcome);
        var member = slot.Member;
        run.Audit(nameof(MembershipEvent), () => member.Id, "Nhập: sửa sự kiện", before, LedgerEntryText.Describe(existing, run.Organizations.Name),
            () => new(existing.OrganizationId, member.Id, null));
    }

    /// <summary>Whether <paramref name="year"/>'s period is locked; then the row is refused and the member's other rows with it.</summary>
    private bool Locked(int year, MemberSlot slot, RowOutcome outcome)
    {
        if (!run.Periods.LockedYears.Contains(year))
        {
            return false;
        }

        outcome.Fail(new ImportMessage(ImportMessages.EventLocked, Number(year)));
        slot.Invalid = true;
        return true;
    }
}
