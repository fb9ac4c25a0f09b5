using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Benchmarks;

/// <summary>
/// Membership derived from the ledger at provincial size (Factor 1) and ten times that (Factor 10: every member copied
/// nine times with their ledger): the year's movement tally, the movements per organization, and the member list at a date.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 2)]
public class MovementBenchmarks
{
    private AppServices _app = null!;

    [Params(1, 10)]
    public int Factor { get; set; }

    [GlobalSetup]
    public async Task SetupAsync() => _app = AppServices.Create(await ScaledDemo.CreateAsync(Factor), DateTimeOffset.UtcNow);

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _app.DisposeAsync();

    [Benchmark(Description = "Movement tally 2019 (kinds; target and members at both ends from the ledger)")]
    public async Task<int?> MovementTally()
    {
        await using var scope = _app.Scope();
        var committee = (await scope.Get<CurrentCommittee>().GetAsync())!.Id;
        return (await scope.Get<TallyService>().GetMovementTallyAsync(committee, 2019)).MembersAtEnd;
    }

    [Benchmark(Description = "Movements 2019 per organization (68 lines)")]
    public async Task<int> MovementsPerOrganization()
    {
        await using var scope = _app.Scope();
        var years = scope.Get<YearMovementsQuery>();
        return (await years.GetAsync(2019, Scope.WholeCommittee)).Organizations.Total;
    }

    [Benchmark(Description = "Member list at 31/12/2019, page 40 (count and one page from the ledger)")]
    public async Task<int> MembersAtDate()
    {
        await using var scope = _app.Scope();
        return (await scope.Get<MemberService>().ListAsync(null, null, null, false, 40, Scope.WholeCommittee, new DateOnly(2019, 12, 31))).Total;
    }
}
