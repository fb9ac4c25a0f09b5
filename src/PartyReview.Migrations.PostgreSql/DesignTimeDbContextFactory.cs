using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartyReview.Data;

namespace PartyReview.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the model for PostgreSql without the web host; no connection is opened.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartyReviewDbContext>
{
    private const string DesignTimeConnectionString = "Host=localhost;Database=partyreview;Username=partyreview";

    public PartyReviewDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.PostgreSql, DesignTimeConnectionString);
        return new PartyReviewDbContext(options.Options);
    }
}
