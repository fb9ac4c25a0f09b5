using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Domain.Organizations;

namespace PartyReview.FunctionalTests.Organizations;

/// <summary>
/// An organization drop-down lists every organization while the committee has at most 100 (the demo's 76: no change),
/// and beyond that the first 100 with a search box that asks /Organizations/Options for the others.
/// </summary>
public sealed partial class OrganizationDropDownTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Drop_downs_stop_at_100_organizations_and_offer_a_server_search_beyond()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");

        // The demo: all 76 organizations (68 TCCS, 8 chi bộ trực thuộc), no search box.
        var before = await staff.GetStringAsync(new Uri("/Members", UriKind.Relative), Token);
        Assert.Equal(76, OptionCount(before, "organizationId"));
        Assert.DoesNotContain("data-organization-search", before, StringComparison.Ordinal);

        await AddOrganizationsAsync(45);
        foreach (var (path, select) in new[] { ("/Members", "organizationId"), ("/Members/New", "Member_OrganizationId"), ("/Movements/Admissions/New", "OrganizationId") })
        {
            var html = await staff.GetStringAsync(new Uri(path, UriKind.Relative), Token);
            Assert.Equal(100, OptionCount(html, select));
            Assert.Contains($"data-organization-search=\"{select}\"", html, StringComparison.Ordinal);
            Assert.Contains("Danh sách chỉ hiện 100 tổ chức đầu tiên theo mã", html, StringComparison.Ordinal);
            Assert.Contains("/js/organization-search.js", html, StringComparison.Ordinal);
        }

        using (var admin = await factory.SignInAsync("admin@demo.local"))
        {
            foreach (var (path, select) in new[] { ("/Admin/Accounts", "organizationId"), ("/Admin/Accounts/New", "Form_OrganizationId") })
            {
                var html = await admin.GetStringAsync(new Uri(path, UriKind.Relative), Token);
                Assert.Equal(100, OptionCount(html, select));
                Assert.Contains($"data-organization-search=\"{select}\" data-wide=\"true\"", html, StringComparison.Ordinal);
            }
        }

        // A chosen organization beyond the first 100 stays in the list.
        var last = await OrganizationIdAsync("THEM44");
        var filtered = await staff.GetStringAsync(new Uri($"/Members?organizationId={last}", UriKind.Relative), Token);
        Assert.Matches($"<option value=\"{last}\" selected=\"selected\">THEM44 – Chi bộ thêm 44</option>", filtered);

        // The search box's server side: by code or by name without accents, at most 100, the user's scope.
        var byName = await OptionsAsync(staff, "/Organizations/Options?q=chi%20bo%20them%204");
        Assert.Equal(["THEM04 – Chi bộ thêm 4", .. Enumerable.Range(40, 5).Select(i => $"THEM{i} – Chi bộ thêm {i}")], byName);
        Assert.Equal(100, (await OptionsAsync(staff, "/Organizations/Options")).Count);
        using var secretary = await factory.SignInAsync("secretary@demo.local");
        Assert.Empty(await OptionsAsync(secretary, "/Organizations/Options?q=THEM"));
        Assert.Equal(45, (await OptionsAsync(secretary, "/Organizations/Options?q=THEM&wide=true")).Count);
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync(new Uri("/Organizations/Options?q=THEM", UriKind.Relative), Token);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private async Task AddOrganizationsAsync(int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var committeeId = await db.Committees.Select(c => c.Id).FirstAsync(Token);
        db.Organizations.AddRange(Enumerable.Range(0, count).Select(i => new Organization
        {
            CommitteeId = committeeId, Code = $"THEM{i:00}", Name = $"Chi bộ thêm {i}", Kind = OrganizationKind.Cell,
            FoundedOn = new DateOnly(2000, 1, 1), HasExecutiveCommittee = false,
        }));
        await db.SaveChangesAsync(Token);
    }

    private async Task<int> OrganizationIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return await db.Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Token);
    }

    private static async Task<List<string>> OptionsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        return [.. json.RootElement.EnumerateArray().Select(e => e.GetProperty("label").GetString()!)];
    }

    /// <summary>The options of a drop-down that carry an organization (not its empty first choice).</summary>
    private static int OptionCount(string html, string selectId)
    {
        var select = Regex.Match(html, $"<select[^>]*id=\"{selectId}\".*?</select>", RegexOptions.Singleline);
        Assert.True(select.Success, $"no drop-down {selectId}");
        return OptionWithValue().Count(select.Value);
    }

    [GeneratedRegex("<option value=\"\\d+\"")]
    private static partial Regex OptionWithValue();
}
