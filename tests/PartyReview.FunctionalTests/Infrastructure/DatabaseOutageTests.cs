using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.TestSupport;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>
/// The PostgreSQL server lost while the app runs, played by a loopback forwarder between the app and the real server
/// (which other tests share, so it is never stopped): pages answer the friendly 503, <c>/healthz</c> answers 503, a
/// save cut mid-transaction leaves nothing half-written, and once the server is back requests succeed without a restart.
/// The figures (statuses, recovery time) are written to the test output for docs/reliability.md.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string Organization = "TCCS47";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact(Timeout = 180_000)]
    public async Task An_outage_answers_503_leaves_no_half_written_save_and_is_recovered_without_a_restart()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using (var db = Context(database.ConnectionString))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        await using var forwarder = PostgresServer.ForwarderTo(database.ConnectionString);
        var cutter = new CutAfterFirstWrite(forwarder);
        await using var factory = new OutageFactory(PostgresServer.Through(database.ConnectionString, forwarder), cutter);
        using var staff = await factory.SignInAsync("staff@demo.local");
        var organizationId = await OrganizationIdAsync(database.ConnectionString);
        string[] pages = ["/Reports/Summary/2019", $"/Periods/2026/Entry/{organizationId}"];
        foreach (var page in pages)
        {
            using var up = await GetAsync(staff, page);
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        }

        // The server is gone: the pages and the health check say so, kindly and without details.
        forwarder.Cut();
        foreach (var page in pages)
        {
            var (status, html, retryAfter, elapsed) = await ReadAsync(staff, page);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("30", retryAfter);
            Assert.Contains("Hệ thống tạm thời gián đoạn", html, StringComparison.Ordinal);
            Assert.Contains("không có gì bị ghi dở", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
            Assert.True(elapsed < Bound, $"{page} took {elapsed}");
            Report($"outage: GET {page} -> {(int)status} in {elapsed.TotalMilliseconds:0} ms, Retry-After {retryAfter}");
        }

        using (var health = await GetAsync(staff, "/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Report($"outage: GET /healthz -> {(int)health.StatusCode}");
        }

        // The server is back: the very first request succeeds, with the same app (no restart).
        forwarder.Restore();
        var recovery = await RecoverAsync(staff, pages[0]);
        Report($"restore: first successful request after {recovery.Attempts} attempt(s), {recovery.Elapsed.TotalMilliseconds:0} ms after the restore");
        Assert.Equal(1, recovery.Attempts);
        using (var health = await GetAsync(staff, "/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        // A save cut after the batch that writes the members' step rows (the sheet's row claimed before it), before the
        // commit: 503, and nothing of it stays.
        var before = await SheetAsync(database.ConnectionString, organizationId);
        var auditBefore = await AuditRowsAsync(database.ConnectionString, organizationId);
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(staff, pages[1]);
        cutter.Arm("ReviewSteps");
        var watch = Stopwatch.StartNew();
        using (var save = await PostGridAsync(staff, database.ConnectionString, organizationId, token, score: "80"))
        {
            var html = await save.Content.ReadAsStringAsync(Token);
            Assert.True(cutter.HasCut, "The save never reached a write inside its transaction.");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, save.StatusCode);
            Assert.Contains("Hệ thống tạm thời gián đoạn", html, StringComparison.Ordinal);
            Report($"cut save: POST {pages[1]} cut after `{cutter.CutAfter}` -> {(int)save.StatusCode} in {watch.ElapsedMilliseconds} ms");
        }

        forwarder.Restore();
        Assert.Equal(before, await SheetAsync(database.ConnectionString, organizationId));
        Assert.Equal(auditBefore, await AuditRowsAsync(database.ConnectionString, organizationId));
        Report($"cut save: after restore the sheet equals its state before the save; audit rows {auditBefore} before, {auditBefore} after");

        // And the same save, posted again once the server is back, lands whole.
        var afterCut = await RecoverAsync(staff, pages[1]);
        Report($"restore after the cut: first successful request after {afterCut.Attempts} attempt(s), {afterCut.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(1, afterCut.Attempts);
        token = await PartyReviewFactory.AntiforgeryTokenAsync(staff, pages[1]);
        using (var again = await PostGridAsync(staff, database.ConnectionString, organizationId, token, score: "80"))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.NotEqual(before, await SheetAsync(database.ConnectionString, organizationId));
        Assert.True(await AuditRowsAsync(database.ConnectionString, organizationId) > auditBefore);
    }

    private static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine($"[reliability] {line}");

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bounded.CancelAfter(Bound);
        return await client.GetAsync(new Uri(path, UriKind.Relative), bounded.Token);
    }

    private static async Task<(HttpStatusCode Status, string Html, string? RetryAfter, TimeSpan Elapsed)> ReadAsync(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await GetAsync(client, path);
        var html = await response.Content.ReadAsStringAsync(Token);
        return (response.StatusCode, html, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(CultureInfo.InvariantCulture), watch.Elapsed);
    }

    /// <summary>Asks for <paramref name="path"/> until it answers 200 (within <see cref="Bound"/>): how many tries, how long.</summary>
    private static async Task<(int Attempts, TimeSpan Elapsed)> RecoverAsync(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            using var response = await GetAsync(client, path);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (attempt, watch.Elapsed);
            }

            Assert.True(watch.Elapsed < Bound, $"{path} still answers {(int)response.StatusCode} {watch.Elapsed} after the restore");
            await Task.Delay(50, Token);
        }
    }

    private static async Task<HttpResponseMessage> PostGridAsync(HttpClient client, string connectionString, int organizationId, string token, string score)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bounded.CancelAfter(Bound);
        return await PostgresGrid.PostAsync(client, connectionString, organizationId, token, score, version: null, bounded.Token);
    }

    private static PartyReviewDbContext Context(string connectionString) => PostgresGrid.Context(connectionString);

    private static Task<int> OrganizationIdAsync(string connectionString) => PostgresGrid.OrganizationIdAsync(connectionString, Organization, Token);

    private static async Task<string> SheetAsync(string connectionString, int organizationId)
    {
        await using var db = Context(connectionString);
        return await SheetState.ReadAsync(db, 2026, organizationId, Token);
    }

    private static async Task<int> AuditRowsAsync(string connectionString, int organizationId)
    {
        await using var db = Context(connectionString);
        return await SheetState.AuditRowsAsync(db, organizationId, Token);
    }

    /// <summary>The app in Development on a PostgreSQL database reached through the forwarder, demo seeded at start.</summary>
    private sealed class OutageFactory(string connectionString, IInterceptor cutter) : PostgresAppFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(cutter));
        }
    }

    /// <summary>Once armed, cuts the forwarder right after a write sent inside a transaction (before its commit).</summary>
    private sealed class CutAfterFirstWrite(TcpForwarder forwarder) : DbCommandInterceptor
    {
        private int _armed;
        private string _table = "";

        public bool HasCut => CutAfter is not null;
        public string? CutAfter { get; private set; }

        /// <summary>Cuts after the first write inside a transaction that touches <paramref name="table"/>.</summary>
        public void Arm(string table)
        {
            _table = $"\"{table}\"";
            Interlocked.Exchange(ref _armed, 1);
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            CutOnWrite(command);
            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            CutOnWrite(command);
            return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
        }

        private void CutOnWrite(DbCommand command)
        {
            var text = command.CommandText.TrimStart();
            var write = text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
            if (command.Transaction is not null && write && text.Contains(_table, StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                CutAfter = text.Split('\n')[0].Trim();
                forwarder.Cut();
            }
        }
    }
}
