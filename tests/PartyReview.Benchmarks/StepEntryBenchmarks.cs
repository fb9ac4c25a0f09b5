using System.Globalization;
using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data.Identity;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reviews;

namespace PartyReview.Benchmarks;

/// <summary>
/// Quy định 366 on SQLite at ten times provincial size: saving one step of a 300-member organization's grid with group
/// points and task figures for every member (every line changed, so 300 step rows written, the decision applied to
/// 300 reviews, all audited). Target: under 150 ms. Runs in process (the same monitoring job as the other benchmarks):
/// on a busy build machine the generated project's build outlasts BenchmarkDotNet's build timeout.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class StepEntryBenchmarks
{
    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "staff@demo.local"), new Claim(ClaimTypes.Role, AppRoles.Staff)], "Benchmark"));

    private AppServices _app = null!;
    private int _organizationId;
    private int _round;
    private EntryForm _form = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = await ScaledDemo.CreateAsync(10);
        _app = AppServices.Create(connectionString, DateTimeOffset.UtcNow);
        await using var db = DemoDatabase.CreateContext(connectionString);
        _organizationId = await db.Organizations.Where(o => o.Code == "TCCS47").Select(o => o.Id).SingleAsync();
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _app.DisposeAsync();

    /// <summary>The form as the page posts it: every member's points changed from the previous round.</summary>
    [IterationSetup]
    public void PrepareForm()
    {
        using var scope = _app.Scope();
        var model = scope.Get<ReviewEntryService>().GetAsync(2026, _organizationId, Staff, ReviewStep.Decision).GetAwaiter().GetResult()!;
        var tasks = (55 + (_round++ % 15)).ToString(CultureInfo.InvariantCulture);
        _form = new EntryForm
        {
            Version = model.Version,
            Step = ReviewStep.Decision,
            Organization = new SubjectInput(),
            Leadership = model.Leadership is null ? null : new SubjectInput(),
            Members = [.. model.Members.Select(m => new MemberInput
            {
                ReviewId = m.ReviewId, CommonPoints = "25", TaskPoints = tasks, OnTime = "100", Exceeded = "20", Remedied = "100",
            })],
        };
    }

    [Benchmark(Description = "Grid 366: save the decision of 300 members with group points (SQLite)")]
    public async Task<EntrySaveOutcome> SaveStep()
    {
        await using var scope = _app.Scope();
        var result = await scope.Get<ReviewEntryService>().SaveAsync(2026, _organizationId, _form, Staff);
        return result.Model!.Members.Count == 300 ? result.Outcome : throw new InvalidOperationException($"{result.Model.Members.Count} members");
    }

    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithIterationCount(10).WithWarmupCount(2).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
