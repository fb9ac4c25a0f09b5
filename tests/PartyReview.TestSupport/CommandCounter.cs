using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyReview.TestSupport;

/// <summary>Counts the SQL commands a context sends, for tests that hold query counts fixed.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    public int Count { get; set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
