using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyReview.Data;
using PartyReview.TestSupport;

namespace PartyReview.IntegrationTests.Database;

/// <summary>
/// The embedded database is migrated at every first start: it must migrate quietly, to the schema of the model, and
/// an older database must keep its ledger through the MembershipLedger rebuild.
/// </summary>
public sealed class SqliteMigrationTests
{
    private const string BeforeLedger = "20261128001828_ReportVersions";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fresh_database_migrates_without_any_warning()
    {
        var warnings = new List<EventData>();
        var connectionString = NewFile();
        await using var db = DemoDatabase.CreateContext(connectionString, options => options
            .EnableSensitiveDataLogging()
            .LogTo((_, level) => level >= Microsoft.Extensions.Logging.LogLevel.Warning, warnings.Add));

        await db.Database.MigrateAsync(Token);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
        // A real warning still shows (this test turns on sensitive data logging to prove the capture works);
        // the migrations themselves add none: no pending table rebuild, nothing outside the transaction.
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal(CoreEventId.SensitiveDataLoggingEnabledWarning, w.EventId));
    }

    [Fact]
    public async Task The_ledger_has_the_columns_keys_and_indexes_of_the_model()
    {
        var connectionString = await DemoDatabase.CreateEmptyAsync();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Token);

        Assert.Equal(
            ["CardNumber TEXT 0", "CounterpartOrganizationId INTEGER 0", "DecisionNumber TEXT 0", "Id INTEGER 1", "Kind INTEGER 1",
             "MemberId INTEGER 1", "Note TEXT 0", "OccurredOn TEXT 1", "OrganizationId INTEGER 1", "RecordedAt TEXT 0", "RecordedBy TEXT 0"],
            await RowsAsync(connection, """SELECT name || ' ' || type || ' ' || "notnull" FROM pragma_table_info('MembershipEvents') ORDER BY name"""));
        Assert.Equal(
            ["CounterpartOrganizationId>Organizations.Id RESTRICT", "MemberId>Members.Id RESTRICT", "OrganizationId>Organizations.Id RESTRICT"],
            await RowsAsync(connection, """SELECT "from" || '>' || "table" || '.' || "to" || ' ' || on_delete FROM pragma_foreign_key_list('MembershipEvents') ORDER BY "from" """));
        Assert.Equal(
            ["IX_MembershipEvents_CardNumber", "IX_MembershipEvents_CounterpartOrganizationId", "IX_MembershipEvents_MemberId_OccurredOn_Id",
             "IX_MembershipEvents_OccurredOn_Kind", "IX_MembershipEvents_OrganizationId_OccurredOn"],
            await RowsAsync(connection, "SELECT name FROM pragma_index_list('MembershipEvents') WHERE origin = 'c' ORDER BY name"));
        var table = Assert.Single(await RowsAsync(connection, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'MembershipEvents'"));
        Assert.Contains("CONSTRAINT \"FK_MembershipEvents_Organizations_CounterpartOrganizationId\" FOREIGN KEY", table, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT \"PK_MembershipEvents\" PRIMARY KEY AUTOINCREMENT", table, StringComparison.Ordinal);
        Assert.DoesNotContain("ef_temp", table, StringComparison.Ordinal);
        Assert.Empty(await RowsAsync(connection, "SELECT name FROM sqlite_master WHERE name LIKE 'ef_temp%'"));
    }

    [Fact]
    public async Task A_database_from_before_the_ledger_keeps_its_entries_and_gets_the_missing_ones()
    {
        var connectionString = NewFile();
        await using (var db = DemoDatabase.CreateContext(connectionString))
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeLedger, cancellationToken: Token);
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString());
        await connection.OpenAsync(Token);
        await ExecuteAsync(connection,
            """
            INSERT INTO "Committees" ("Id", "Name", "ShortName", "UpperBodyName", "Place", "DocumentSymbol", "TermStartYear")
            VALUES (1, 'Đảng ủy Khối', 'ĐUK', 'Tỉnh ủy', 'Lâm Đồng', 'ĐUK', 2020);
            INSERT INTO "Organizations" ("Id", "CommitteeId", "Code", "Name", "SearchName", "Kind", "FoundedOn", "HasExecutiveCommittee")
            VALUES (1, 1, 'CB01', 'Chi bộ 1', 'chi bo 1', 1, '2010-01-01', 0), (2, 1, 'CB02', 'Chi bộ 2', 'chi bo 2', 1, '2010-01-01', 0);
            INSERT INTO "Members" ("Id", "CommitteeId", "MemberCode", "FullName", "SearchName", "SortKey", "Gender", "BirthDate",
                "AdmittedOn", "OfficialOn", "PartyCardNumber", "Status", "OrganizationId", "LeftOn")
            VALUES (1, 1, 'DV00001', 'Nguyễn Văn A', 'nguyen van a', 'a', 0, '1980-01-01', '2005-03-02', '2006-03-02', '001', 0, 2, NULL),
                   (2, 1, 'DV00002', 'Trần Thị B', 'tran thi b', 'b', 1, '1990-01-01', '2015-05-06', '2016-05-06', '002', 0, 1, NULL);
            INSERT INTO "MembershipEvents" ("Id", "MemberId", "OrganizationId", "Kind", "OccurredOn", "DecisionNumber", "Note")
            VALUES (7, 1, 1, 1, '2005-03-02', '12-QĐ/ĐUK', 'Kết nạp'), (9, 1, 2, 4, '2012-07-01', '40-QĐ/ĐUK', NULL);
            """);

        await using (var db = DemoDatabase.CreateContext(connectionString))
        {
            await db.Database.MigrateAsync(Token);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
        }

        // The entries written before keep their ids and values; the new columns are empty.
        Assert.Equal(
            ["7 1 1 1 2005-03-02 12-QĐ/ĐUK Kết nạp - - - -", "9 1 2 4 2012-07-01 40-QĐ/ĐUK - - - - -"],
            await RowsAsync(connection,
                """
                SELECT "Id" || ' ' || "MemberId" || ' ' || "OrganizationId" || ' ' || "Kind" || ' ' || "OccurredOn" || ' ' ||
                    COALESCE("DecisionNumber", '-') || ' ' || COALESCE("Note", '-') || ' ' || COALESCE("CardNumber", '-') || ' ' ||
                    COALESCE("CounterpartOrganizationId", '-') || ' ' || COALESCE("RecordedAt", '-') || ' ' || COALESCE("RecordedBy", '-')
                FROM "MembershipEvents" WHERE "Id" <= 9 ORDER BY "Id"
                """));
        // The backfill runs on the rebuilt table: the member without a ledger gets joining, official and card entries,
        // the one with a ledger only the missing card entry, all after the existing ids.
        Assert.Equal(
            ["8 2006-03-02 001 system"],
            await RowsAsync(connection,
                """
                SELECT "Kind" || ' ' || "OccurredOn" || ' ' || COALESCE("CardNumber", '-') || ' ' || "RecordedBy"
                FROM "MembershipEvents" WHERE "MemberId" = 1 AND "Id" > 9 ORDER BY "Kind"
                """));
        Assert.Equal(
            ["1 2015-05-06 - system", "2 2016-05-06 - system", "8 2016-05-06 002 system"],
            await RowsAsync(connection,
                """
                SELECT "Kind" || ' ' || "OccurredOn" || ' ' || COALESCE("CardNumber", '-') || ' ' || "RecordedBy"
                FROM "MembershipEvents" WHERE "MemberId" = 2 AND "Id" > 9 ORDER BY "Kind"
                """));
        Assert.Empty(await RowsAsync(connection, "SELECT \"table\" FROM pragma_foreign_key_check"));

        // The new key is enforced, and new entries continue after the highest id.
        var refused = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection,
            """
            INSERT INTO "MembershipEvents" ("MemberId", "OrganizationId", "Kind", "OccurredOn", "CounterpartOrganizationId")
            VALUES (2, 1, 4, '2020-01-01', 99)
            """));
        Assert.Contains("FOREIGN KEY", refused.Message, StringComparison.Ordinal);
        await ExecuteAsync(connection,
            """
            INSERT INTO "MembershipEvents" ("MemberId", "OrganizationId", "Kind", "OccurredOn", "CounterpartOrganizationId")
            VALUES (2, 1, 4, '2020-01-01', 2)
            """);
        Assert.Equal(["14"], await RowsAsync(connection, "SELECT MAX(\"Id\") FROM \"MembershipEvents\""));
    }

    private static string NewFile() => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(DemoDatabase.TemporaryFolder, $"migrate-{Guid.NewGuid():N}.db"),
        Pooling = false,
    }.ToString();

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Token);
        var rows = new List<string>();
        while (await reader.ReadAsync(Token))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
