using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.IntegrationTests.Periods;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Reports;

/// <summary>
/// The report of a Quy định 366 year, on a small committee of its own (SQLite and PostgreSQL): decided levels, the
/// average score per subject type, the decisions that differ from the proposals, the members at each step, and
/// "vắng mặt" counted apart from "không xếp loại".
/// </summary>
public sealed class StepReportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_366_report_gives_averages_per_subject_type_adjustments_and_members_per_step(DatabaseProvider provider)
    {
        await using var year = await StepYear.CreateAsync(provider);
        await using var scope = year.App.Scope();
        var report = (await scope.Get<SummaryService>().GetAsync(2026, null, Token))!;

        var steps = report.Steps!;
        Assert.Equal(
            [(SubjectType.Organization, 1, 85m), (SubjectType.Leadership, 1, 88m), (SubjectType.Leader, 1, 92m), (SubjectType.Member, 1, 80m), (SubjectType.MemberOutsideSystem, 1, 65m)],
            steps.Averages.Select(a => (a.Type, a.Scores.Scored, a.Scores.Average!.Value)));
        Assert.Equal((2, 3), (steps.Adjusted, steps.DecisionsWithProposal));
        // Leader, Member2, Outside decided; Member3 proposed; Member4 self-assessed; Absent and Member8 not started; Exempt at no step.
        Assert.Equal(new StepProgress(1, 1, 3, 2), steps.Progress);

        Assert.Contains(report.Narrative, p => p.StartsWith(
            "Theo thang điểm 100 (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW), điểm bình quân năm 2026: TCCS Đảng đạt 85 điểm (trên 1 đã chấm điểm); "
            + "tập thể lãnh đạo cấp ủy đạt 88 điểm", StringComparison.Ordinal));
        Assert.Contains(report.Narrative, p => p.EndsWith("Cấp có thẩm quyền điều chỉnh 2 trường hợp so với đề xuất.", StringComparison.Ordinal));

        // "Vắng mặt" is pending, on its own line: not "không xếp loại".
        var members = report.Subjects.Single(s => s.Kind == SubjectKind.Member).Tally;
        Assert.Equal((1, 1, 3, 3, 8), (members.Absent, members.NotRated, members.Pending, members.Rated, members.Total));
        Assert.True(report.HasAbsent);
        Assert.Contains(report.Narrative, p => p.Contains("(1 đảng viên miễn công tác và sinh hoạt đảng không xếp loại); còn 3 đảng viên chưa có kết quả; 1 đảng viên vắng mặt (chưa kiểm điểm).", StringComparison.Ordinal));

        // The Word report carries the same: a valid document, the absent column, the averages per subject type.
        using (var stream = new MemoryStream(ReportExports.ToDocx(report)))
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false))
        {
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word, Token));
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Vắng mặt (chưa kiểm điểm)", text, StringComparison.Ordinal);
            Assert.Contains("Bảng 3. Điểm bình quân theo đối tượng", text, StringComparison.Ordinal);
            Assert.Contains("Cá nhân giữ chức vụ lãnh đạo, quản lý", text, StringComparison.Ordinal);
            Assert.Contains("Cấp có thẩm quyền điều chỉnh 2 trường hợp so với đề xuất.", text, StringComparison.Ordinal);
            Assert.Contains("Tự đánh giá: 1 · Đề xuất: 1 · Quyết định: 3 · chưa bắt đầu: 2", text, StringComparison.Ordinal);
        }

        Assert.NotEmpty(ReportExports.ToXlsx(report));

        var tally = (await scope.Get<TallyService>().GetYearTallyAsync(await CommitteeIdAsync(year), 2026, Token))!;
        Assert.Equal((1, 1), (tally.Members.Absent, tally.Members.NotRated));

        // The dashboard shows the same figures; once the period is decided the step counts go.
        var dashboard = (await scope.Get<DashboardService>().GetAsync(2026, Token))!;
        Assert.Equal((steps.Adjusted, steps.Progress), (dashboard.Steps!.Adjusted, dashboard.Steps.Progress));
        Assert.Equal(steps.Averages, dashboard.Steps.Averages);
        Assert.Equal(1, dashboard.Organizations.Items.Single(o => o.Organization.Code == "TCCS01").Members.Absent);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_decided_366_year_reports_no_step_progress(DatabaseProvider provider)
    {
        await using var year = await StepYear.CreateAsync(provider);
        await year.DecideEveryoneAsync();
        await using (var scope = year.App.Scope())
        {
            Assert.True((await scope.Get<Web.Features.Periods.PeriodService>().DecideAsync(2026, Token)).Succeeded);
        }

        await using (var scope = year.App.Scope())
        {
            var report = (await scope.Get<SummaryService>().GetAsync(2026, null, Token))!;
            Assert.Null(report.Steps!.Progress);
            Assert.Equal(2, report.Steps.Adjusted);
            Assert.False(report.HasAbsent);
        }
    }

    [Fact]
    public async Task The_366_report_and_dashboard_issue_the_same_queries_when_the_steps_grow()
    {
        await using var year = await StepYear.CreateAsync(DatabaseProvider.Sqlite);
        var before = await CountQueriesAsync(year);

        await using (var db = year.Context())
        {
            var template = await db.MemberReviews.FirstAsync(r => r.MemberId == year.Members["Member2"], Token);
            for (var i = 0; i < 40; i++)
            {
                var member = new PartyReview.Domain.Members.Member
                {
                    CommitteeId = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token), MemberCode = $"G{i:000}", FullName = $"Trần Thị {i}",
                    BirthDate = new DateOnly(1990, 1, 1), AdmittedOn = new DateOnly(2010, 1, 1), OrganizationId = template.OrganizationId,
                };
                db.Members.Add(member);
                await db.SaveChangesAsync(Token);
                var review = new PartyReview.Domain.Reviews.MemberReview
                {
                    ReviewPeriodId = year.PeriodId, MemberId = member.Id, OrganizationId = template.OrganizationId,
                    SubjectType = i % 2 == 0 ? SubjectType.Leader : SubjectType.Member,
                };
                db.MemberReviews.Add(review);
                await db.SaveChangesAsync(Token);
                foreach (var step in new[] { PartyReview.Domain.Reviews.Steps.ReviewStep.SelfAssessment, PartyReview.Domain.Reviews.Steps.ReviewStep.Proposal, PartyReview.Domain.Reviews.Steps.ReviewStep.Decision }.Take(1 + (i % 3)))
                {
                    var entry = new PartyReview.Domain.Reviews.Steps.ReviewStepEntry
                    {
                        ReviewPeriodId = year.PeriodId, Subject = PartyReview.Domain.Reviews.Steps.StepSubject.Member, ReviewId = review.Id,
                        OrganizationId = review.OrganizationId, MemberId = review.MemberId, Step = step,
                    };
                    entry.Set(new PartyReview.Domain.Reviews.Steps.StepValue(PartyReview.Domain.Reviews.QualityLevel.Good, 80, 25, 55), "staff@demo.local", StepYear.Now.UtcDateTime);
                    db.ReviewSteps.Add(entry);
                }

                await db.SaveChangesAsync(Token);
            }
        }

        Assert.Equal(before, await CountQueriesAsync(year));
        // The 2019 pages' 14 and 12 counted live (ReportQueryCountTests), plus the open 366 year's three: scores per
        // subject type, adjusted decisions, members per step.
        Assert.Equal((14 + 3, 12 + 3), before);
    }

    /// <summary>The queries of the dashboard and of the report of the open 2026 year.</summary>
    private static async Task<(int Dashboard, int Report)> CountQueriesAsync(StepYear year)
    {
        int dashboard;
        await using (var scope = year.App.Scope())
        {
            year.App.Commands.Count = 0;
            Assert.NotNull(await scope.Get<DashboardService>().GetAsync(2026, Token));
            dashboard = year.App.Commands.Count;
        }

        await using (var scope = year.App.Scope())
        {
            year.App.Commands.Count = 0;
            Assert.NotNull(await scope.Get<SummaryService>().GetAsync(2026, null, Token));
            return (dashboard, year.App.Commands.Count);
        }
    }

    private static async Task<int> CommitteeIdAsync(StepYear year)
    {
        await using var db = year.Context();
        return await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token);
    }
}
