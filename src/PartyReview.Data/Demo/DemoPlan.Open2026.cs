using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.Data.Demo;

// The open 2026 period under Quy định 366 and the movements of 2025–2026 it follows.
internal sealed partial class DemoPlan
{
    /// <summary>2026 under Quy định 366: scores on the 100-point scale, about two organizations in five entered.</summary>
    private void Review2026()
    {
        var year = CurrentYear;
        var date = ReviewDate(year);
        var period = PeriodIndex(year);
        var entered = Enumerable.Range(0, Organizations.Count).Where(o => o % 5 is 0 or 3).ToHashSet();
        var organizationScores = Enumerable.Range(0, Organizations.Count).ToDictionary(
            o => o,
            o => o % 3 == 0 ? RandomScore(90, 96) : o % 7 == 0 ? RandomScore(60, 69) : RandomScore(72, 89));

        var membersByOrganization = new Dictionary<int, List<QualityLevel?>>();
        foreach (var facts in _facts.Where(f => f.LeftOn is null && f.PresentAt(date)).OrderBy(f => f.Organization))
        {
            var review = new MemberReview { ReviewPeriodId = period, MemberId = facts.Index, OrganizationId = facts.Organization };
            if (facts.Story == Story.Exempt)
            {
                review.MarkNotRated(NotRatedReason.Exempt);
            }
            else if (entered.Contains(facts.Organization))
            {
                var draw = _random.Next(1000);
                var score = draw < 140 ? RandomScore(90, 98) : draw < 975 ? RandomScore(70, 89.5m) : draw < 997 ? RandomScore(50, 69.5m) : RandomScore(35, 49.5m);

                // An excellent organization has no member below HTNV (its prerequisite).
                if (organizationScores[facts.Organization] >= PointScale.ExcellentFrom && score < PointScale.CompleteFrom)
                {
                    score = RandomScore(50, 69.5m);
                }

                review.Rate(PointScale.LevelFor(score), score);
            }

            membersByOrganization.TryAdd(facts.Organization, []);
            membersByOrganization[facts.Organization].Add(review.Level);
            MemberReviews.Add(review);
        }

        for (var o = 0; o < Organizations.Count; o++)
        {
            var review = new OrganizationReview { ReviewPeriodId = period, OrganizationId = o };
            var leadership = new LeadershipReview { ReviewPeriodId = period, OrganizationId = o };
            if (entered.Contains(o))
            {
                var score = organizationScores[o];
                review.Rate(PointScale.LevelFor(score), score);
                var leadershipScore = Math.Max(50, score - RandomScore(0, 4));
                leadership.Rate(PointScale.LevelFor(leadershipScore), leadershipScore);
                review.EntryStatus = EntryStatus.Accepted;
                review.LastSavedBy = "staff@demo.local";
                review.LastSavedAt = new DateTime(2026, 11, 20, 2, 30, 0, DateTimeKind.Utc).AddMinutes(o * 7);
                review.MarkChanged();
                var counts = MemberCounts.Of(membersByOrganization.GetValueOrDefault(o, []));
                var quota = ReviewRuleSet.QuotaFinding(new QuotaCheck(counts.Excellent, counts.Good, ReviewPeriod.DefaultExcellenceQuotaPercent), null);
                review.Warnings = quota?.Vietnamese;
            }

            AddSheet(o, review, leadership);
        }
    }

    /// <summary>
    /// 2025–2026, in organizations whose 2026 sheets are still open: admissions (some waiting for the official decision,
    /// some overdue), members made official and given cards, transfers (one between two organizations), a death.
    /// </summary>
    private void BuildRecentMovements()
    {
        Targets.Add(new AdmissionTarget { Year = CurrentYear - 1, Target = 130 });
        Targets.Add(new AdmissionTarget { Year = CurrentYear, Target = 140 });
        var open = Enumerable.Range(0, Organizations.Count)
            .Where(o => o % 5 is 2 or 4 && DemoNames.Organizations[o].Size >= 20 && !DemoNames.FoundedIn2019.Contains(o)).ToList();
        Targets.Add(new AdmissionTarget { Year = CurrentYear, OrganizationId = open[0], Target = 4 });
        var period = PeriodIndex(CurrentYear);
        var reviewDate = ReviewDate(CurrentYear);

        MemberFacts Admit(int organization, DateOnly on)
        {
            var facts = AddRecentMember(organization, on, () => on, youngest: 20, official: false);
            AddEvent(facts, MembershipEventKind.Admitted, on);
            return facts;
        }

        // Admitted in 2025: eight made official in 2026 with their cards; six waiting, three of them overdue; two not yet due.
        for (var n = 0; n < 16; n++)
        {
            var on = n switch
            {
                < 8 => RandomDate(new DateOnly(2025, 3, 1), new DateOnly(2025, 7, 31)),
                < 11 => RandomDate(new DateOnly(2025, 8, 1), new DateOnly(2025, 9, 15)),
                < 14 => RandomDate(new DateOnly(2025, 10, 20), new DateOnly(2025, 11, 20)),
                _ => RandomDate(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 20)),
            };
            var facts = Admit(open[n % open.Count], on);
            if (n < 8)
            {
                var officialOn = Probation.EndsOn(on).AddDays(5 + _random.Next(20));
                AddEvent(facts, MembershipEventKind.MadeOfficial, officialOn);
                AddEvent(facts, MembershipEventKind.PartyCardIssued, Min(officialOn.AddDays(20), new DateOnly(2026, 11, 20)), card: NextCardNumber());
            }
        }

