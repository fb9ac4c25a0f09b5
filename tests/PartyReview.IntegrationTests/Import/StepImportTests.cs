using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// A 2026 file (Quy định 366) with the three steps of a member: each is written as its own step, the decision also as
/// the official level every tally reads; a lower level with its reason is accepted; the export writes the steps back
/// and, imported into an empty database, reproduces them exactly.
/// </summary>
public sealed class StepImportTests
{
    private const string Header = StepSheetTests.Header;

    private static async Task<(string Member, string Organization)> AMemberOf2026Async(ImportTestContext context)
    {
        await using var db = context.NewDbContext();
        var ct = TestContext.Current.CancellationToken;
        return await (from r in db.MemberReviews
                      join p in db.ReviewPeriods on r.ReviewPeriodId equals p.Id
                      join m in db.Members on r.MemberId equals m.Id
                      join o in db.Organizations on r.OrganizationId equals o.Id
                      where p.Year == 2026 && m.LeftOn == null && r.NotRatedReason == null
                            // An organization the demo has not started on: no step of its own or of its members yet.
                            && !db.ReviewSteps.Any(s => s.ReviewPeriodId == p.Id && s.OrganizationId == r.OrganizationId)
                      orderby m.MemberCode
                      select new ValueTuple<string, string>(m.MemberCode, o.Code)).FirstAsync(ct);
    }

    private static async Task<(MemberReview Review, List<ReviewStepEntry> Steps)> ReviewOfAsync(ImportTestContext context, string memberCode)
    {
        await using var db = context.NewDbContext();
        var ct = TestContext.Current.CancellationToken;
        var review = await (from r in db.MemberReviews
                            join p in db.ReviewPeriods on r.ReviewPeriodId equals p.Id
                            join m in db.Members on r.MemberId equals m.Id
                            where p.Year == 2026 && m.MemberCode == memberCode
                            select r).SingleAsync(ct);
        var steps = await db.ReviewSteps.Where(s => s.Subject == StepSubject.Member && s.ReviewId == review.Id).OrderBy(s => s.Step).ToListAsync(ct);
        return (review, steps);
    }

    private static byte[] ThreeSteps(string member, string organization) => Csv(Header,
        $"2026,Đảng viên,{organization},{member},Tự đánh giá,,28,64,,100,25,100,,,,",
        $"2026,Đảng viên,{organization},{member},Đề xuất,HTTNV,28,62,,100,25,100,,,,",
        $"2026,Đảng viên,{organization},{member},Quyết định,HTNV,28,62,,100,25,100,Vượt tỷ lệ hoàn thành tốt nhiệm vụ của chi bộ,,,");

    [Fact]
    public async Task The_three_steps_are_written_apart_and_the_decision_is_the_official_level()
    {
        await using var context = await ImportTestContext.DemoAsync();
        var (member, organization) = await AMemberOf2026Async(context);

        var commit = await context.CommitAsync(ThreeSteps(member, organization), "buoc.csv");

        Assert.True(commit.Committed, string.Join(" | ", commit.Rows.Select(r => $"{r.Row} {r.Status}: {r.Message}")));
        var (review, steps) = await ReviewOfAsync(context, member);
        Assert.Equal([ReviewStep.SelfAssessment, ReviewStep.Proposal, ReviewStep.Decision], steps.Select(s => s.Step));

        // The self-assessment typed no level: 92 points with 25 % exceeded compute HTTNV.
        Assert.Equal((QualityLevel.Good, 92m, 28m, 64m, 25m), (steps[0].Level!.Value, steps[0].Score!.Value, steps[0].CommonPoints!.Value, steps[0].TaskPoints!.Value, steps[0].ExceededPercent!.Value));
        Assert.Equal((QualityLevel.Good, 90m), (steps[1].Level!.Value, steps[1].Score!.Value));
        Assert.Equal((QualityLevel.Complete, 90m, "Vượt tỷ lệ hoàn thành tốt nhiệm vụ của chi bộ"), (steps[2].Level!.Value, steps[2].Score!.Value, steps[2].AdjustmentReason));
        Assert.All(steps, s => Assert.Equal("staff@demo.local", s.RecordedBy));
        Assert.Equal((QualityLevel.Complete, 90m), (review.Level!.Value, review.Score!.Value));

        await using (var db = context.NewDbContext())
        {
            var fields = await db.AuditEntries.Where(a => a.Source == "Nhập từ tệp buoc.csv" && a.EntityType == nameof(ReviewStepEntry))
                .Select(a => a.Field).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(["StepDecision", "StepProposal", "StepSelfAssessment"], fields.Order(StringComparer.Ordinal));
        }

        var audits = (await context.CountsAsync()).Audits;
        var again = await context.CommitAsync(ThreeSteps(member, organization), "buoc.csv");
        Assert.All(again.Rows, r => Assert.Equal(RowStatus.Unchanged, r.Status));
        Assert.Equal(audits, (await context.CountsAsync()).Audits);
    }

