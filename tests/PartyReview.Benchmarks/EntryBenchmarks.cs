using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Identity;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Periods;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Features.Reviews;

namespace PartyReview.Benchmarks;

/// <summary>
/// The staff's hot paths on SQLite at provincial size (Factor 1: 2.748 members) and ten times that (Factor 10):
/// showing and saving a whole organization's grid, the period overview, and the year's tally.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 2)]
public class EntryBenchmarks
{
    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "staff@demo.local"), new Claim(ClaimTypes.Role, AppRoles.Staff)], "Benchmark"));

    private AppServices _app = null!;
    private int _organizationId;
    private int _score;

    [Params(1, 10)]
    public int Factor { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = await ScaledDemo.CreateAsync(Factor);
        _app = AppServices.Create(connectionString, DateTimeOffset.UtcNow);
        await using var db = DemoDatabase.CreateContext(connectionString);
        _organizationId = await db.Organizations.Where(o => o.Code == "TCCS47").Select(o => o.Id).SingleAsync();
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _app.DisposeAsync();

    [Benchmark(Description = "Grid: show one organization (30 × Factor members)")]
    public async Task<int> ShowGrid()
    {
        await using var scope = _app.Scope();
        var model = await scope.Get<ReviewEntryService>().GetAsync(2026, _organizationId, Staff);
        return model!.Members.Count;
    }

    [Benchmark(Description = "Grid: save one organization (30 × Factor members, every score changed)")]
    public async Task<EntrySaveOutcome> SaveGrid()
    {
        await using var scope = _app.Scope();
        var service = scope.Get<ReviewEntryService>();
        var model = (await service.GetAsync(2026, _organizationId, Staff))!;
        var score = (70 + (_score++ % 19)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = new EntryForm
        {
            Version = model.Version,
            Organization = new SubjectInput(),
            Leadership = model.Leadership is null ? null : new SubjectInput(),
            Members = [.. model.Members.Select(m => new MemberInput { ReviewId = m.ReviewId, Score = score })],
        };
        return (await service.SaveAsync(2026, _organizationId, form, Staff)).Outcome;
    }

    [Benchmark(Description = "Period overview (68 organizations, live tallies)")]
    public async Task<int> Overview()
    {
        await using var scope = _app.Scope();
        var service = scope.Get<PeriodService>();
        return (await service.GetOverviewAsync(2026, unfinishedOnly: false, Web.Infrastructure.Scoping.Scope.Of(Staff)))!.Organizations.Total;
    }

    [Benchmark(Description = "Year tally (three grouped counts)")]
    public async Task<int> Tally()
    {
        await using var scope = _app.Scope();
        var committee = await scope.Db().Committees.Select(c => c.Id).FirstAsync();
        return (await scope.Get<TallyService>().GetYearTallyAsync(committee, 2026))!.Members.Total;
    }
}
