using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyReview.Data;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Movements;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Import;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// The import and export use cases resolved from the app's own services (<see cref="AppServices"/>) on a real SQLite
/// database, as staff, on the fixed clock (1 December 2026).
/// </summary>
public sealed class ImportTestContext : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = EntryTestContext.Now;

    private ImportTestContext(string connectionString, ImportOptions? limits, TimeProvider? clock = null)
    {
        ConnectionString = connectionString;
        Limits = limits ?? new ImportOptions();
        App = AppServices.Create(connectionString, Now, services =>
        {
            services.Configure<ImportOptions>(o =>
            {
                o.MaxFileBytes = Limits.MaxFileBytes;
                o.MaxRows = Limits.MaxRows;
                o.MaxCellLength = Limits.MaxCellLength;
                o.MaxUnzippedBytes = Limits.MaxUnzippedBytes;
                o.MaxZipEntries = Limits.MaxZipEntries;
                o.KeepFor = Limits.KeepFor;
            });
            if (clock is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(clock));
            }
        });
    }

    public string ConnectionString { get; }
    public ImportOptions Limits { get; }
    public AppServices App { get; }

    public static async Task<ImportTestContext> DemoAsync(ImportOptions? limits = null) => new(await DemoDatabase.CopyAsync(), limits);

    /// <summary>The demo on a clock of the test's own (to move across an expiry).</summary>
    public static async Task<ImportTestContext> DemoAsync(ImportOptions limits, TimeProvider clock) => new(await DemoDatabase.CopyAsync(), limits, clock);

    /// <summary>An empty database with the committee saved (as the Admin does in the settings before importing).</summary>
    public static async Task<ImportTestContext> EmptyAsync(ImportOptions? limits = null)
    {
        var connectionString = await DemoDatabase.CreateEmptyAsync();
        await using (var db = DemoDatabase.CreateContext(connectionString))
        {
            db.Committees.Add(new Committee
            {
                Name = "Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng", ShortName = "Đảng ủy Khối", UpperBodyName = "Đảng bộ tỉnh Lâm Đồng", Place = "Lâm Đồng", DocumentSymbol = "ĐUK",
            });
            await db.SaveChangesAsync();
        }

        return new ImportTestContext(connectionString, limits);
    }

    /// <summary>A context to read what the import wrote.</summary>
    public PartyReviewDbContext NewDbContext() => DemoDatabase.CreateContext(ConnectionString);

    public async Task<ImportResult> CheckAsync(byte[] file, string name)
    {
        await using var scope = App.Scope();
        return await scope.Get<ImportService>().CheckAsync(new MemoryStream(file), name, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async Task<ImportResult> CommitAsync(byte[] file, string name)
    {
        await using var scope = App.Scope();
        return await scope.Get<ImportService>().CommitAsync(new MemoryStream(file), name, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async Task<byte[]> ExportAsync(bool zip = false)
    {
        await using var scope = App.Scope();
        var export = scope.Get<ExportService>();
        var stream = new MemoryStream();
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
        await using var scope = App.Scope();
        var committeeId = await scope.Db().Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        var service = scope.Get<TallyService>();
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
        // The first committee's rows: the export holds one committee, the demo's second committee stays behind.
        var committee = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync(ct);
        var periods = db.ReviewPeriods.Where(p => p.CommitteeId == committee).Select(p => p.Id);
        return (await db.Organizations.CountAsync(o => o.CommitteeId == committee, ct), await db.Members.CountAsync(m => m.CommitteeId == committee, ct),
            await db.MembershipEvents.CountAsync(e => db.Members.Any(m => m.Id == e.MemberId && m.CommitteeId == committee), ct),
            await db.MemberReviews.CountAsync(r => periods.Contains(r.ReviewPeriodId), ct) + await db.OrganizationReviews.CountAsync(r => periods.Contains(r.ReviewPeriodId), ct)
            + await db.LeadershipReviews.CountAsync(r => periods.Contains(r.ReviewPeriodId), ct),
            await db.AuditEntries.CountAsync(ct));
    }

    /// <summary>Every recorded step (Quy định 366) as text to compare: year, subject, step and value, ordered.</summary>
    public async Task<List<string>> StepsAsync()
    {
        await using var db = NewDbContext();
        var ct = TestContext.Current.CancellationToken;
        var steps = await db.ReviewSteps.AsNoTracking().ToListAsync(ct);
        var years = await db.ReviewPeriods.ToDictionaryAsync(p => p.Id, p => p.Year, ct);
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        var members = await db.Members.ToDictionaryAsync(m => m.Id, m => m.MemberCode, ct);
        return [.. steps.Select(s => $"{years[s.ReviewPeriodId]} {s.Subject} {organizations[s.OrganizationId]} {(s.MemberId is { } m ? members[m] : "")} {s.Step}: {s.Describe()}")
            .Order(StringComparer.Ordinal)];
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
