using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PartyReview.FunctionalTests.Periods;

/// <summary>/Periods/{year} lists 25 organizations a page (searched, "Chưa xong" kept); its counts and its export hold them all.</summary>
public sealed partial class OverviewPagingTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_2026_overview_pages_its_76_sheets_and_exports_them_all()
    {
        // The committee's 68 TCCS and 8 chi bộ trực thuộc, each with its own sheet, by code.
        List<string> codes;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReview.Data.PartyReviewDbContext>();
            codes = await db.Organizations.Where(o => o.CommitteeId == db.Committees.Min(c => c.Id)).OrderBy(o => o.Code).Select(o => o.Code).ToListAsync(Token);
        }

        Assert.Equal(76, codes.Count);
        using var staff = await factory.SignInAsync("staff@demo.local");
        var first = await staff.GetStringAsync(new Uri("/Periods/2026", UriKind.Relative), Token);
        Assert.Equal(codes[..25], Codes(first));
        Assert.Contains("href=\"?page=2\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-organization=\"{codes[25]}\"", first, StringComparison.Ordinal);
        Assert.Matches("<strong>\\d+/76</strong>", first);

        var third = await staff.GetStringAsync(new Uri("/Periods/2026?page=3", UriKind.Relative), Token);
        Assert.Equal(codes[50..75], Codes(third));
        Assert.Matches("<strong>\\d+/76</strong>", third);

        // The search and the "Chưa xong" filter combine, and the pager keeps both.
        var found = await staff.GetStringAsync(new Uri("/Periods/2026?q=tccs4", UriKind.Relative), Token);
        Assert.Equal([.. Enumerable.Range(40, 10).Select(i => $"TCCS{i:00}")], Codes(found));
        var unfinished = await staff.GetStringAsync(new Uri("/Periods/2026?unfinished=true", UriKind.Relative), Token);
        var unfinishedCount = int.Parse(Regex.Match(unfinished, "Tìm thấy (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(unfinishedCount, 26, 75);
        Assert.Contains("href=\"?unfinished=true&amp;page=2\"", unfinished, StringComparison.Ordinal);

        // The export is every line of the filter, not the page.
        var all = await staff.GetStringAsync(new Uri("/Periods/2026/Export?format=csv", UriKind.Relative), Token);
        Assert.Equal(1 + 76, all.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var open = await staff.GetStringAsync(new Uri("/Periods/2026/Export?unfinished=true&format=csv", UriKind.Relative), Token);
        Assert.Equal(1 + unfinishedCount, open.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("href=\"/Periods/2026/Export?q=tccs4&amp;format=csv\"", found, StringComparison.Ordinal);
    }

    private static List<string> Codes(string html) => [.. OrganizationRow().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr data-organization=\"([^\"]+)\">")]
    private static partial Regex OrganizationRow();
}
