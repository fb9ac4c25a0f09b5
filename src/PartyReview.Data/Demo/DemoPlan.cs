using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.Data.Demo;

/// <summary>
/// The demo committee, built in memory and the same on every run: Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng with its
/// review history 2015–2019 reproducing the 2019 year-end article, and an open 2026 period half entered.
/// Foreign keys in the plan are positions in its lists; <see cref="DemoDataSeeder"/> maps them to database keys.
/// </summary>
internal sealed class DemoPlan
{
    public const int SeedYear = 2019;
    public const int FirstHistoryYear = 2015;
    public const int CurrentYear = 2026;
    public const int ActiveMembersAtEndOf2019 = 2748;
    public const int AdmissionTarget2019 = 120;
    public const string DecisionSymbol = "QĐ/ĐUK";

    // The 2019 figures of the article.
    private const int Admitted2019BeforeJune = 84;
    private const int Admitted2019AfterJune = 61;
    private const int MadeOfficial2019 = 132;
    private const int TransferredIn2019 = 70;
    private const int TransferredOut2019 = 165;
    private const int Removed2019 = 2;
    private const int StruckOff2019 = 1;
    private const int CardsReissued2019 = 148 - MadeOfficial2019;
    private const int Exempt = 22;
    private const int Suspended2019 = 3;
    private const int ExcellentMembers2019 = 386;
    private const int CompleteMembers2019 = 49;
    private const int NotCompleteMembers2019 = 6;
    private const int ExcellentOrganizations2019 = 17;
    private const int CompleteOrganizations2019 = 4;
    private const int FiveYearMembers = 9;

    private readonly Random _random = new(SeedYear);
    private readonly List<MemberFacts> _facts = [];
    private int _decisionNumber;

    public Committee Committee { get; } = new()
    {
        Name = "Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng",
        ShortName = "Đảng ủy Khối",
        UpperBodyName = "Đảng bộ tỉnh Lâm Đồng",
        Place = "Lâm Đồng",
        DocumentSymbol = "ĐUK",
        TermStartYear = 2020,
        DefaultSigner = "Phạm Văn Thắng",
        DefaultSignerTitle = "BÍ THƯ",
    };

    public List<Organization> Organizations { get; } = [];
    public List<Member> Members { get; } = [];
    public List<ReviewPeriod> Periods { get; } = [];
    public List<OrganizationReview> OrganizationReviews { get; } = [];
    public List<LeadershipReview> LeadershipReviews { get; } = [];
    public List<MemberReview> MemberReviews { get; } = [];
    public List<MembershipEvent> Events { get; } = [];
    public List<AdmissionTarget> Targets { get; } = [];
    public List<Commendation> Commendations { get; } = [];

    /// <summary>The decisions of the 2019 ceremony (16/01/2020); <see cref="Commendation.DecisionId"/> holds positions in this list.</summary>
    public List<CommendationDecision> Decisions { get; } = [];

    public static DemoPlan Create()
    {
        var plan = new DemoPlan();
        plan.Build();
        return plan;
    }

    private enum Story
    {
        Regular,
        Admitted2019Early,
        Admitted2019Late,
        MadeOfficial2019,
        TransferredIn2019,
        Exempt,
        Suspended2019,
        TransferredOut2019,
        Removed2019,
        StruckOff2019,

        /// <summary>Admitted, received or moved in 2025–2026.</summary>
        Recent,
    }

    /// <summary>What the plan knows of a member beyond the entity: where, since when, until when.</summary>
    private sealed class MemberFacts(int index, int organization, Story story)
    {
        public int Index { get; } = index;
        public int Organization { get; } = organization;
        public Story Story { get; set; } = story;
        public DateOnly JoinedOn { get; set; }
        public DateOnly? LeftOn { get; set; }
        public Dictionary<int, QualityLevel> Levels { get; } = [];

        public bool PresentAt(DateOnly date) => JoinedOn <= date && (LeftOn is null || LeftOn > date);
    }

