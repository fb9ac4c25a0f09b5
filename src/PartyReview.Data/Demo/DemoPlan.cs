using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Data.Demo;

/// <summary>
/// The demo committee, built in memory and the same on every run: Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng with its
/// review history 2015–2019 reproducing the 2019 year-end article, and an open 2026 period half entered.
/// Foreign keys in the plan are positions in its lists; <see cref="DemoDataSeeder"/> maps them to database keys.
/// The plan is told in parts, one file per story: DemoPlan.Organizations, .Members, .Ledger, .History (2015–2018
/// and the five-year members), .Review2019, .Commendations2019, .Open2026 and .Leadership (the cấp ủy seats).
/// </summary>
internal sealed partial class DemoPlan : IDemoCommittee
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

    /// <summary>The 2026 steps (Quy định 366), written once their reviews have ids.</summary>
    public List<DemoStep> Steps { get; } = [];
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
        BuildLeadership();
        BuildAffiliatedCells();
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

    private string RandomName(Gender gender) => DemoRandom.Name(_random, gender);

    private DateOnly RandomDate(DateOnly from, DateOnly to) => DemoRandom.Date(_random, from, to);

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

/// <summary>One step of a 2026 review in the plan: the review it belongs to (its id comes with the save), indexes into the plan.</summary>
internal sealed class DemoStep(
    ReviewRecord review, StepSubject subject, int organization, int? member, ReviewStep step, StepValue value, DateTime recordedAt, string recordedBy)
{
    public ReviewRecord Review { get; } = review;
    public StepSubject Subject { get; } = subject;
    public int Organization { get; set; } = organization;
    public int? Member { get; } = member;
    public ReviewStep Step { get; } = step;
    public StepValue Value { get; set; } = value;
    public DateTime RecordedAt { get; } = recordedAt;
    public string RecordedBy { get; } = recordedBy;
}

