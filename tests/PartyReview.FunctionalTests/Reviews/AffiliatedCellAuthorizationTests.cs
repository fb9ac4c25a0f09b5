using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Data.Identity;

namespace PartyReview.FunctionalTests.Reviews;

/// <summary>
/// The Secretary of a chi bộ trực thuộc (demo account <c>secretary.chibo@demo.local</c>, bound to TCCS09-CB1) reaches
/// that chi bộ only; a Secretary bound to the đảng bộ cơ sở (TCCS09) reaches the đảng bộ and all its chi bộ (ADR 0008).
/// </summary>
public sealed class AffiliatedCellAuthorizationTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<int> OrganizationIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return await db.Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Token);
    }

    private async Task<int> MemberOfAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return await db.Members.Where(m => db.Organizations.Any(o => o.Id == m.OrganizationId && o.Code == code)).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Token);
    }

    private static async Task<HttpResponseMessage> PostEntryAsync(HttpClient client, string path, string token)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "0", ["__RequestVerificationToken"] = token });
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, Token);
    }

    [Fact]
    public async Task The_secretary_of_a_chi_bo_truc_thuoc_reaches_that_chi_bo_only()
    {
        var own = await OrganizationIdAsync("TCCS09-CB1");
        var sibling = await OrganizationIdAsync("TCCS09-CB2");
        var parent = await OrganizationIdAsync("TCCS09");
        using var client = await factory.SignInAsync("secretary.chibo@demo.local");

        using var mine = await client.GetAsync(new Uri($"/Periods/2026/Entry/{own}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("data-testid=\"save\"", await mine.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);

        foreach (var other in new[] { sibling, parent })
        {
            using var read = await client.GetAsync(new Uri($"/Periods/2026/Entry/{other}", UriKind.Relative), Token);
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, $"/Periods/2026/Entry/{own}");
        using var write = await PostEntryAsync(client, $"/Periods/2026/Entry/{sibling}", token);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);

        using var ownMember = await client.GetAsync(new Uri($"/Members/{await MemberOfAsync("TCCS09-CB1")}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, ownMember.StatusCode);
        using var siblingMember = await client.GetAsync(new Uri($"/Members/{await MemberOfAsync("TCCS09-CB2")}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, siblingMember.StatusCode);
    }

    [Fact]
    public async Task A_secretary_of_the_dang_bo_co_so_reaches_the_dang_bo_and_its_chi_bo_but_no_other_organization()
    {
        const string email = "secretary.dangbo@test.local";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FullName = "Bí thư Đảng ủy thử nghiệm", OrganizationId = await OrganizationIdAsync("TCCS09"),
                CommitteeId = await scope.ServiceProvider.GetRequiredService<PartyReview.Data.PartyReviewDbContext>().Committees.MinAsync(c => c.Id, Token),
            };
            Assert.True((await users.CreateAsync(user, "PartyReview@2019")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, AppRoles.Secretary)).Succeeded);
        }

        using var client = await factory.SignInAsync(email);
        foreach (var code in new[] { "TCCS09", "TCCS09-CB1", "TCCS09-CB2", "TCCS09-CB3" })
        {
            using var response = await client.GetAsync(new Uri($"/Periods/2026/Entry/{await OrganizationIdAsync(code)}", UriKind.Relative), Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The đảng bộ's sheet lists its chi bộ with their counters, each linking to its own sheet.
        var sheet = await client.GetStringAsync(new Uri($"/Periods/2026/Entry/{await OrganizationIdAsync("TCCS09")}", UriKind.Relative), Token);
        Assert.Contains("data-testid=\"affiliated-cells\"", sheet, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(sheet, "data-cell=\"TCCS09-CB\\d\""));

        using var chiBoMember = await client.GetAsync(new Uri($"/Members/{await MemberOfAsync("TCCS09-CB3")}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, chiBoMember.StatusCode);
        using var elsewhere = await client.GetAsync(new Uri($"/Periods/2026/Entry/{await OrganizationIdAsync("TCCS10-CB1")}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}
