using Microsoft.EntityFrameworkCore;
using PartyReview.Data;

namespace PartyReview.TestSupport;

/// <summary>
/// A context for a provider that never opens a connection: enough to read its migrations, its model and the SQL a
/// query translates to (<c>ToQueryString</c>), with no server running.
/// </summary>
public static class OfflineContexts
{
    public static PartyReviewDbContext For(DatabaseProvider provider)
    {
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.SqlServer => "Server=127.0.0.1;Database=PartyReview;User Id=sa;Password=not-used;TrustServerCertificate=True",
            _ => "Host=127.0.0.1;Database=partyreview;Username=partyreview;Password=not-used",
        };
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(provider, connectionString);
        return new PartyReviewDbContext(options.Options);
    }
}