    [Fact]
    public async Task Ninety_five_points_at_HTNV_with_a_reason_is_accepted_and_a_proposal_alone_leaves_the_official_level()
    {
        await using var context = await ImportTestContext.DemoAsync();
        var (member, organization) = await AMemberOf2026Async(context);
        var before = (await ReviewOfAsync(context, member)).Review;

        var proposal = await context.CommitAsync(Csv(Header, $"2026,Đảng viên,{organization},{member},Đề xuất,HTNV,28,67,,100,40,100,Vượt tỷ lệ,,,"), "de-xuat.csv");

        Assert.True(proposal.Committed, string.Join(" | ", proposal.Rows.Select(r => r.Message)));
        var (review, steps) = await ReviewOfAsync(context, member);
        var step = Assert.Single(steps);
        Assert.Equal((ReviewStep.Proposal, QualityLevel.Complete, 95m, "Vượt tỷ lệ"), (step.Step, step.Level!.Value, step.Score!.Value, step.AdjustmentReason));
        Assert.Equal((before.Level, before.Score), (review.Level, review.Score));
    }

    [Fact]
    public async Task A_leader_is_checked_against_the_unit_they_lead_and_keeps_their_member_type()
    {
        await using var context = await ImportTestContext.DemoAsync();
        var (member, organization) = await AMemberOf2026Async(context);

        var commit = await context.CommitAsync(
            Csv(Header,
                $"2026,Tổ chức,{organization},,Đề xuất,HTXSNV,29,66,,100,35,100,,,,",
                $"2026,Đảng viên,{organization},{member},Đề xuất,HTXSNV,28,67,,100,40,100,,,LĐ,"),
            "lanh-dao.csv");

        Assert.True(commit.Committed, string.Join(" | ", commit.Rows.Select(r => r.Message)));
        Assert.Contains(commit.Rows, r => r.Readings.Any(s => s.Column == "Đối tượng đảng viên" && s.ReadAs == "Lãnh đạo"));
        var (review, steps) = await ReviewOfAsync(context, member);
        Assert.Equal(SubjectType.Leader, review.SubjectType);
        Assert.Equal(QualityLevel.Excellent, Assert.Single(steps).Level);
    }

    [Fact]
    public async Task The_export_of_a_366_year_writes_every_step_and_imported_into_an_empty_database_gives_them_back()
    {
        await using var demo = await ImportTestContext.DemoAsync();
        var (member, organization) = await AMemberOf2026Async(demo);
        Assert.True((await demo.CommitAsync(ThreeSteps(member, organization), "buoc.csv")).Committed);
        var steps = await demo.StepsAsync();
        Assert.Equal(3, steps.Count(s => s.Contains($" {member} ", StringComparison.Ordinal)));

        var workbook = await demo.ExportAsync();
        await using var empty = await ImportTestContext.EmptyAsync();
        var commit = await empty.CommitAsync(workbook, "du-lieu.xlsx");

        Assert.True(commit.Committed, commit.Describe());
        Assert.Equal(await demo.TalliesAsync(), await empty.TalliesAsync());
        var imported = await empty.StepsAsync();

        // Every step recorded is back as it was; the empty database also holds a decision for each result decided
        // before the steps were kept (the demo's, from its official value).
        Assert.Empty(steps.Except(imported));
        Assert.Equal(
            [.. imported.Where(s => s.Contains($" {member} ", StringComparison.Ordinal))],
            [.. steps.Where(s => s.Contains($" {member} ", StringComparison.Ordinal))]);
        Assert.Contains(imported, s => s.Contains($" {member} Decision: 90 điểm (28 + 62), HTNV; đúng hạn 100 %, vượt 25 %, khắc phục 100 % — lý do điều chỉnh", StringComparison.Ordinal));

        var again = await empty.CommitAsync(await empty.ExportAsync(), "lan-hai.xlsx");
        Assert.Empty(again.Rows.Where(r => r.Status != RowStatus.Unchanged).Select(r => $"{r.Sheet}!{r.Row} {r.Status}: {r.Subject} {r.Message}").Take(10));
    }
}
