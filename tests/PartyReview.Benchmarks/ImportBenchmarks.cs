using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Import;

namespace PartyReview.Benchmarks;

/// <summary>
/// A roster of 10.000 new members (one CSV, spread over the demo's 68 organizations) checked (dry run) and then
/// written (check again and commit in one transaction), each on a fresh copy of the demo database.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 5, warmupCount: 1)]
public class ImportBenchmarks
{
    private const int Members = 10_000;
    private byte[] _roster = [];
    private AppServices _app = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("Mã đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Số thẻ đảng viên,Mã tổ chức\r\n");
        for (var i = 0; i < Members; i++)
        {
            var admitted = new DateOnly(2000, 1, 3).AddDays(i % 7000);
            text.Append(CultureInfo.InvariantCulture, $"NK{i:00000},Nguyễn Văn Nhập {i},{(i % 2 == 0 ? "Nam" : "Nữ")},")
                .Append(CultureInfo.InvariantCulture, $"{admitted.AddYears(-25):dd/MM/yyyy},{admitted:dd/MM/yyyy},{admitted.AddYears(1):dd/MM/yyyy},")
                .Append(CultureInfo.InvariantCulture, $"{80_000_000 + i},TCCS{1 + (i % 66):00}\r\n");
        }

        _roster = new UTF8Encoding(true).GetBytes(text.ToString());
    }

    [IterationSetup]
    public void FreshDatabase() => _app = AppServices.Create(DemoDatabase.CopyAsync().GetAwaiter().GetResult(), DateTimeOffset.UtcNow);

    [IterationCleanup]
    public void DropServices() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "10.000-member roster: dry run")]
    public async Task<int> DryRun()
    {
        await using var scope = _app.Scope();
        var result = await scope.Get<ImportService>().CheckAsync(new MemoryStream(_roster), "dang-vien.csv");
        return result.HasErrors ? throw new InvalidOperationException(result.FileError ?? result.Rows.First(r => r.Message is not null).Message) : result.Changes;
    }

    [Benchmark(Description = "10.000-member roster: check and commit")]
    public async Task<int> Commit()
    {
        await using var scope = _app.Scope();
        var result = await scope.Get<ImportService>().CommitAsync(new MemoryStream(_roster), "dang-vien.csv");
        return result.HasErrors ? throw new InvalidOperationException(result.FileError ?? result.Rows.First(r => r.Message is not null).Message) : result.Changes;
    }
}
