using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartyReview.Data;

namespace PartyReview.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the model for SqlServer without the web host; no connection is opened.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartyReviewDbContext>
{
    private const string DesignTimeConnectionString = "Server=localhost;Database=PartyReview;Trusted_Connection=True;TrustServerCertificate=True";

    public PartyReviewDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.SqlServer, DesignTimeConnectionString);
        return new PartyReviewDbContext(options.Options);
    }
}
