using PartyReview.Domain.Formatting;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// After the Members and Events sheets: places a member with no ledger yet as their row says (admitted, made
/// official, given a card), replays every changed ledger (a refused entry marks its row, or the member's row, in
/// error), sets the member's state from it, and checks that what the member's row claims agrees with the ledger.
/// A member refused here leaves the import in error: no half ledger is written.
/// </summary>
internal sealed class LedgerReplay(ImportRun run)
{
    private const string PlacedNote = "Đưa vào sổ khi nhập từ tệp";

    public void Replay()
    {
        foreach (var slot in run.Members.Slots.Where(s => !s.Invalid))
        {
            var placement = PlaceFromRoster(slot);
            if (placement == Placement.Left)
            {
                continue;
            }

            if (placement == Placement.Refused || !ReplayLedger(slot))
            {
                slot.Invalid = true;
                continue;
            }

            if (slot.Outcome is { Status: not RowStatus.Error } outcome && !CheckClaims(slot, outcome))
            {
                slot.Invalid = true;
                continue;
            }

            if (slot.Outcome is { Status: not RowStatus.Error } done)
            {
                AuditMember(slot, done);
            }
        }
    }

    private enum Placement
    {
        /// <summary>The member has a ledger, or is placed by their row: replay it.</summary>
        Placed,

        /// <summary>The row cannot place the member: refused.</summary>
        Refused,

        /// <summary>An existing member with no ledger and no organization on their row: left as they are.</summary>
        Left,
    }

    /// <summary>A member with no ledger yet is placed by the roster: admitted (and made official, and given a card) as it says.</summary>
    private Placement PlaceFromRoster(MemberSlot slot)
    {
        if (slot.Events.Count == 0 && slot.Row is { } row && slot.Outcome is { } outcome)
        {
            if (slot.Claimed.OrganizationKey is not { } organization)
            {
                if (slot.IsNew)
                {
                    outcome.Fail(row.At("OrganizationCode", ImportMessages.MemberNeedsOrganization));
                    return Placement.Refused;
                }

                return Placement.Left;
            }

            if (slot.Claimed.Admitted is not { } admitted)
            {
                outcome.Fail(row.At("AdmittedOn", ImportMessages.MemberNeedsAdmittedOn));
                return Placement.Refused;
            }

            if (slot.Claimed.Card is not null && slot.Claimed.Official is null)
            {
                outcome.Fail(row.At("CardNumber", ImportMessages.MemberCardWhileProbationary));
                return Placement.Refused;
            }

            slot.Events.Add(NewEvent(slot, organization, MembershipEventKind.Admitted, admitted, null));
            if (slot.Claimed.Official is { } official)
            {
                slot.Events.Add(NewEvent(slot, organization, MembershipEventKind.MadeOfficial, official, null));
                if (slot.Claimed.Card is { } card)
                {
                    slot.Events.Add(NewEvent(slot, organization, MembershipEventKind.PartyCardIssued, official, card));
                }
            }

            slot.LedgerChanged = true;
        }

        if (slot.IsNew && slot.Events.Count > 0 && !slot.Events.Any(e => e.Kind == MembershipEventKind.Admitted) && slot.Member.AdmittedOn == default && slot.Outcome is { } o)
        {
            o.Fail(slot.Row!.At("AdmittedOn", ImportMessages.MemberTransferNeedsAdmittedOn));
            return Placement.Refused;
        }

        return Placement.Placed;
    }

