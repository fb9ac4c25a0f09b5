using PartyReview.Data;
using PartyReview.TestSupport;

namespace PartyReview.IntegrationTests;

/// <summary>One seeded demo database (real SQLite) shared by the tests that only read it.</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public PartyReviewDbContext CreateContext() => DemoDatabase.CreateContext(ConnectionString);

    public async ValueTask InitializeAsync() => ConnectionString = await DemoDatabase.CopyAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class DemoDatabaseGroup : ICollectionFixture<DemoDatabaseFixture>
{
    public const string Name = "Demo database";
}
