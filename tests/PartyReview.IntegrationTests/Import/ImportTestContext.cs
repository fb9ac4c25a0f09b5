using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Import;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;

namespace PartyReview.IntegrationTests.Import;

/// <summary>The import and export use cases on a real SQLite database, as staff, on the fixed clock (1 December 2026).</summary>
public sealed class ImportTestContext(string connectionString, ImportOptions? limits = null)
{
    public string ConnectionString { get; } = connectionString;
    public ImportOptions Limits { get; } = limits ?? new ImportOptions();

    public static async Task<ImportTestContext> DemoAsync(ImportOptions? limits = null) => new(await DemoDatabase.CopyAsync(), limits);

    /// <summary>An empty database with the committee saved (as the Admin does in the settings before importing).</summary>
    public static async Task<ImportTestContext> EmptyAsync(ImportOptions? limits = null)
    {
        var connectionString = await DemoDatabase.CreateEmptyAsync();
        await using var db = DemoDatabase.CreateContext(connectionString);
        db.Committees.Add(new Committee
        {
            Name = "Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng", ShortName = "Đảng ủy Khối", UpperBodyName = "Đảng bộ tỉnh Lâm Đồng", Place = "Lâm Đồng", DocumentSymbol = "ĐUK",
        });
        await db.SaveChangesAsync();
        return new ImportTestContext(connectionString, limits);
    }

    private readonly Dictionary<PartyReviewDbContext, IAuditContext> _audits = [];

    public PartyReviewDbContext NewDbContext()
    {
        var audit = new StaffAudit();
        var db = DemoDatabase.CreateContext(ConnectionString, o => o.AddInterceptors(new AuditInterceptor(audit, EntryTestContext.Clock())));
        _audits[db] = audit;
        return db;
    }

    public async Task<ImportResult> CheckAsync(byte[] file, string name)
    {
        await using var db = NewDbContext();
        return await Service(db).CheckAsync(new MemoryStream(file), name, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async Task<ImportResult> CommitAsync(byte[] file, string name)
    {
        await using var db = NewDbContext();
        return await Service(db).CommitAsync(new MemoryStream(file), name, cancellationToken: TestContext.Current.CancellationToken);
    }

    public ImportService Service(PartyReviewDbContext db) =>
        new(db, _audits[db], EntryTestContext.Clock(), Options.Create(Limits), NullLogger<ImportService>.Instance);

    public async Task<byte[]> ExportAsync(bool zip = false)
    {
        await using var db = NewDbContext();
        var stream = new MemoryStream();
        var export = new ExportService(db, new CurrentCommittee(db));
        if (zip)
        {
            await export.WriteZipAsync(stream, TestContext.Current.CancellationToken);
        }
        else
        {
            await export.WriteWorkbookAsync(stream, TestContext.Current.CancellationToken);
        }

        return stream.ToArray();
    }

    /// <summary>Every figure of every year: the three subject tallies and the movements, as text to compare.</summary>
    public async Task<string> TalliesAsync()
    {
        await using var db = NewDbContext();
        var committeeId = await db.Committees.Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
        var service = new TallyService(db);
        var text = new StringBuilder();
        foreach (var year in (await service.GetYearsAsync(committeeId, TestContext.Current.CancellationToken)).OrderBy(y => y))
        {
            var tally = (await service.GetYearTallyAsync(committeeId, year, TestContext.Current.CancellationToken))!;
            text.AppendLine($"{year} {tally.RuleSet} {tally.Status}");
            foreach (var subject in new[] { tally.Organizations, tally.Leadership, tally.Members })
            {
                text.AppendLine($"  {subject.Subject}: total {subject.Total} rated {subject.Rated} {subject.Excellent}/{subject.GoodOnly}/{subject.Complete}/{subject.NotComplete} " +
                                $"pending {subject.Pending} not rated {string.Join(",", subject.NotRatedByReason.Select(r => $"{r.Reason}={r.Count}"))}");
            }

            var movements = await service.GetMovementTallyAsync(committeeId, year, TestContext.Current.CancellationToken);
            text.AppendLine($"  movements: {string.Join(",", Enum.GetValues<MembershipEventKind>().Select(k => $"{k}={movements.Count(k)}"))} " +
                            $"target {movements.AdmissionTarget} start {movements.MembersAtStart} end {movements.MembersAtEnd}");
        }

        return text.ToString();
    }

    public async Task<(int Organizations, int Members, int Events, int Reviews, int Audits)> CountsAsync()
    {
        await using var db = NewDbContext();
        var ct = TestContext.Current.CancellationToken;
        return (await db.Organizations.CountAsync(ct), await db.Members.CountAsync(ct), await db.MembershipEvents.CountAsync(ct),
            await db.MemberReviews.CountAsync(ct) + await db.OrganizationReviews.CountAsync(ct) + await db.LeadershipReviews.CountAsync(ct),
            await db.AuditEntries.CountAsync(ct));
    }

    public sealed class StaffAudit : IAuditContext
    {
        public string UserName => "staff@demo.local";
        public string? Source { get; set; }
    }
}
