using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reports;

namespace PartyReview.Benchmarks;

/// <summary>
/// The leaders' pages on SQLite at provincial size (Factor 1: 2.748 members) and ten times that (Factor 10: every member
/// copied nine times with their reviews in every year): the dashboard, the year-end report and its Word export.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 2)]
public class ReportBenchmarks
{
    private AppServices _app = null!;

    [Params(1, 10)]
    public int Factor { get; set; }

    [GlobalSetup]
    public async Task SetupAsync() => _app = AppServices.Create(await ScaledDemo.CreateAsync(Factor, allYears: true), DateTimeOffset.UtcNow);

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _app.DisposeAsync();

    [Benchmark(Description = "Dashboard 2019 (every year's counts, 68 organizations)")]
    public async Task<int> Dashboard()
    {
        await using var scope = _app.Scope();
        return (await scope.Get<DashboardService>().GetAsync(2019))!.Organizations.Total;
    }

    [Benchmark(Description = "Year-end report 2019 (narrative and tables)")]
    public async Task<int> Report()
    {
        await using var scope = _app.Scope();
        return (await scope.Get<SummaryService>().GetAsync(2019))!.Narrative.Count;
    }

    [Benchmark(Description = "Year-end report 2019 as Word (.docx)")]
    public async Task<int> ReportWord()
    {
        await using var scope = _app.Scope();
        return ReportExports.ToDocx((await scope.Get<SummaryService>().GetAsync(2019))!).Length;
    }

    [Benchmark(Description = "Drill-down: members HTTNV trở lên 2019, page 50")]
    public async Task<int> Drill()
    {
        await using var scope = _app.Scope();
        return (await scope.Get<DashboardService>().DrillAsync(2019, DrillSubject.Member, DrillLevel.GoodOrBetter, null, null, 50))!.Rows.Total;
    }
}
