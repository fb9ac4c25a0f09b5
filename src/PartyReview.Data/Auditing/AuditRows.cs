using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using PartyReview.Domain.Auditing;

namespace PartyReview.Data.Auditing;

/// <summary>
/// Writes many audit lines as a few multi-row <c>INSERT … VALUES (…), (…)</c> statements instead of one statement per
/// line. The table, columns, quoting, parameter names and parameter types all come from EF Core's model and the
/// provider's own services, so the same code runs on SQLite, SQL Server and PostgreSQL; the statements go through
/// EF Core's command pipeline (logging, interceptors, the context's current transaction).
/// </summary>
internal static class AuditRows
{
    /// <summary>
    /// Parameters per statement (54 lines of 11 columns): well under SQL Server's 2.100 and SQLite's 32.766. SQLite looks
    /// each parameter's name up among all of the statement's, so one statement of 2.000 was slower than four of 600.
    /// </summary>
    private const int MaxParameters = 600;

    public static async Task<int> InsertAsync(DbContext context, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return 0;
        }

        var entityType = context.Model.FindEntityType(typeof(AuditEntry))
            ?? throw new InvalidOperationException("AuditEntry is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
            .Select(p => new Column(
                p.GetColumnName(table) ?? throw new InvalidOperationException($"AuditEntry.{p.Name} has no column."),
                p.PropertyInfo ?? throw new InvalidOperationException($"AuditEntry.{p.Name} is a shadow property."),
                p.GetRelationalTypeMapping(),
                p.IsNullable))
            .ToList();
        var sql = context.GetService<ISqlGenerationHelper>();
        var head = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") VALUES ").ToString();

        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        var commands = context.GetService<IRelationalCommandBuilderFactory>();
        var connection = context.GetService<IRelationalConnection>();
        var logger = context.GetService<IRelationalCommandDiagnosticsLogger>();
        var written = 0;
        foreach (var chunk in entries.Chunk(perStatement))
        {
            // Typed parameters, as EF Core's own inserts bind them (raw DbParameters are looked up by name one by one).
            var builder = commands.Create().Append(head);
            var values = new Dictionary<string, object?>(chunk.Length * columns.Count);
            for (var row = 0; row < chunk.Length; row++)
            {
                builder.Append(row == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = "a" + values.Count.ToString(CultureInfo.InvariantCulture);
                    var column = columns[c];
                    builder.AddParameter(name, sql.GenerateParameterName(name), column.Mapping, column.Nullable);
                    values[name] = column.Property.GetValue(chunk[row]);
                    builder.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                builder.Append(")");
            }

            written += await builder.Append(sql.StatementTerminator).Build()
                .ExecuteNonQueryAsync(new RelationalCommandParameterObject(connection, values, null, context, logger), cancellationToken);
        }

        return written;
    }

    private sealed record Column(string Name, PropertyInfo Property, RelationalTypeMapping Mapping, bool Nullable);
}