    /// <summary>Replays a changed ledger and applies its state; false when an entry is refused.</summary>
    private bool ReplayLedger(MemberSlot slot)
    {
        if (!slot.LedgerChanged)
        {
            return true;
        }

        var member = slot.Member;
        var rows = run.Members.EventRows;
        var (state, error) = MembershipLedger.Replay(MembershipLedger.OriginOf(member, slot.Events), slot.Events, run.Organizations.Name);
        if (error is not null)
        {
            var target = rows.TryGetValue(error.Event, out var at) ? at.Outcome
                : slot.Events.Where(rows.ContainsKey).Select(e => rows[e].Outcome).FirstOrDefault() ?? slot.Outcome;
            target?.Fail(new ImportMessage(ImportMessages.MemberLedgerInvalid,
                member.MemberCode, error.Event.Kind.Name(), VietnameseFormat.Date(error.Event.OccurredOn), Movements.MovementsMessages.Vietnamese(error)));
            return false;
        }

        member.ApplyLedger(state);

        // A ledger write moves the member's version, as on the member's page: an edit shown before the import is stale.
        member.MarkChanged();
        foreach (var entry in slot.Events.Where(e => e.Id == 0))
        {
            run.Db.MembershipEvents.Add(entry);

            // A new member's entries are told in the one line that adds the member (a 10.000-member roster
            // would otherwise write 40.000 lines); an existing member's each get their own.
            if (slot.IsNew)
            {
                slot.Notes.Add(LedgerEntryText.Describe(entry, run.Organizations.Name));
            }
            else
            {
                run.Audit(nameof(MembershipEvent), () => member.Id, "Nhập: ghi sự kiện", null, LedgerEntryText.Describe(entry, run.Organizations.Name),
                    () => new(entry.OrganizationId, member.Id, null));
            }
        }

        return true;
    }

    /// <summary>What the roster claims must agree with the ledger; false when it does not.</summary>
    private bool CheckClaims(MemberSlot slot, RowOutcome outcome)
    {
        var member = slot.Member;
        var row = slot.Row!;
        var claimed = slot.Claimed;
        if (claimed.Admitted is { } a && a != member.AdmittedOn)
        {
            outcome.Fail(row.At("AdmittedOn", ImportMessages.MemberAdmittedDiffers, VietnameseFormat.Date(a), VietnameseFormat.Date(member.AdmittedOn)));
        }

        if (claimed.Official is { } o && o != member.OfficialOn)
        {
            outcome.Fail(member.OfficialOn is { } x
                ? row.At("OfficialOn", ImportMessages.MemberOfficialDiffers, VietnameseFormat.Date(o), VietnameseFormat.Date(x))
                : row.At("OfficialOn", ImportMessages.MemberOfficialDiffersNotOfficial, VietnameseFormat.Date(o)));
        }

        if (claimed.Card is { } c && c != member.PartyCardNumber)
        {
            outcome.Fail(member.PartyCardNumber is { } held
                ? row.At("CardNumber", ImportMessages.MemberCardDiffers, c, held)
                : row.At("CardNumber", ImportMessages.MemberCardDiffersNoCard, c));
        }

        if (claimed.OrganizationKey is { } k && k != member.OrganizationId)
        {
            outcome.Fail(member.OrganizationId is { } now
                ? row.At("OrganizationCode", ImportMessages.MemberOrganizationDiffers, claimed.OrganizationCode!, run.Organizations.Name(now))
                : row.At("OrganizationCode", ImportMessages.MemberOrganizationDiffersLeft, claimed.OrganizationCode!));
        }

        return outcome.Status != RowStatus.Error;
    }

    private void AuditMember(MemberSlot slot, RowOutcome outcome)
    {
        var member = slot.Member;
        if (slot.IsNew)
        {
            outcome.Status = RowStatus.New;
            run.Audit(nameof(Member), () => member.Id, "Nhập: thêm đảng viên", null,
                () => slot.Notes.Count == 0 ? Describe(member) : $"{Describe(member)}; {string.Join("; ", slot.Notes)}",
                () => new(member.OrganizationId, member.Id, null));
        }
        else if (slot.Before != MemberSnapshot.Of(member))
        {
            outcome.Status = RowStatus.Updated;
            var before = slot.Before;
            run.Audit(nameof(Member), () => member.Id, "Nhập: sửa đảng viên",
                $"{before.Code} – {before.Name}, {ImportFormat.GenderName(before.Gender)}, sinh {VietnameseFormat.Date(before.Birth)}", Describe(member),
                () => new(member.OrganizationId, member.Id, null));
        }
    }

    private MembershipEvent NewEvent(MemberSlot slot, int organization, MembershipEventKind kind, DateOnly date, string? card) => new()
    {
        MemberId = slot.Key, OrganizationId = organization, Kind = kind, OccurredOn = date, CardNumber = card, Note = PlacedNote,
        RecordedBy = run.UserName, RecordedAt = run.Now,
    };

    /// <summary>The member as their audit line tells them.</summary>
    public static string Describe(Member m) =>
        $"{m.MemberCode} – {m.FullName}, {ImportFormat.GenderName(m.Gender)}, sinh {VietnameseFormat.Date(m.BirthDate)}";
}
