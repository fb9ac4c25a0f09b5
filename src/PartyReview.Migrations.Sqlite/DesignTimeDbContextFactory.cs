using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartyReview.Data;

namespace PartyReview.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for Sqlite without the web host; no connection is opened.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartyReviewDbContext>
{
    private const string DesignTimeConnectionString = "Data Source=design-time.db";

    public PartyReviewDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.Sqlite, DesignTimeConnectionString);
        return new PartyReviewDbContext(options.Options);
    }
}
