using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.TestSupport;

namespace PartyReview.IntegrationTests.Periods;

/// <summary>
/// A small committee of its own (not the demo, which other work rewrites) with an open 2026 period under Quy định 366,
/// on a new SQLite or PostgreSQL database, and the app's services on it. Its subjects, as the tests read them:
/// <list type="bullet">
/// <item>TCCS01 (with a leadership collective) decided HTTNV 85, its collective HTTNV 88; TCCS02 not decided yet;</item>
/// <item>Leader (a leader) self HTXSNV 92, proposed HTXSNV 92, decided HTTNV 92 for the quota: adjusted;</item>
/// <item>Member2 self, proposal and decision HTTNV 80: not adjusted;</item>
/// <item>Member3 self and proposal HTNV 60, no decision; Member4 self-assessment HTTNV 75 only;</item>
/// <item>Absent "vắng mặt", no step; Outside (outside the political system) self HTTNV 72, proposed HTTNV 72,
/// decided HTNV 65 with a reason: adjusted;</item>
/// <item>Exempt (miễn sinh hoạt) settled without a step; Member8 (TCCS02) nothing yet.</item>
/// </list>
/// </summary>
public sealed class StepYear : OwnDatabase
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private StepYear(DatabaseProvider provider, NewDatabase database)
        : base(provider, database, Now)
    {
    }

    public int PeriodId { get; private set; }
    public Dictionary<string, int> Members { get; } = [];
    public Dictionary<string, int> Organizations { get; } = [];

    public static async Task<StepYear> CreateAsync(DatabaseProvider provider)
    {
        var year = new StepYear(provider, await CreateDatabaseAsync(provider));
        await year.SeedAsync();
        return year;
    }

    /// <summary>Decides every subject still undecided (and rates the absent member): the period may then be locked.</summary>
    public async Task DecideEveryoneAsync()
    {
        await using var db = Context();
        foreach (var review in await db.OrganizationReviews.Where(r => r.ReviewPeriodId == PeriodId && r.Level == null).ToListAsync())
        {
            review.Rate(QualityLevel.Good, 75);
        }

        foreach (var review in await db.MemberReviews.Where(r => r.ReviewPeriodId == PeriodId && r.Level == null && r.NotRatedReason != NotRatedReason.Exempt).ToListAsync())
        {
            review.Rate(review.MemberId == Members["Member3"] ? QualityLevel.Excellent : QualityLevel.Complete, review.MemberId == Members["Member3"] ? 95 : 60);
        }

        await db.SaveChangesAsync();
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

        var first = new Organization { CommitteeId = committee.Id, Code = "TCCS01", Name = "Đảng bộ Sở Thử nghiệm", Kind = OrganizationKind.PartyCommittee, FoundedOn = new DateOnly(2000, 1, 1), HasExecutiveCommittee = true };
        var second = new Organization { CommitteeId = committee.Id, Code = "TCCS02", Name = "Chi bộ Ban Thử nghiệm", Kind = OrganizationKind.Cell, FoundedOn = new DateOnly(2000, 1, 1) };
        db.Organizations.AddRange(first, second);
        var period = new ReviewPeriod
        {
            CommitteeId = committee.Id,
            Year = 2026,
            RuleSet = RuleSet.Regulation366Guidance43,
            ReviewDate = new DateOnly(2026, 12, 15),
        };
        db.ReviewPeriods.Add(period);
        await db.SaveChangesAsync();
        PeriodId = period.Id;
        Organizations["TCCS01"] = first.Id;
        Organizations["TCCS02"] = second.Id;

        var firstReview = new OrganizationReview { ReviewPeriodId = period.Id, OrganizationId = first.Id };
        firstReview.Rate(QualityLevel.Good, 85);
        var leadership = new LeadershipReview { ReviewPeriodId = period.Id, OrganizationId = first.Id };
        leadership.Rate(QualityLevel.Good, 88);
        db.OrganizationReviews.AddRange(firstReview, new OrganizationReview { ReviewPeriodId = period.Id, OrganizationId = second.Id });
        db.LeadershipReviews.Add(leadership);

        var names = new[] { "Leader", "Member2", "Member3", "Member4", "Absent", "Outside", "Exempt", "Member8" };
        var reviews = new Dictionary<string, MemberReview>();
        for (var i = 0; i < names.Length; i++)
        {
            var organization = names[i] == "Member8" ? second : first;
            var member = new Member
            {
                CommitteeId = committee.Id,
                MemberCode = $"T{i + 1:000}",
                FullName = $"Nguyễn Văn {names[i]}",
                BirthDate = new DateOnly(1980, 1, 1),
                AdmittedOn = new DateOnly(2005, 1, 1),
                OfficialOn = new DateOnly(2006, 1, 1),
                Status = MemberStatus.Official,
                Gender = Gender.Male,
                OrganizationId = organization.Id,
            };
            db.Members.Add(member);
            await db.SaveChangesAsync();
            Members[names[i]] = member.Id;
            var review = new MemberReview
            {
                ReviewPeriodId = period.Id,
                MemberId = member.Id,
                OrganizationId = organization.Id,
                SubjectType = names[i] switch
                {
                    "Leader" => SubjectType.Leader,
                    "Outside" => SubjectType.MemberOutsideSystem,
                    _ => SubjectType.Member,
                },
            };
            reviews[names[i]] = review;
            db.MemberReviews.Add(review);
        }

        reviews["Absent"].MarkNotRated(NotRatedReason.Absent);
        reviews["Exempt"].MarkNotRated(NotRatedReason.Exempt);
        await db.SaveChangesAsync();

        void Step(string name, ReviewStep step, StepValue value)
        {
            var review = reviews[name];
            var entry = new ReviewStepEntry
            {
                ReviewPeriodId = period.Id,
                Subject = StepSubject.Member,
                ReviewId = review.Id,
                OrganizationId = review.OrganizationId,
                MemberId = review.MemberId,
                Step = step,
            };
            entry.Set(value, "staff@demo.local", Now.UtcDateTime);
            db.ReviewSteps.Add(entry);
            if (step == ReviewStep.Decision)
            {
                review.ApplyDecision(value);
            }
        }

        static StepValue Points(QualityLevel level, decimal common, decimal tasks, string? reason = null) =>
            new(level, common + tasks, common, tasks, new TaskFigures(100, 30, 100), AdjustmentReason: reason);

        Step("Leader", ReviewStep.SelfAssessment, Points(QualityLevel.Excellent, 28, 64));
        Step("Leader", ReviewStep.Proposal, Points(QualityLevel.Excellent, 28, 64));
        Step("Leader", ReviewStep.Decision, Points(QualityLevel.Good, 28, 64, "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ"));
        Step("Member2", ReviewStep.SelfAssessment, Points(QualityLevel.Good, 25, 55));
        Step("Member2", ReviewStep.Proposal, Points(QualityLevel.Good, 25, 55));
        Step("Member2", ReviewStep.Decision, Points(QualityLevel.Good, 25, 55));
        Step("Member3", ReviewStep.SelfAssessment, Points(QualityLevel.Complete, 20, 40));
        Step("Member3", ReviewStep.Proposal, Points(QualityLevel.Complete, 20, 40));
        Step("Member4", ReviewStep.SelfAssessment, Points(QualityLevel.Good, 25, 50));
        Step("Outside", ReviewStep.SelfAssessment, Points(QualityLevel.Good, 22, 50));
        Step("Outside", ReviewStep.Proposal, Points(QualityLevel.Good, 22, 50));
        Step("Outside", ReviewStep.Decision, Points(QualityLevel.Complete, 20, 45, "Chưa khắc phục hạn chế đã chỉ ra"));
        await db.SaveChangesAsync();
    }
}
