using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Features.Periods;
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
        var years = new YearMovementsQuery(db, new CurrentCommittee(db), new TallyService(db), TimeProvider.System);
        return (await years.GetAsync(2019, Scope.WholeCommittee)).Organizations.Count;
    }

    [Benchmark(Description = "Member list at 31/12/2019, page 40 (count and one page from the ledger)")]
    public async Task<int> MembersAtDate()
    {
        await using var db = DemoDatabase.CreateContext(_connectionString);
        return (await Members(db).ListAsync(null, null, null, false, 40, Scope.WholeCommittee, new DateOnly(2019, 12, 31))).Total;
    }

    /// <summary>The member list's service and the ledger services it needs, wired as the app's DI does.</summary>
    private static MemberService Members(PartyReviewDbContext db)
    {
        var committee = new CurrentCommittee(db);
        var audit = new SystemAuditContext();
        var lookups = new LedgerLookups(db, committee, TimeProvider.System);
        var writer = new LedgerWriter(db, lookups, new OpenPeriodRoster(db), audit, NullLogger<LedgerWriter>.Instance);
        return new MemberService(db, committee, new LedgerService(db, lookups, writer, audit), new MemberLedgerQuery(db, lookups), TimeProvider.System);
    }
}
