using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Members;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.IntegrationTests.Members;

/// <summary>A member's edit form carries the version it showed: a save from an older look is refused, not merged (ADR 0007).</summary>
public sealed class MemberConcurrencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stale_member_save_is_refused_writes_nothing_and_shows_the_other_persons_values()
    {
        await using var app = AppServices.Create(await DemoDatabase.CopyAsync(), Now);
        int id;
        await using (var scope = app.Scope())
        {
            id = await scope.Db().Members.Where(m => m.LeftOn == null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Token);
        }

        // Two users open the same member's form.
        MemberForm mine, theirs;
        await using (var scope = app.Scope())
        {
            mine = (await scope.Get<MemberService>().GetFormAsync(id, Token))!;
            theirs = (await scope.Get<MemberService>().GetFormAsync(id, Token))!;
        }

        Assert.NotNull(mine.Version);
        theirs.FullName = "Nguyễn Thị Người Khác";
        await using (var scope = app.Scope("admin@demo.local"))
        {
            Assert.True((await scope.Get<MemberService>().SaveAsync(id, theirs, Token)).Succeeded);
        }

        // The first user saves a different change from the old look.
        mine.BirthDate = mine.BirthDate!.Value.AddDays(-1);
        Result refused;
        await using (var scope = app.Scope())
        {
            refused = await scope.Get<MemberService>().SaveAsync(id, mine, Token);
        }

        Assert.False(refused.Succeeded);
        var conflict = Assert.IsType<EditConflict>(refused.Conflict);
        Assert.Equal(mine.Version + 1, conflict.CurrentVersion);
        var name = Assert.Single(conflict.Theirs, v => v.Label == "Entry.Member");
        Assert.Equal("Nguyễn Thị Người Khác", name.Value);
        Assert.Contains(conflict.Theirs, v => v.Label == "Member.BirthDate");

        await using (var scope = app.Scope())
        {
            var stored = await scope.Db().Members.AsNoTracking().SingleAsync(m => m.Id == id, Token);
            Assert.Equal("Nguyễn Thị Người Khác", stored.FullName);
            Assert.Equal(theirs.BirthDate, stored.BirthDate);
            Assert.Equal(conflict.CurrentVersion, stored.Version);
        }

        // Saving again from the version the conflict showed re-applies the user's values, by choice.
        mine.Version = conflict.CurrentVersion;
        await using (var scope = app.Scope())
        {
            Assert.True((await scope.Get<MemberService>().SaveAsync(id, mine, Token)).Succeeded);
            var stored = await scope.Db().Members.AsNoTracking().SingleAsync(m => m.Id == id, Token);
            Assert.Equal((mine.FullName, mine.BirthDate), (stored.FullName, (DateOnly?)stored.BirthDate));
        }
    }

    [Fact]
    public async Task Two_member_saves_from_the_same_look_at_the_same_moment_give_one_success_and_one_conflict()
    {
        await using var app = AppServices.Create(await DemoDatabase.CopyAsync(), Now);
        int id;
        MemberForm seen;
        await using (var scope = app.Scope())
        {
            id = await scope.Db().Members.Where(m => m.LeftOn == null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Token);
            seen = (await scope.Get<MemberService>().GetFormAsync(id, Token))!;
        }

        async Task<Result> SaveAsync(string name)
        {
            await using var scope = app.Scope();
            return await scope.Get<MemberService>().SaveAsync(id, new MemberForm
            {
                MemberCode = seen.MemberCode, FullName = name, Gender = seen.Gender, BirthDate = seen.BirthDate, Version = seen.Version,
            }, Token);
        }

        var results = await Task.WhenAll(Task.Run(() => SaveAsync("Trần Văn Một"), Token), Task.Run(() => SaveAsync("Lê Văn Hai"), Token));

        var won = Assert.Single(results, r => r.Succeeded);
        Assert.NotNull(Assert.Single(results, r => !r.Succeeded).Conflict);
        await using (var scope = app.Scope())
        {
            var stored = await scope.Db().Members.AsNoTracking().SingleAsync(m => m.Id == id, Token);
            Assert.Equal(seen.Version + 1, stored.Version);
            Assert.Equal(results[0] == won ? "Trần Văn Một" : "Lê Văn Hai", stored.FullName);
        }
    }

    [Fact]
    public async Task A_member_save_waits_for_another_connection_reading_instead_of_failing_with_database_is_locked()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        await using var app = AppServices.Create(connectionString, Now);
        int id;
        MemberForm form;
        await using (var scope = app.Scope())
        {
            id = await scope.Db().Members.Where(m => m.LeftOn == null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Token);
            form = (await scope.Get<MemberService>().GetFormAsync(id, Token))!;
        }

        // Another user's long read holds the file's shared lock: a one-row save cannot commit until it ends.
        await using var reader = new SqliteConnection(connectionString);
        await reader.OpenAsync(Token);
        await using (var begin = reader.CreateCommand())
        {
            begin.CommandText = "BEGIN; SELECT COUNT(*) FROM \"Members\";";
            await begin.ExecuteScalarAsync(Token);
        }

        form.FullName = "Nguyễn Văn Chờ";
        var saving = Task.Run(
            async () =>
            {
                await using var scope = app.Scope();
                return await scope.Get<MemberService>().SaveAsync(id, form, Token);
            },
            Token);
        await Task.Delay(500, Token);
        if (saving.IsCompleted)
        {
            await saving; // shows why it did not wait ("database is locked")
        }

        Assert.False(saving.IsCompleted, "the save should be waiting for the reader's lock");
        await using (var commit = reader.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync(Token);
        }

        Assert.True((await saving).Succeeded);
        await using (var scope = app.Scope())
        {
            Assert.Equal("Nguyễn Văn Chờ", (await scope.Db().Members.AsNoTracking().SingleAsync(m => m.Id == id, Token)).FullName);
        }
    }
}
