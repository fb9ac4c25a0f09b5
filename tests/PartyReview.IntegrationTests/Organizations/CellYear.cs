using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;

namespace PartyReview.IntegrationTests.Organizations;

/// <summary>
/// A small committee of its own with chi bộ trực thuộc, a decided 2019 period (Hướng dẫn 21-HD), on a new SQLite or
/// PostgreSQL database, and the app's services on it:
/// <list type="bullet">
/// <item>DB01, a đảng bộ cơ sở rated HTTNV, with chi bộ trực thuộc CB01 (HTXSNV), CB02 (HTTNV) and CB03 (HTNV);</item>
/// <item>CS01, a chi bộ cơ sở rated HTXSNV;</item>
/// <item>members admitted in 2010: three in CB01, two in CB02, one in CB03, two in CS01, all rated HTTNV in 2019;</item>
/// <item>2019 movements: Moved goes CB01 → CB02 (within DB01); Crossed goes CS01 → CB03 (between two TCCS of the
/// committee); Arrived comes to CB01 from outside the committee (rated HTTNV too).</item>
/// </list>
/// </summary>
public sealed class CellYear : OwnDatabase
{
    public static readonly DateTimeOffset Now = new(2020, 1, 16, 2, 0, 0, TimeSpan.Zero);

    private CellYear(DatabaseProvider provider, NewDatabase database)
        : base(provider, database, Now)
    {
    }

    public int CommitteeId { get; private set; }
    public int PeriodId { get; private set; }
    public Dictionary<string, int> Organizations { get; } = [];
    public Dictionary<string, int> Members { get; } = [];

    public static async Task<CellYear> CreateAsync(DatabaseProvider provider)
    {
        var year = new CellYear(provider, await CreateDatabaseAsync(provider));
        await year.SeedAsync();
        return year;
    }

    private async Task SeedAsync()
    {
        await using var db = Context();
        var committee = new Committee
        {
            Name = "Đảng ủy Khối thử nghiệm",
            ShortName = "Đảng ủy Khối",
            UpperBodyName = "ĐẢNG BỘ TỈNH THỬ NGHIỆM",
            Place = "Đà Lạt",
            DocumentSymbol = "ĐUK",
        };
        db.Committees.Add(committee);
        await db.SaveChangesAsync();
        CommitteeId = committee.Id;

        Organization Add(string code, string name, OrganizationKind kind, Organization? parent = null)
        {
            var organization = new Organization
            {
                CommitteeId = committee.Id, Code = code, Name = name, Kind = kind, FoundedOn = new DateOnly(2000, 1, 1), ParentId = parent?.Id,
            };
            db.Organizations.Add(organization);
            db.SaveChanges();

            Organizations[code] = organization.Id;
            return organization;
        }

        var db01 = Add("DB01", "Đảng bộ Sở Thử nghiệm", OrganizationKind.PartyCommittee);
        var cb01 = Add("CB01", "Chi bộ Phòng Một", OrganizationKind.AffiliatedCell, db01);
        var cb02 = Add("CB02", "Chi bộ Phòng Hai", OrganizationKind.AffiliatedCell, db01);
        var cb03 = Add("CB03", "Chi bộ Phòng Ba", OrganizationKind.AffiliatedCell, db01);
        var cs01 = Add("CS01", "Chi bộ Ban Thử nghiệm", OrganizationKind.Cell);

        var period = new ReviewPeriod
        {
            CommitteeId = committee.Id,
            Year = 2019,
            RuleSet = RuleSet.Regulation132Guidance21,
            ReviewDate = new DateOnly(2019, 12, 15),
        };
        db.ReviewPeriods.Add(period);
        await db.SaveChangesAsync();
        PeriodId = period.Id;

        foreach (var (organization, level) in new[] { (db01, QualityLevel.Good), (cb01, QualityLevel.Excellent), (cb02, QualityLevel.Good), (cb03, QualityLevel.Complete), (cs01, QualityLevel.Excellent) })
        {
            var review = new OrganizationReview { ReviewPeriodId = period.Id, OrganizationId = organization.Id };
            review.Rate(level, null);
            db.OrganizationReviews.Add(review);
        }

        var placed = new (string Name, Organization At)[]
        {
            ("A1", cb01), ("Moved", cb01), ("A3", cb01), ("B1", cb02), ("B2", cb02), ("C1", cb03), ("D1", cs01), ("Crossed", cs01),
        };
        var number = 0;
        Member AddMember(string name, Organization at)
        {
            number++;
            var member = new Member
            {
                CommitteeId = committee.Id,
                MemberCode = $"M{number:000}",
                FullName = $"Trần Văn {name}",
                BirthDate = new DateOnly(1980, 1, 1),
                AdmittedOn = new DateOnly(2010, 3, 1),
                OfficialOn = new DateOnly(2011, 3, 1),
                Status = MemberStatus.Official,
                Gender = Gender.Male,
                OrganizationId = at.Id,
            };
            db.Members.Add(member);
            db.SaveChanges();
            Members[name] = member.Id;
            return member;
        }

        void Event(Member member, Organization at, MembershipEventKind kind, DateOnly on, Organization? counterpart = null) =>
            db.MembershipEvents.Add(new MembershipEvent
            {
                MemberId = member.Id, OrganizationId = at.Id, Kind = kind, OccurredOn = on, CounterpartOrganizationId = counterpart?.Id,
            });

        foreach (var (name, at) in placed)
        {
            var member = AddMember(name, at);
            Event(member, at, MembershipEventKind.Admitted, member.AdmittedOn);
        }

        var arrived = AddMember("Arrived", cb01);
        Event(arrived, cb01, MembershipEventKind.TransferredIn, new DateOnly(2019, 4, 1));

        var moved = await db.Members.SingleAsync(m => m.Id == Members["Moved"]);
        moved.OrganizationId = cb02.Id;
        Event(moved, cb01, MembershipEventKind.TransferredOut, new DateOnly(2019, 5, 1), cb02);
        Event(moved, cb02, MembershipEventKind.TransferredIn, new DateOnly(2019, 5, 1), cb01);

        var crossed = await db.Members.SingleAsync(m => m.Id == Members["Crossed"]);
        crossed.OrganizationId = cb03.Id;
        Event(crossed, cs01, MembershipEventKind.TransferredOut, new DateOnly(2019, 6, 1), cb03);
        Event(crossed, cb03, MembershipEventKind.TransferredIn, new DateOnly(2019, 6, 1), cs01);
        await db.SaveChangesAsync();

        foreach (var member in await db.Members.Where(m => m.CommitteeId == committee.Id).ToListAsync())
        {
            var review = new MemberReview { ReviewPeriodId = period.Id, MemberId = member.Id, OrganizationId = member.OrganizationId!.Value };
            review.Rate(QualityLevel.Good, null);
            db.MemberReviews.Add(review);
        }

        period.Status = ReviewPeriodStatus.Decided;
        await db.SaveChangesAsync();
    }
}
