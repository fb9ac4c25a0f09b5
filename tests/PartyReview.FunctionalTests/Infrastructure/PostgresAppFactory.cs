using Microsoft.AspNetCore.Hosting;
using PartyReview.TestSupport;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>The app in Development on a PostgreSQL database (already migrated), the demo seeded at its start.</summary>
internal class PostgresAppFactory(string connectionString) : PartyReviewFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:PartyReview", connectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DemoDatabase.TemporaryFolder, "logs", "partyreview-.log"));
        builder.UseSetting("Security:Credentials:PerAddress", "100000");
        builder.UseSetting("Security:Credentials:PerAccount", "100000");
    }
}
