using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Benchmarks;

/// <summary>
/// The leaders' pages on SQLite at provincial size (Factor 1: 2.748 members) and ten times that (Factor 10: every member
/// copied nine times with their reviews in every year): the dashboard, the year-end report and its Word export.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 2)]
public class ReportBenchmarks
{
    private string _connectionString = "";

    [Params(1, 10)]
    public int Factor { get; set; }

    [GlobalSetup]
    public async Task SetupAsync() => _connectionString = await ScaledDemo.CreateAsync(Factor, allYears: true);

    [Benchmark(Description = "Dashboard 2019 (every year's counts, 68 organizations)")]
    public async Task<int> Dashboard()
    {
        await using var db = DemoDatabase.CreateContext(_connectionString);
        return (await Dashboards(db).GetAsync(2019))!.Organizations.Count;
    }

    [Benchmark(Description = "Year-end report 2019 (narrative and tables)")]
    public async Task<int> Report()
    {
        await using var db = DemoDatabase.CreateContext(_connectionString);
        return (await Summaries(db).GetAsync(2019))!.Narrative.Count;
    }

    [Benchmark(Description = "Year-end report 2019 as Word (.docx)")]
    public async Task<int> ReportWord()
    {
        await using var db = DemoDatabase.CreateContext(_connectionString);
        return ReportExports.ToDocx((await Summaries(db).GetAsync(2019))!).Length;
    }

    [Benchmark(Description = "Drill-down: members HTTNV trở lên 2019, page 50")]
    public async Task<int> Drill()
    {
        await using var db = DemoDatabase.CreateContext(_connectionString);
        return (await Dashboards(db).DrillAsync(2019, DrillSubject.Member, DrillLevel.GoodOrBetter, null, null, 50))!.Rows.Total;
    }

    private static DashboardService Dashboards(PartyReviewDbContext db) => new(db, new CurrentCommittee(db), new TallyService(db));

    private static SummaryService Summaries(PartyReviewDbContext db) =>
        new(db, new CurrentCommittee(db), new TallyService(db), new SystemAuditContext(), TimeProvider.System);
}
