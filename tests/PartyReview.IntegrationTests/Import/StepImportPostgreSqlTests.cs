using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>On a real PostgreSQL server: a 2026 file's refused row writes nothing; the accepted file writes the three steps and the decision.</summary>
public sealed class StepImportPostgreSqlTests
{
    /// <param name="decision">The decision's level.</param>
    /// <param name="discipline">The member's discipline in the year (on every step row: it belongs to the member).</param>
    private static byte[] File(string decision, string? discipline = null) => Workbook(
        new SheetContent(ImportFormat.Organizations, [["TCCS01", "Chi bộ Trường Cao đẳng", "Chi bộ cơ sở", new DateOnly(2010, 1, 1), null, "Có"]]),
        new SheetContent(ImportFormat.Members, [["DV00001", "Nguyễn Văn An", "Nam", new DateOnly(1980, 1, 1), new DateOnly(2005, 3, 1), new DateOnly(2006, 3, 1), null, "TCCS01"]]),
        new SheetContent(ImportFormat.Periods, [[2026, "366/43", 20, new DateOnly(2026, 12, 15), "Đang đánh giá", null, null]]),
        new SheetContent(ImportFormat.Reviews,
        [
            Row("Tự đánh giá", null, 28.5m, 63.5m, null, discipline),
            Row("Đề xuất", discipline is null ? "HTTNV" : null, 28, 62, null, discipline),
            Row("Quyết định", decision, 28, 62, "Vượt tỷ lệ", discipline),
        ]));

    private static object?[] Row(string step, string? level, decimal common, decimal tasks, string? adjustment, string? discipline)
    {
        var row = new object?[ImportFormat.Reviews.Columns.Count];
        void Set(string key, object? value) => row[ImportFormat.Reviews.IndexOf(key)] = value;
        Set("Year", 2026);
        Set("Subject", "Đảng viên");
        Set("OrganizationCode", "TCCS01");
        Set("MemberCode", "DV00001");
        Set("Step", step);
        Set("Level", level);
        Set("CommonPoints", common);
        Set("TaskPoints", tasks);
        Set("OnTimePercent", 100);
        Set("ExceededPercent", 25);
        Set("RemediedPercent", 100);
        Set("AdjustmentReason", adjustment);
        Set("Discipline", discipline);
        return row;
    }

    [Fact]
    public async Task A_refused_row_writes_nothing_and_the_accepted_file_writes_the_three_steps_on_PostgreSQL()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var ct = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.PostgreSql, database.ConnectionString);
        await using (var db = new PartyReviewDbContext(options.Options))
        {
            await db.Database.MigrateAsync(ct);
            db.Committees.Add(new Committee { Name = "Đảng ủy Khối", ShortName = "Đảng ủy Khối", UpperBodyName = "Tỉnh ủy", Place = "Lâm Đồng", DocumentSymbol = "ĐUK" });
            await db.SaveChangesAsync(ct);
        }

        await using var app = AppServices.Create(DatabaseProvider.PostgreSql, database.ConnectionString, ImportTestContext.Now);
        async Task<ImportResult> CommitAsync(byte[] file)
        {
            await using var scope = app.Scope();
            return await scope.Get<ImportService>().CommitAsync(new MemoryStream(file), "buoc.xlsx", cancellationToken: ct);
        }

        // The decision puts a member disciplined in the year at HTXSNV: refused on its row; nothing at all is written.
        var refused = await CommitAsync(File("HTXSNV", "Khiển trách"));
        Assert.False(refused.Committed);
        var error = Assert.Single(refused.Rows, r => r.Status == RowStatus.Error);
        Assert.Equal((ImportFormat.Reviews.SheetName, 4), (error.Sheet, error.Row));
        Assert.Contains(error.Messages, m => m.Key == RuleTexts.DisciplinedMember);
        await using (var scope = app.Scope())
        {
            var db = scope.Db();
            Assert.Equal((0, 0, 0), (await db.Members.CountAsync(ct), await db.ReviewSteps.CountAsync(ct), await db.MemberReviews.CountAsync(ct)));
        }

        var accepted = await CommitAsync(File("HTNV"));
        Assert.True(accepted.Committed, accepted.Describe());
        await using (var scope = app.Scope())
        {
            var db = scope.Db();
            var steps = await db.ReviewSteps.OrderBy(s => s.Step).ToListAsync(ct);
            Assert.Equal(
                [(ReviewStep.SelfAssessment, QualityLevel.Good, 92m), (ReviewStep.Proposal, QualityLevel.Good, 90m), (ReviewStep.Decision, QualityLevel.Complete, 90m)],
                steps.Select(s => (s.Step, s.Level!.Value, s.Score!.Value)));
            var review = await db.MemberReviews.SingleAsync(ct);
            Assert.Equal((QualityLevel.Complete, 90m), (review.Level!.Value, review.Score!.Value));
            Assert.All(steps, s => Assert.Equal(review.Id, s.ReviewId));
        }

        var again = await CommitAsync(File("HTNV"));
        Assert.All(again.Rows, r => Assert.Equal(RowStatus.Unchanged, r.Status));
    }
}