    private static DateOnly ReviewDate(int year) => year == CurrentYear ? new DateOnly(year, 12, 15) : new DateOnly(year, 12, 20);

    private void Build()
    {
        BuildOrganizations();
        BuildMembers();
        BuildPeriods();
        Review2019();
        for (var year = FirstHistoryYear; year < SeedYear; year++)
        {
            ReviewHistoryYear(year);
        }

        Review2026();
        BuildEvents();
        BuildRecentMovements();
        ApplyLedgers();
        BuildCommendations2019();
    }

    private void BuildOrganizations()
    {
        for (var i = 0; i < DemoNames.Organizations.Length; i++)
        {
            var (name, _) = DemoNames.Organizations[i];
            var foundedIn2019 = DemoNames.FoundedIn2019.Contains(i);
            Organizations.Add(new Organization
            {
                Code = $"TCCS{i + 1:00}",
                Name = name,
                Kind = name.StartsWith("Đảng bộ", StringComparison.Ordinal) ? OrganizationKind.PartyCommittee : OrganizationKind.Cell,
                FoundedOn = foundedIn2019
                    ? new DateOnly(2019, 8 + Array.IndexOf(DemoNames.FoundedIn2019, i), 15)
                    : new DateOnly(1976 + _random.Next(0, 37), 1 + _random.Next(12), 1 + _random.Next(28)),
                HasExecutiveCommittee = !DemoNames.WithoutExecutiveCommittee.Contains(i),
            });
        }
    }

    private const int ScaledFrom = 35;

    /// <summary>Members per organization at the end of 2019: cells as given, the larger bodies scaled to 2.748 in all.</summary>
    private static int[] ActiveSizes()
    {
        var weights = DemoNames.Organizations.Select(o => o.Size).ToArray();
        var fixedTotal = weights.Where(w => w < ScaledFrom).Sum();
        var scaledTotal = weights.Where(w => w >= ScaledFrom).Sum();
        var factor = (double)(ActiveMembersAtEndOf2019 - fixedTotal) / scaledTotal;
        var sizes = weights.Select(w => w < ScaledFrom ? w : (int)Math.Round(w * factor)).ToArray();
        var largest = Array.IndexOf(sizes, sizes.Max());
        sizes[largest] += ActiveMembersAtEndOf2019 - sizes.Sum();
        return sizes;
    }

