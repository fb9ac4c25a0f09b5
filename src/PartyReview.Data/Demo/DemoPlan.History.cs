using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Demo;

// The decided years: 2015–2018 reviews, the five-year members, and what every decided year shares (who is present,
// who is not rated, the organizations' and members' review rows, excellence within the quota).
internal sealed partial class DemoPlan
{
    private readonly List<MemberFacts> _fiveYearMembers = [];

    /// <summary>Fills each organization's excellent places up to the quota, nine five-year members first, the rest HTTNV.</summary>
    private void AssignExcellentAndGood(int year, List<MemberFacts> ratable, int excellentTotal)
    {
        var byOrganization = ratable.GroupBy(f => f.Organization).ToDictionary(g => g.Key, g => g.ToList());

        // At most one HTXSNV for every five HTTNV (20 %): x ≤ (rated − lower levels) / 6.
        var caps = byOrganization.ToDictionary(
            p => p.Key,
            p => p.Value.Count(f => !f.Levels.ContainsKey(year)) / 6);
        var surplus = caps.Values.Sum() - excellentTotal;
        if (surplus < 0)
        {
            throw new InvalidOperationException($"The demo plan cannot place {excellentTotal} HTXSNV members in {year} within the quota.");
        }

        var order = caps.Keys.OrderByDescending(o => caps[o]).ThenBy(o => o).ToList();
        for (var i = 0; surplus > 0; i = (i + 1) % order.Count)
        {
            var o = order[i];
            if (caps[o] > 0 && caps[o] > _fiveYearMembers.Count(f => f.Organization == o))
            {
                caps[o]--;
                surplus--;
            }
        }

        foreach (var (organization, members) in byOrganization)
        {
            var open = members.Where(f => !f.Levels.ContainsKey(year)).ToList();
            var first = open.Where(_fiveYearMembers.Contains).ToList();
            var others = Shuffle(open.Except(first).Where(f => !WouldCompleteFiveYears(f, year)).ToList());
            foreach (var f in first.Concat(others).Take(caps[organization]))
            {
                f.Levels[year] = QualityLevel.Excellent;
            }

            foreach (var f in open.Where(f => !f.Levels.ContainsKey(year)))
            {
                f.Levels[year] = QualityLevel.Good;
            }
        }
    }

    /// <summary>The last history year must not give anyone but the nine a five-year run of HTXSNV.</summary>
    private bool WouldCompleteFiveYears(MemberFacts facts, int year) =>
        year == SeedYear - 1 && !_fiveYearMembers.Contains(facts)
        && Enumerable.Range(FirstHistoryYear, SeedYear - FirstHistoryYear + 1)
            .Where(y => y != year).All(y => facts.Levels.GetValueOrDefault(y) == QualityLevel.Excellent);

    /// <summary>2015–2018: plausible results, a slowly rising share of excellence.</summary>
    private void ReviewHistoryYear(int year)
    {
        var date = ReviewDate(year);
        var step = year - FirstHistoryYear;
        var rated = Enumerable.Range(0, Organizations.Count).Where(o => Organizations[o].ExistsOn(date) && !Organizations[o].IsNewlyFoundedAt(date));
        var shuffled = Shuffle(rated.ToList());
        var levels = new QualityLevel?[Organizations.Count];
        var excellent = 13 + step;
        var complete = 5 - (step / 2);
        var notComplete = step == 0 ? 1 : 0;
        for (var i = 0; i < shuffled.Count; i++)
        {
            levels[shuffled[i]] = i < excellent ? QualityLevel.Excellent
                : i < excellent + complete ? QualityLevel.Complete
                : i < excellent + complete + notComplete ? QualityLevel.NotComplete
                : QualityLevel.Good;
        }

        AddOrganizationReviews(year, levels);

        var present = MembersPresent(date);
        var ratable = present.Where(f => NotRatedReasonIn(year, f) is null).ToList();
        var notExcellent = Shuffle(ratable.Where(f => levels[f.Organization] != QualityLevel.Excellent && !_fiveYearMembers.Contains(f)).ToList());
        foreach (var f in notExcellent.Take(3 + (step % 3)))
        {
            f.Levels[year] = QualityLevel.NotComplete;
        }

        foreach (var f in notExcellent.Skip(5).Take(40 + (step * 3)))
        {
            f.Levels[year] = QualityLevel.Complete;
        }

        var excellentMembers = (int)(ratable.Count * (0.12 + (0.005 * step)));
        AssignExcellentAndGood(year, ratable, excellentMembers);
        AddMemberReviews(year, present);
    }

    private List<MemberFacts> MembersPresent(DateOnly date) => _facts.Where(f => f.PresentAt(date)).ToList();

    private static NotRatedReason? NotRatedReasonIn(int year, MemberFacts facts) => facts.Story switch
    {
        Story.Exempt => NotRatedReason.Exempt,
        Story.Suspended2019 when year == SeedYear => NotRatedReason.Suspended,
        _ when facts.JoinedOn.Year == year && facts.Story != Story.TransferredIn2019 && ReviewRoster.IsNewlyAdmitted(facts.JoinedOn, ReviewDate(year)) => NotRatedReason.NewlyAdmitted,
        _ => null,
    };

    private void AddOrganizationReviews(int year, QualityLevel?[] levels)
    {
        var period = PeriodIndex(year);
        var date = ReviewDate(year);
        for (var o = 0; o < Organizations.Count; o++)
        {
            if (!Organizations[o].ExistsOn(date))
            {
                continue;
            }

            var review = new OrganizationReview { ReviewPeriodId = period, OrganizationId = o };
            var leadership = new LeadershipReview { ReviewPeriodId = period, OrganizationId = o };
            if (levels[o] is { } level)
            {
                review.Rate(level);
                leadership.Rate(level);
            }
            else
            {
                review.MarkNotRated(NotRatedReason.NewlyFounded);
                leadership.MarkNotRated(NotRatedReason.NewlyFounded);
            }

            AddSheet(o, review, leadership);
        }
    }

    /// <summary>An organization's sheet of the year: its own review, and its leadership's where it has an executive committee.</summary>
    private void AddSheet(int organization, OrganizationReview review, LeadershipReview leadership)
    {
        OrganizationReviews.Add(review);
        if (Organizations[organization].HasExecutiveCommittee)
        {
            LeadershipReviews.Add(leadership);
        }
    }

    private void AddMemberReviews(int year, List<MemberFacts> present)
    {
        var period = PeriodIndex(year);
        foreach (var facts in present)
        {
            var review = new MemberReview { ReviewPeriodId = period, MemberId = facts.Index, OrganizationId = facts.Organization };
            if (NotRatedReasonIn(year, facts) is { } reason)
            {
                review.MarkNotRated(reason);
            }
            else
            {
                review.Rate(facts.Levels[year]);
            }

            MemberReviews.Add(review);
        }
    }
}
