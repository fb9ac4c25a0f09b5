using System.Globalization;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Demo;

/// <summary>
/// The demo's second committee of the province: Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng, which like the Khối Các cơ
/// quan ran its reviews until it ended on 01/3/2025 (docs/domain/structure.md §4). Twelve TCCS of provincial
/// enterprises, about 330 members, and the decided years 2018 and 2019, so that the province's roll-up has two
/// committees side by side. The names of its organizations are illustrative, not a real roster, and its figures are
/// the demo's own. Drawn from its own random source: the first committee's plan is untouched by it.
/// </summary>
internal sealed class DemoEnterprisePlan : IDemoCommittee
{
    public const string DecisionSymbol = "QĐ/ĐUKDN";
    public static readonly int[] DecidedYears = [2018, 2019];

    /// <summary>Name, members at the end of 2019, and whether it has a cấp ủy (a cell of fewer than 9 members has none).</summary>
    private static readonly (string Name, int Size)[] Roster =
    [
        ("Đảng bộ Công ty Điện lực Lâm Đồng", 60),
        ("Đảng bộ Công ty Cổ phần Cấp thoát nước Lâm Đồng", 48),
        ("Đảng bộ Công ty Cổ phần Môi trường đô thị Đà Lạt", 40),
        ("Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Lâm Đồng", 55),
        ("Đảng bộ Công ty TNHH MTV Lâm nghiệp Đơn Dương", 30),
        ("Đảng bộ Công ty Cổ phần Dịch vụ Du lịch Đà Lạt", 26),
        ("Đảng bộ Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng", 22),
        ("Chi bộ Công ty TNHH MTV Thủy lợi Lâm Đồng", 14),
        ("Chi bộ Công ty Cổ phần Dược Lâm Đồng", 12),
        ("Chi bộ Công ty Cổ phần Xây dựng Lâm Đồng", 11),
        ("Chi bộ Công ty TNHH MTV Lâm nghiệp Bảo Lâm", 9),
        ("Chi bộ Công ty Cổ phần Sách và Thiết bị trường học Lâm Đồng", 8),
    ];

    private readonly Random _random = new(2025_03_01);
    private int _decisionNumber;

    public Committee Committee { get; } = new()
    {
        Name = "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng",
        ShortName = "Đảng ủy Khối Doanh nghiệp",
        UpperBodyName = "Đảng bộ tỉnh Lâm Đồng",
        Place = "Lâm Đồng",
        DocumentSymbol = "ĐUKDN",
        TermStartYear = 2020,
        DefaultSignerTitle = "BÍ THƯ",
    };

    public List<Organization> Organizations { get; } = [];
    public List<Member> Members { get; } = [];
    public List<ReviewPeriod> Periods { get; } = [];
    public List<OrganizationReview> OrganizationReviews { get; } = [];
    public List<LeadershipReview> LeadershipReviews { get; } = [];
    public List<MemberReview> MemberReviews { get; } = [];
    public List<DemoStep> Steps { get; } = [];
    public List<MembershipEvent> Events { get; } = [];
    public List<AdmissionTarget> Targets { get; } = [];
    public List<Commendation> Commendations { get; } = [];
    public List<CommendationDecision> Decisions { get; } = [];
    public List<LeadershipSeat> Seats { get; } = [];

    /// <summary>The organization of each member, by position.</summary>
    private readonly List<int> _organizationOf = [];

    public static DemoEnterprisePlan Create()
    {
        var plan = new DemoEnterprisePlan();
        plan.Build();
        return plan;
    }

