using Microsoft.EntityFrameworkCore;
using PartyReview.Web.Features.Import;

namespace PartyReview.IntegrationTests.Import;

/// <summary>The full export of the demo, imported into an empty database, gives the same tallies for every year; a second import changes nothing.</summary>
public sealed class ImportRoundTripTests
{
    [Fact]
    public async Task Exporting_the_demo_and_importing_it_into_an_empty_database_reproduces_every_tally_and_a_second_import_changes_nothing()
    {
        await using var demo = await ImportTestContext.DemoAsync();
        var workbook = await demo.ExportAsync();
        await using var empty = await ImportTestContext.EmptyAsync();

        var check = await empty.CheckAsync(workbook, "du-lieu.xlsx");
        Assert.Null(check.FileError);
        Assert.Empty(check.Rows.Where(r => r.Status == RowStatus.Error).Select(r => $"{r.Sheet}!{r.Row}: {r.Message}").Take(10));
        Assert.Equal(0, (await empty.CountsAsync()).Members);

        var commit = await empty.CommitAsync(workbook, "du-lieu.xlsx");
        Assert.True(commit.Committed, commit.Describe());
        Assert.Equal(await demo.TalliesAsync(), await empty.TalliesAsync());
        var (organizations, members, events, reviews, _) = await demo.CountsAsync();
        var imported = await empty.CountsAsync();
        Assert.Equal((organizations, members, events, reviews), (imported.Organizations, imported.Members, imported.Events, imported.Reviews));

        await using (var db = empty.NewDbContext())
        {
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Source == "Nhập từ tệp du-lieu.xlsx" && a.UserName == "staff@demo.local", TestContext.Current.CancellationToken));
        }

        var audits = imported.Audits;
        var again = await empty.CommitAsync(workbook, "du-lieu.xlsx");
        Assert.True(again.Committed);
        Assert.All(again.Rows, r => Assert.Equal(RowStatus.Unchanged, r.Status));
        Assert.Equal(audits, (await empty.CountsAsync()).Audits);
    }

    [Fact]
    public async Task The_demo_reimported_into_itself_is_unchanged_row_by_row()
    {
        await using var demo = await ImportTestContext.DemoAsync();
        var zip = await demo.ExportAsync(zip: false);
        var before = await demo.CountsAsync();
        var result = await demo.CommitAsync(zip, "demo.xlsx");
        Assert.True(result.Committed, result.Describe());
        Assert.Empty(result.Rows.Where(r => r.Status != RowStatus.Unchanged).Select(r => $"{r.Sheet}!{r.Row} {r.Status}: {r.Subject} {r.Message}").Take(10));
        Assert.Equal(before, await demo.CountsAsync());
    }
}
