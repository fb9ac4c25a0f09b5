using PartyReview.Domain.Movements;

namespace PartyReview.Data.Demo;

// The membership ledger up to 2019 and the state every member is left in by replaying it.
internal sealed partial class DemoPlan
{
    /// <summary>
    /// The membership ledger: every member enters it by admission or by transfer, is made official and gets a card;
    /// 2019 holds the article's movements. The members' organization, status and card then come from replaying it.
    /// </summary>
    private void BuildEvents()
    {
        Targets.Add(new AdmissionTarget { Year = SeedYear, Target = AdmissionTarget2019 });
        var reissued = Shuffle(_facts.Where(f => f.Story == Story.Regular && f.LeftOn is null).ToList()).Take(CardsReissued2019).ToHashSet();
        foreach (var facts in _facts.OrderBy(f => f.JoinedOn))
        {
            var member = Members[facts.Index];
            if (facts.Story == Story.TransferredIn2019)
            {
                AddEvent(facts, MembershipEventKind.TransferredIn, facts.JoinedOn, "Từ Đảng bộ ngoài Khối", member.PartyCardNumber);
            }
            else
            {
                AddEvent(facts, MembershipEventKind.Admitted, member.AdmittedOn);
                var officialOn = member.OfficialOn!.Value;
                AddEvent(facts, MembershipEventKind.MadeOfficial, officialOn);
                var cardOn = facts.Story switch
                {
                    Story.Admitted2019Early or Story.Admitted2019Late => officialOn.AddDays(20),
                    Story.MadeOfficial2019 => Min(officialOn.AddDays(14), new DateOnly(SeedYear, 12, 16)),
                    _ => Min(officialOn.AddDays(14), new DateOnly(officialOn.Year, 12, 31)),
                };
                AddEvent(facts, MembershipEventKind.PartyCardIssued, cardOn, card: member.PartyCardNumber);
            }

            switch (facts.Story)
            {
                case Story.TransferredOut2019:
                    AddEvent(facts, MembershipEventKind.TransferredOut, facts.LeftOn!.Value, "Chuyển công tác ra ngoài Khối");
                    break;
                case Story.Removed2019:
                    AddEvent(facts, MembershipEventKind.Removed, facts.LeftOn!.Value);
                    break;
                case Story.StruckOff2019:
                    AddEvent(facts, MembershipEventKind.StruckOff, facts.LeftOn!.Value);
                    break;
            }

            if (reissued.Contains(facts))
            {
                AddEvent(facts, MembershipEventKind.PartyCardIssued, RandomDate(new DateOnly(2019, 3, 1), new DateOnly(2019, 11, 30)), "Cấp lại thẻ bị mất", NextCardNumber());
            }
        }
    }

    private int _decisionNumber;
    private int _lastCardNumber;

    private string NextCardNumber()
    {
        if (_lastCardNumber == 0)
        {
            _lastCardNumber = Members.Where(m => m.PartyCardNumber is not null)
                .Max(m => int.Parse(m.PartyCardNumber!, System.Globalization.CultureInfo.InvariantCulture));
        }

        return (++_lastCardNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every member's organization, status and card, as their ledger leaves them.</summary>
    private void ApplyLedgers()
    {
        foreach (var ledger in Events.GroupBy(e => e.MemberId))
        {
            var member = Members[ledger.Key];
            var events = ledger.ToList();
            var (state, error) = MembershipLedger.Replay(MembershipLedger.OriginOf(member, events), events);
            if (error is not null)
            {
                throw new InvalidOperationException($"The demo ledger of {member.MemberCode} is impossible: {error}");
            }

            member.ApplyLedger(state);
        }
    }

    private void AddEvent(
        MemberFacts facts, MembershipEventKind kind, DateOnly date, string? note = null, string? card = null, int? organization = null, int? counterpart = null)
    {
        Events.Add(new MembershipEvent
        {
            MemberId = facts.Index,
            OrganizationId = organization ?? facts.Organization,
            Kind = kind,
            OccurredOn = date,
            CounterpartOrganizationId = counterpart,
            CardNumber = card,
            DecisionNumber = kind == MembershipEventKind.PartyCardIssued ? null : $"{++_decisionNumber}-{DecisionSymbol}",
            Note = note,
            RecordedBy = "system",
            RecordedAt = new DateTime(Math.Min(date.Year, CurrentYear), date.Month, date.Day, 2, 0, 0, DateTimeKind.Utc),
        });
    }
}
