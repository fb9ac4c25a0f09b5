using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using static PartyReview.Web.Features.Import.RowCells;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// The Members sheet: each row is matched by code (or, without a code, by card number) and adds or updates the
/// member's own fields; what it says of the ledger (admission, full membership, card, organization) is kept as the
/// member's claim and checked by <see cref="LedgerReplay"/> once the events are read.
/// </summary>
internal sealed class MemberSheet(ImportRun run)
{
    private readonly Dictionary<MemberSlot, int> _seen = new(ReferenceEqualityComparer.Instance);

    private sealed record MemberRow(
        MemberSlot? Slot, string? Code, string Name, Gender Gender, DateOnly Birth, DateOnly? Admitted, DateOnly? Official, string? Card, Organization? Organization);

    public void Import(IReadOnlyList<ParsedRow> rows) =>
        run.EachRow(rows, row => $"{Code(row["Code"]) ?? row["CardNumber"]} – {row["FullName"]}", Read, Apply);

    private MemberRow? Read(ParsedRow row, RowOutcome outcome)
    {
        var members = run.Members;
        var code = Code(Text(row, "Code", Member.CodeMaxLength, outcome));
        var name = Required(row, "FullName", Member.FullNameMaxLength, outcome);
        var gender = Parse(row, "Gender", ImportSpellings.Genders, ImportMessages.UnreadableGender, outcome, required: true);
        var birth = Date(row, "BirthDate", outcome, required: true);
        var admitted = Date(row, "AdmittedOn", outcome);
        var official = Date(row, "OfficialOn", outcome);
        var card = Text(row, "CardNumber", Member.CardNumberMaxLength, outcome);
        var organization = run.Organizations.Find(row, "OrganizationCode", outcome, required: false);
        if (birth is { } b && admitted is { } a && !AdmissionRules.IsOldEnough(b, a))
        {
            outcome.Fail(row.At("BirthDate", ImportMessages.MemberTooYoung, VietnameseFormat.Date(a), Number(AdmissionRules.MinimumAge)));
        }

        if (admitted is { } a2 && official is { } o && o < a2.AddMonths(MembershipLedger.ProbationMonths))
        {
            outcome.Fail(row.At("OfficialOn", ImportMessages.MemberOfficialTooSoon, Number(MembershipLedger.ProbationMonths)));
        }

        MemberSlot? slot = null;
        if (code is not null && members.ByCode.TryGetValue(code, out var byCode))
        {
            slot = byCode;
        }
        else if (code is null && card is not null && members.ByCard.TryGetValue(card, out var byCard))
        {
            slot = byCard;
        }

        if (slot is not null && !_seen.TryAdd(slot, row.Number))
        {
            outcome.Fail(new ImportMessage(ImportMessages.MemberDuplicate, slot.Member.MemberCode, Number(_seen[slot])));
        }

        if (card is not null && members.CardOwners.TryGetValue(card, out var owner) && !ReferenceEquals(owner, slot))
        {
            outcome.Fail(row.At("CardNumber", ImportMessages.MemberCardTaken, card, owner.Member.MemberCode, owner.Member.FullName));
        }

        if (slot is not null && code is not null && slot.Member.MemberCode != code && members.ByCode.ContainsKey(code))
        {
            outcome.Fail(row.At("Code", ImportMessages.MemberCodeTaken, code));
        }

        if (outcome.Status != RowStatus.Error)
        {
            return new MemberRow(slot, code, name!, gender!.Value, birth!.Value, admitted, official, card, organization);
        }

        if (slot is not null)
        {
            slot.Invalid = true;
        }
        else if (code is not null)
        {
            // Events of this member are refused too: mark the code as known but invalid.
            members.ByCode[code] = new MemberSlot(new Member { MemberCode = code, FullName = name ?? code }) { Invalid = true, IsNew = true, TempKey = run.NextTemporaryKey() };
        }

        return null;
    }

    private void Apply(ParsedRow row, MemberRow parsed, RowOutcome outcome)
    {
        var members = run.Members;
        var slot = parsed.Slot;
        if (slot is null)
        {
            var member = new Member
            {
                CommitteeId = run.Committee.Id,
                MemberCode = parsed.Code ?? MemberCodes.Format(members.NextNumber++),
                FullName = parsed.Name,
                Gender = parsed.Gender,
                BirthDate = parsed.Birth,
                AdmittedOn = parsed.Admitted ?? default,
                OfficialOn = parsed.Official,
            };
            slot = new MemberSlot(member) { IsNew = true, TempKey = run.NextTemporaryKey() };
            members.Slots.Add(slot);
            members.ByCode[member.MemberCode] = slot;
            run.Db.Members.Add(member);
            _seen[slot] = row.Number;
        }
        else
        {
            if (parsed.Code is { } code && slot.Member.MemberCode != code)
            {
                members.ByCode.Remove(slot.Member.MemberCode);
                slot.Member.MemberCode = code;
                members.ByCode[code] = slot;
            }

            slot.Member.FullName = parsed.Name;
            slot.Member.Gender = parsed.Gender;
            slot.Member.BirthDate = parsed.Birth;
            var kinds = slot.Events.Select(e => e.Kind).ToHashSet();
            if (parsed.Admitted is { } given && !kinds.Contains(MembershipEventKind.Admitted))
            {
                slot.Member.AdmittedOn = given;
            }

            if (parsed.Official is not null && !kinds.Contains(MembershipEventKind.MadeOfficial))
            {
                slot.Member.OfficialOn = parsed.Official;
            }
        }

        if (parsed.Card is { } card)
        {
            members.ByCard[card] = slot;
            members.CardOwners[card] = slot;
        }

        slot.Row = row;
        slot.Outcome = outcome;
        var organization = parsed.Organization;
        slot.Claimed = new MemberClaim(parsed.Admitted, parsed.Official, parsed.Card, organization is null ? null : run.Organizations.KeyOf(organization), organization?.Code);
    }
}