    private void BuildMembers()
    {
        var sizes = ActiveSizes();
        for (var org = 0; org < sizes.Length; org++)
        {
            // The members of the two new organizations all came to them by transfer in 2019.
            var story = DemoNames.FoundedIn2019.Contains(org) ? Story.TransferredIn2019 : Story.Regular;
            for (var n = 0; n < sizes[org]; n++)
            {
                _facts.Add(new MemberFacts(_facts.Count, org, story));
            }
        }

        // Those who left in 2019 come from the larger organizations.
        var large = Enumerable.Range(0, sizes.Length).Where(o => DemoNames.Organizations[o].Size >= 40).ToArray();
        var leavers = new[] { (Story.TransferredOut2019, TransferredOut2019), (Story.Removed2019, Removed2019), (Story.StruckOff2019, StruckOff2019) };
        foreach (var (story, count) in leavers)
        {
            for (var n = 0; n < count; n++)
            {
                _facts.Add(new MemberFacts(_facts.Count, large[_random.Next(large.Length)], story));
            }
        }

        var regular = Shuffle(_facts.Where(f => f.Story == Story.Regular).ToList());
        var position = 0;
        var transferredSoFar = _facts.Count(f => f.Story == Story.TransferredIn2019);
        foreach (var (story, count) in new[]
                 {
                     (Story.Admitted2019Early, Admitted2019BeforeJune), (Story.Admitted2019Late, Admitted2019AfterJune),
                     (Story.MadeOfficial2019, MadeOfficial2019), (Story.TransferredIn2019, TransferredIn2019 - transferredSoFar),
                     (Story.Exempt, Exempt), (Story.Suspended2019, Suspended2019),
                 })
        {
            for (var n = 0; n < count; n++)
            {
                regular[position++].Story = story;
            }
        }

        var cardNumber = 10_500_000;
        foreach (var facts in _facts)
        {
            // Every one of them is official by 2020 and holds a card; the ledger issues it.
            var member = CreateMember(facts);
            member.PartyCardNumber = (cardNumber += 1 + _random.Next(40)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Members.Add(member);
        }

        // A name every search test can look for.
        Members[0].FullName = "Nguyễn Văn An";
        Members[0].Gender = Gender.Male;
    }

    private Member CreateMember(MemberFacts facts)
    {
        var admittedOn = facts.Story switch
        {
            Story.Admitted2019Early => RandomDate(new DateOnly(2019, 1, 5), new DateOnly(2019, 6, 15)),
            Story.Admitted2019Late => RandomDate(new DateOnly(2019, 7, 1), new DateOnly(2019, 12, 10)),
            Story.MadeOfficial2019 => RandomDate(new DateOnly(2018, 1, 10), new DateOnly(2018, 11, 30)),
            Story.Exempt => RandomDate(new DateOnly(1968, 1, 1), new DateOnly(1985, 12, 31)),
            _ => RandomDate(new DateOnly(1982, 1, 1), new DateOnly(2017, 12, 31)),
        };
        facts.JoinedOn = admittedOn;
        if (facts.Story == Story.TransferredIn2019)
        {
            var founded = Organizations[facts.Organization].FoundedOn;
            var from = founded.Year == SeedYear ? founded : new DateOnly(2019, 1, 10);
            facts.JoinedOn = RandomDate(from, new DateOnly(2019, 11, 30));
        }

        if (facts.Story is Story.TransferredOut2019 or Story.Removed2019 or Story.StruckOff2019)
        {
            facts.LeftOn = RandomDate(new DateOnly(2019, 2, 1), new DateOnly(2019, 11, 30));
        }

        var gender = _random.Next(100) < 57 ? Gender.Male : Gender.Female;
        var birthDate = facts.Story == Story.Exempt
            ? RandomDate(new DateOnly(1940, 1, 1), new DateOnly(1949, 12, 31))
            : RandomDate(admittedOn.AddYears(-38), admittedOn.AddYears(-22));
        var officialOn = admittedOn.AddYears(1);
        return new Member
        {
            MemberCode = $"DV{facts.Index + 1:00000}",
            FullName = RandomName(gender),
            Gender = gender,
            BirthDate = birthDate,
            AdmittedOn = admittedOn,
            OfficialOn = officialOn,
        };
    }

    private void BuildPeriods()
    {
        for (var year = FirstHistoryYear; year <= SeedYear; year++)
        {
            Periods.Add(new ReviewPeriod
            {
                Year = year,
                RuleSet = RuleSets.ForYear(year),
                ReviewDate = ReviewDate(year),
                Status = ReviewPeriodStatus.Decided,
            });
        }

        Periods.Add(new ReviewPeriod
        {
            Year = CurrentYear,
            RuleSet = RuleSet.Regulation366Guidance43,
            ReviewDate = ReviewDate(CurrentYear),
            Status = ReviewPeriodStatus.Open,
        });
    }

    private int PeriodIndex(int year) => Periods.FindIndex(p => p.Year == year);

    /// <summary>2019: exactly the article's figures, every organization within the 20 % excellence quota.</summary>
    private void Review2019()
    {
        var year = SeedYear;
        var date = ReviewDate(year);
        var rated = Enumerable.Range(0, Organizations.Count).Where(o => !Organizations[o].IsNewlyFoundedAt(date)).ToList();
        var withCommittee = Shuffle(rated.Where(o => Organizations[o].HasExecutiveCommittee && DemoNames.Organizations[o].Size >= 10).ToList());
        var levels = new QualityLevel?[Organizations.Count];
        foreach (var o in rated)
        {
            levels[o] = QualityLevel.Good;
        }

        foreach (var o in withCommittee.Take(ExcellentOrganizations2019))
        {
            levels[o] = QualityLevel.Excellent;
        }

        foreach (var o in withCommittee.Skip(ExcellentOrganizations2019).Take(CompleteOrganizations2019))
        {
            levels[o] = QualityLevel.Complete;
        }

        AddOrganizationReviews(year, levels);

        var present = MembersPresent(date);
        var ratable = present.Where(f => NotRatedReasonIn(year, f) is null).ToList();

        // Low levels go to members of organizations that are not excellent: their prerequisites forbid them.
        var notExcellent = Shuffle(ratable.Where(f => levels[f.Organization] != QualityLevel.Excellent).ToList());
        var inComplete = notExcellent.Where(f => levels[f.Organization] == QualityLevel.Complete).ToList();
        var notComplete = inComplete.Take(2).Concat(notExcellent.Where(f => levels[f.Organization] == QualityLevel.Good).Take(NotCompleteMembers2019 - 2)).ToList();
        notComplete.ForEach(f => f.Levels[year] = QualityLevel.NotComplete);
        var complete = inComplete.Where(f => !f.Levels.ContainsKey(year)).Take(16).ToList();
        var spread = notExcellent
            .Where(f => !f.Levels.ContainsKey(year) && levels[f.Organization] == QualityLevel.Good)
            .GroupBy(f => f.Organization).Select(g => g.First())
            .Take(CompleteMembers2019 - complete.Count);
        complete.AddRange(spread);
        complete.ForEach(f => f.Levels[year] = QualityLevel.Complete);
        if (complete.Count != CompleteMembers2019)
        {
            throw new InvalidOperationException("The demo plan cannot place the 2019 HTNV members.");
        }

        // The nine members excellent five years running, in nine different large organizations.
        var fiveYear = Shuffle(ratable.Where(f => f.Story == Story.Regular && f.JoinedOn < new DateOnly(FirstHistoryYear, 1, 1)
                                                 && !f.Levels.ContainsKey(year) && DemoNames.Organizations[f.Organization].Size >= 40).ToList())
            .GroupBy(f => f.Organization).Select(g => g.First()).Take(FiveYearMembers).ToList();
        _fiveYearMembers.AddRange(fiveYear);

        AssignExcellentAndGood(year, ratable, ExcellentMembers2019);
        AddMemberReviews(year, present);
    }

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
                review.Warnings = quota?.Message;
            }

