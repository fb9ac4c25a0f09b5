using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using PartyReview.FunctionalTests.Admin;
using PartyReview.TestSupport;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>
/// Two instances of the app on one PostgreSQL database, as behind a load balancer: they share the Data Protection key
/// ring through the database, so a user signed in on one keeps working on the other, a page loaded from one posts to
/// the other, an upload checked on one is confirmed on the other (once), a password link made on one opens on the
/// other, and two saves of one grid, one on each, give one success and one conflict.
/// </summary>
public sealed class TwoInstanceTests
{
    private const string Organization = "TCCS47";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task Two_instances_on_one_database_share_sessions_forms_links_and_conflicts()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using (var db = PostgresGrid.Context(database.ConnectionString))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        // A starts first: it seeds the demo and makes the key ring's first key; B reads both.
        await using var a = new PostgresAppFactory(database.ConnectionString);
        _ = a.Server;
        await using var b = new PostgresAppFactory(database.ConnectionString);
        _ = b.Server;

        // Signed in on A, working on B: one browser (one cookie jar), two instances.
        var jar = new CookieContainer();
        using var onA = a.CreateDefaultClient(new CookieContainerHandler(jar));
        using var onB = b.CreateDefaultClient(new CookieContainerHandler(jar));
        using (var login = await PartyReviewFactory.PostLoginAsync(onA, "staff@demo.local", AdminSteps.DemoPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        using (var summary = await onB.GetAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), Token))
        {
            Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
            Assert.Contains("62/66", await summary.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        // Two people load one organization's grid, one through each instance; each saves from the page it loaded, and
        // each form is posted to the other instance (its antiforgery token made by the other).
        var organizationId = await PostgresGrid.OrganizationIdAsync(database.ConnectionString, Organization, Token);
        var grid = $"/Periods/2026/Entry/{organizationId}";
        var tokenFromA = await PartyReviewFactory.AntiforgeryTokenAsync(onA, grid);
        var tokenFromB = await PartyReviewFactory.AntiforgeryTokenAsync(onB, grid);
        var shown = await PostgresGrid.VersionAsync(database.ConnectionString, organizationId, Token);
        using (var first = await PostgresGrid.PostAsync(onB, database.ConnectionString, organizationId, tokenFromA, "80", shown, Token))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using (var second = await PostgresGrid.PostAsync(onA, database.ConnectionString, organizationId, tokenFromB, "60", shown, Token))
        {
            Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
            Assert.Contains("có người khác vừa lưu", await second.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        Assert.Equal(shown + 1, await PostgresGrid.VersionAsync(database.ConnectionString, organizationId, Token));

        // An import uploaded and checked on A is shown and confirmed on B, once.
        var importToken = await PartyReviewFactory.AntiforgeryTokenAsync(onA, "/Import");
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("Năm;Mã tổ chức;Chỉ tiêu\n2027;;130\n2027;TCCS02;4\n")), "file", "chi-tieu.csv" },
            { new StringContent(importToken), "__RequestVerificationToken" },
        };
        using var uploaded = await onA.PostAsync(new Uri("/Import", UriKind.Relative), upload, Token);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var preview = uploaded.Headers.Location!.OriginalString;
        Assert.Contains("data-testid=\"import-ready\"", await onB.GetStringAsync(new Uri(preview, UriKind.Relative), Token), StringComparison.Ordinal);
        var confirmToken = await PartyReviewFactory.AntiforgeryTokenAsync(onB, preview);
        using (var confirmed = await onB.PostAsync(new Uri(preview + "/Confirm", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", confirmToken)]), Token))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        using (var again = await onA.PostAsync(new Uri(preview + "/Confirm", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", confirmToken)]), Token))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        Assert.Contains("data-testid=\"import-done\"", await onA.GetStringAsync(new Uri(preview, UriKind.Relative), Token), StringComparison.Ordinal);

        // A password link handed over on A sets the password on B.
        using var admin = await a.SignInAsync("admin@demo.local");
        var link = await AdminSteps.CreateAccountWithLinkAsync(admin, "nhanvien.moi@demo.local", "Đỗ Thị Mới", ["Leader"]);
        using (var set = await AdminSteps.SetPasswordAsync(b, link))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        // One key ring for both: B made no key of its own.
        await using (var db = PostgresGrid.Context(database.ConnectionString))
        {
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync(Token));
        }
    }
}
