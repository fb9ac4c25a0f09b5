using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Benchmarks;

/// <summary>
/// Membership derived from the ledger at provincial size (Factor 1) and ten times that (Factor 10: every member copied
/// nine times with their ledger): the year's movement tally, the movements per organization, and the member list at a date.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 2)]
public class MovementBenchmarks
{
    private string _connectionString = "";

    [Params(1, 10)]
    public int Factor { get; set; }

    [GlobalSetup]
    public async Task SetupAsync() => _connectionString = await ScaledDemo.CreateAsync(Factor);

    [Benchmark(Description = "Movement tally 2019 (kinds; target and members at both ends from the ledger)")]
    public async Task<int?> MovementTally()
    {
        await using var db = DemoDatabase.CreateContext(_connectionString);
        var committee = (await new CurrentCommittee(db).GetAsync())!.Id;
        return (await new TallyService(db).GetMovementTallyAsync(committee, 2019)).MembersAtEnd;
    }

    [Benchmark(Description = "Movements 2019 per organization (68 lines)")]
    public async Task<int> MovementsPerOrganization()
    {
        await using var db = DemoDatabase.CreateContext(_connectionString);
        return (await Movements(db).YearAsync(2019, null, new TallyService(db))).Organizations.Count;
    }

    [Benchmark(Description = "Member list at 31/12/2019, page 40 (count and one page from the ledger)")]
    public async Task<int> MembersAtDate()
    {
        await using var db = DemoDatabase.CreateContext(_connectionString);
        var members = new MemberService(db, new CurrentCommittee(db), Movements(db), TimeProvider.System);
        return (await members.ListAsync(null, null, null, false, 40, new DateOnly(2019, 12, 31))).Total;
    }

    private static MovementService Movements(PartyReviewDbContext db) =>
        new(db, new CurrentCommittee(db), new SystemAuditContext(), TimeProvider.System, NullLogger<MovementService>.Instance);
}