            OrganizationReviews.Add(review);
            if (Organizations[o].HasExecutiveCommittee)
            {
                LeadershipReviews.Add(leadership);
            }
        }
    }

    private List<MemberFacts> MembersPresent(DateOnly date) => _facts.Where(f => f.PresentAt(date)).ToList();

    private static NotRatedReason? NotRatedReasonIn(int year, MemberFacts facts) => facts.Story switch
    {
        Story.Exempt => NotRatedReason.Exempt,
        Story.Suspended2019 when year == SeedYear => NotRatedReason.Suspended,
        _ when facts.JoinedOn.Year == year && facts.Story != Story.TransferredIn2019 && facts.JoinedOn > ReviewDate(year).AddMonths(-6) => NotRatedReason.NewlyAdmitted,
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

            OrganizationReviews.Add(review);
            if (Organizations[o].HasExecutiveCommittee)
            {
                LeadershipReviews.Add(leadership);
            }
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
            var facts = new MemberFacts(_facts.Count, organization, Story.Recent) { JoinedOn = on };
            _facts.Add(facts);
            var gender = _random.Next(100) < 50 ? Gender.Male : Gender.Female;
            Members.Add(new Member
            {
                MemberCode = $"DV{facts.Index + 1:00000}", FullName = RandomName(gender), Gender = gender,
                BirthDate = RandomDate(on.AddYears(-35), on.AddYears(-20)), AdmittedOn = on,
            });
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
            var facts = new MemberFacts(_facts.Count, open[(n * 5) % open.Count], Story.Recent) { JoinedOn = RandomDate(new DateOnly(2026, 2, 1), new DateOnly(2026, 10, 30)) };
            _facts.Add(facts);
            var gender = _random.Next(100) < 50 ? Gender.Male : Gender.Female;
            var admitted = RandomDate(new DateOnly(2005, 1, 1), new DateOnly(2020, 12, 31));
            Members.Add(new Member
            {
                MemberCode = $"DV{facts.Index + 1:00000}", FullName = RandomName(gender), Gender = gender,
                BirthDate = RandomDate(admitted.AddYears(-35), admitted.AddYears(-22)), AdmittedOn = admitted, OfficialOn = admitted.AddYears(1),
            });
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
            if (Members[facts.Index].AdmittedOn > reviewDate.AddMonths(-6))
            {
                review.MarkNotRated(NotRatedReason.NewlyAdmitted);
            }

            MemberReviews.Add(review);
        }
    }

    /// <summary>
    /// The article's ceremony, 16/01/2020: Giấy khen for the 17 TCCS "Trong sạch vững mạnh tiêu biểu", for 5 of them for
    /// outstanding Party-building work, and for the 9 members HTXSNV five years running; three issued decisions, Số 1–3.
    /// </summary>
    private void BuildCommendations2019()
    {
        var period = PeriodIndex(SeedYear);
        var excellent = OrganizationReviews.Where(r => r.ReviewPeriodId == period && r.Level == QualityLevel.Excellent)
            .Select(r => r.OrganizationId).Order().ToList();
        var awards = new (AwardKind Award, IReadOnlyList<int> Recipients, bool Organizations, string Citation)[]
        {
            (AwardKind.ExemplaryOrganization, excellent, true, $"Hoàn thành xuất sắc nhiệm vụ năm {SeedYear}"),
            (AwardKind.OutstandingPartyBuilding, excellent.Take(5).ToList(), true, $"Thành tích xuất sắc trong công tác xây dựng Đảng năm {SeedYear}"),
            (AwardKind.ExcellentMemberConsecutiveYears, _fiveYearMembers.Select(f => f.Index).ToList(), false,
                $"Hoàn thành xuất sắc nhiệm vụ 5 năm liền: {string.Join(", ", Enumerable.Range(FirstHistoryYear, SeedYear - FirstHistoryYear + 1))}"),
        };
        foreach (var (award, recipients, organizations, citation) in awards)
        {
            var name = Eligibility.DefaultName(award, SeedYear);
            var decision = new CommendationDecision
            {
                Year = SeedYear,
                Award = award,
                TermStartYear = Committee.TermStartYear,
                Number = Decisions.Count + 1,
                IssuedOn = new DateOnly(2020, 1, 16),
                Title = $"Tặng Giấy khen “{name}” năm {SeedYear}",
                AwardName = name,
                Signer = Committee.DefaultSigner ?? "",
                SignerTitle = Committee.DefaultSignerTitle ?? "BÍ THƯ",
            };
            decision.Issue();
            foreach (var recipient in recipients)
            {
                Commendations.Add(new Commendation
                {
                    Year = SeedYear,
                    Award = award,
                    OrganizationId = organizations ? recipient : null,
                    MemberId = organizations ? null : recipient,
                    Citation = citation,
                    DecisionId = Decisions.Count,
                });
            }

            Decisions.Add(decision);
        }
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

    private string RandomName(Gender gender)
    {
        var total = DemoNames.FamilyNames.Sum(f => f.Weight);
        var draw = _random.Next(total);
        var family = DemoNames.FamilyNames.First(f => (draw -= f.Weight) < 0).Name;
        var (middles, givens) = gender == Gender.Male
            ? (DemoNames.MaleMiddleNames, DemoNames.MaleGivenNames)
            : (DemoNames.FemaleMiddleNames, DemoNames.FemaleGivenNames);
        return $"{family} {middles[_random.Next(middles.Length)]} {givens[_random.Next(givens.Length)]}";
    }

    private DateOnly RandomDate(DateOnly from, DateOnly to) => from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>A score between the bounds, in half points.</summary>
    private decimal RandomScore(decimal from, decimal to) => from + (_random.Next((int)((to - from) * 2) + 1) / 2m);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private List<T> Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }
}
