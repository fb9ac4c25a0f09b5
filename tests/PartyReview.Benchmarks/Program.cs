using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PartyReview.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(PartyReview.Benchmarks.EntryBenchmarks).Assembly).Run(args);