    private void Build()
    {
        for (var o = 0; o < Roster.Length; o++)
        {
            var (name, size) = Roster[o];
            Organizations.Add(new Organization
            {
                Code = $"DN{o + 1:00}",
                Name = name,
                Kind = name.StartsWith("Đảng bộ", StringComparison.Ordinal) ? OrganizationKind.PartyCommittee : OrganizationKind.Cell,
                FoundedOn = new DateOnly(1978 + _random.Next(30), 1 + _random.Next(12), 1 + _random.Next(28)),
                HasExecutiveCommittee = size >= 9,
            });
            for (var n = 0; n < size; n++)
            {
                AddMember(o);
            }
        }

        foreach (var year in DecidedYears)
        {
            Periods.Add(new ReviewPeriod
            {
                Year = year,
                RuleSet = RuleSets.ForYear(year),
                ReviewDate = new DateOnly(year, 12, 20),
                Status = ReviewPeriodStatus.Decided,
            });
            Review(Periods.Count - 1);
        }

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

    /// <summary>A member admitted between 1985 and 2017, made official a year later, with a card two weeks after that.</summary>
    private void AddMember(int organization)
    {
        var index = Members.Count;
        var gender = _random.Next(100) < 60 ? Gender.Male : Gender.Female;
        var admittedOn = RandomDate(new DateOnly(1985, 1, 1), new DateOnly(2017, 12, 31));
        var officialOn = admittedOn.AddYears(1);
        Members.Add(new Member
        {
            MemberCode = MemberCodes.Format(index + 1),
            FullName = RandomName(gender),
            Gender = gender,
            BirthDate = RandomDate(admittedOn.AddYears(-38), admittedOn.AddYears(-22)),
            AdmittedOn = admittedOn,
            OfficialOn = officialOn,
            PartyCardNumber = (20_100_000 + (index * 7) + _random.Next(7)).ToString(CultureInfo.InvariantCulture),
        });
        _organizationOf.Add(organization);
        AddEvent(index, MembershipEventKind.Admitted, admittedOn);
        AddEvent(index, MembershipEventKind.MadeOfficial, officialOn);
        AddEvent(index, MembershipEventKind.PartyCardIssued, officialOn.AddDays(14), Members[index].PartyCardNumber);
    }

    /// <summary>
    /// One decided year: a few TCCS excellent, two only HTNV, the rest HTTNV; in each organization at most 20 % of its
    /// members excellent, and the few HTNV and KHTNV members only in organizations that are not excellent.
    /// </summary>
    private void Review(int period)
    {
        var year = Periods[period].Year;
        var order = Enumerable.Range(0, Organizations.Count).OrderBy(_ => _random.Next()).ToList();
        var levels = new QualityLevel[Organizations.Count];
        for (var i = 0; i < order.Count; i++)
        {
            levels[order[i]] = i < 3 && Organizations[order[i]].HasExecutiveCommittee ? QualityLevel.Excellent
                : i >= order.Count - 2 ? QualityLevel.Complete
                : QualityLevel.Good;
        }

        for (var o = 0; o < Organizations.Count; o++)
        {
            var review = new OrganizationReview { ReviewPeriodId = period, OrganizationId = o };
            review.Rate(levels[o]);
            OrganizationReviews.Add(review);
            if (Organizations[o].HasExecutiveCommittee)
            {
                var leadership = new LeadershipReview { ReviewPeriodId = period, OrganizationId = o };
                leadership.Rate(levels[o]);
                LeadershipReviews.Add(leadership);
            }

            var members = Enumerable.Range(0, Members.Count).Where(m => _organizationOf[m] == o).OrderBy(_ => _random.Next()).ToList();
            var excellent = members.Count / 6;
            var low = levels[o] == QualityLevel.Excellent ? 0 : 1 + (year % 2);
            for (var i = 0; i < members.Count; i++)
            {
                var level = i < excellent ? QualityLevel.Excellent
                    : i >= members.Count - low ? (i == members.Count - 1 && levels[o] == QualityLevel.Complete ? QualityLevel.NotComplete : QualityLevel.Complete)
                    : QualityLevel.Good;
                var memberReview = new MemberReview { ReviewPeriodId = period, MemberId = members[i], OrganizationId = o };
                memberReview.Rate(level);
                MemberReviews.Add(memberReview);
            }
        }
    }

    private void AddEvent(int member, MembershipEventKind kind, DateOnly date, string? card = null) =>
        Events.Add(new MembershipEvent
        {
            MemberId = member,
            OrganizationId = _organizationOf[member],
            Kind = kind,
            OccurredOn = date,
            CardNumber = card,
            DecisionNumber = kind == MembershipEventKind.PartyCardIssued ? null : $"{++_decisionNumber}-{DecisionSymbol}",
            RecordedBy = "system",
            RecordedAt = new DateTime(date.Year, date.Month, date.Day, 2, 0, 0, DateTimeKind.Utc),
        });

    private string RandomName(Gender gender) => DemoRandom.Name(_random, gender);

    private DateOnly RandomDate(DateOnly from, DateOnly to) => DemoRandom.Date(_random, from, to);
}