        // Admitted in 2026, still on probation.
        for (var n = 0; n < 12; n++)
        {
            Admit(open[(n * 3) % open.Count], RandomDate(new DateOnly(2026, 1, 10), new DateOnly(2026, 11, 15)));
        }

        // Received from outside the committee, already official.
        for (var n = 0; n < 4; n++)
        {
            var facts = AddRecentMember(
                open[(n * 5) % open.Count], RandomDate(new DateOnly(2026, 2, 1), new DateOnly(2026, 10, 30)),
                () => RandomDate(new DateOnly(2005, 1, 1), new DateOnly(2020, 12, 31)), youngest: 22, official: true);
            AddEvent(facts, MembershipEventKind.TransferredIn, facts.JoinedOn, "Từ Đảng bộ tỉnh Khánh Hòa", NextCardNumber());
        }

        // Leaving: five transferred out of the committee, one deceased; one moved between two organizations.
        var present = Shuffle(_facts.Where(f => f.Story == Story.Regular && f.LeftOn is null && open.Contains(f.Organization)
                                              && !_fiveYearMembers.Contains(f)).ToList());
        foreach (var facts in present.Take(5))
        {
            AddEvent(facts, MembershipEventKind.TransferredOut, RandomDate(new DateOnly(2026, 2, 1), new DateOnly(2026, 10, 30)), "Chuyển công tác ra ngoài Khối");
        }

        AddEvent(present[5], MembershipEventKind.Deceased, new DateOnly(2026, 6, 9));
        var moving = present[6];
        var target = open.First(o => o != moving.Organization);
        var movedOn = new DateOnly(2026, 3, 16);
        AddEvent(moving, MembershipEventKind.TransferredOut, movedOn, "Điều động công tác", counterpart: target);
        AddEvent(moving, MembershipEventKind.TransferredIn, movedOn, "Điều động công tác", organization: target, counterpart: moving.Organization);

        // The 2026 period holds whoever belongs at its review date, where they belong then.
        var left = present.Take(6).Select(f => f.Index).ToHashSet();
        MemberReviews.RemoveAll(r => r.ReviewPeriodId == period && left.Contains(r.MemberId));
        MemberReviews.First(r => r.ReviewPeriodId == period && r.MemberId == moving.Index).OrganizationId = target;
        foreach (var facts in _facts.Where(f => f.Story == Story.Recent))
        {
            var review = new MemberReview { ReviewPeriodId = period, MemberId = facts.Index, OrganizationId = facts.Organization };
            if (ReviewRoster.MemberStartsNotRated(Members[facts.Index].AdmittedOn, reviewDate) is { } reason)
            {
                review.MarkNotRated(reason);
            }

            MemberReviews.Add(review);
        }
    }

    /// <summary>
    /// A member who joins the committee in 2025–2026 on <paramref name="joinedOn"/>: the gender is drawn first, then the
    /// admission date, the name, and a birth date making them 35 down to <paramref name="youngest"/> years old at admission.
    /// </summary>
    private MemberFacts AddRecentMember(int organization, DateOnly joinedOn, Func<DateOnly> admission, int youngest, bool official)
    {
        var facts = new MemberFacts(_facts.Count, organization, Story.Recent) { JoinedOn = joinedOn };
        _facts.Add(facts);
        var gender = _random.Next(100) < 50 ? Gender.Male : Gender.Female;
        var admittedOn = admission();
        Members.Add(new Member
        {
            MemberCode = MemberCodes.Format(facts.Index + 1), FullName = RandomName(gender), Gender = gender,
            BirthDate = RandomDate(admittedOn.AddYears(-35), admittedOn.AddYears(-youngest)), AdmittedOn = admittedOn,
            OfficialOn = official ? admittedOn.AddYears(1) : null,
        });
        return facts;
    }
}
