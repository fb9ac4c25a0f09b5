using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Identity;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.Web.Features.Reviews;

namespace PartyReview.IntegrationTests.Reviews;

/// <summary>
/// Eight people saving one organization's grid at the same moment, through the app's own service (each its own scope,
/// so its own context and connection), on whatever database <paramref name="app"/> points at. Writer <c>w</c> scores
/// every member <c>80 + w</c>. All read the sheet before anyone saves, then all save at once. The sheet's members must
/// all be rated (no not-rated reason), so that each writer's score is what its save records.
/// </summary>
internal sealed class GridWriters(AppServices app, Func<PartyReviewDbContext> check, string label)
{
    public const int Writers = 8;
    public const int Year = 2026;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Every writer saves once from the version all of them read: exactly one lands, seven are told of the conflict.</summary>
    public async Task OneLandsAndTheOthersAreToldAsync(int organizationId)
    {
        var before = await StateAsync(organizationId);
        var run = await RunAsync(organizationId, retry: false, from: 80);
        Report(run, "once");

        Assert.Equal(Writers, run.Attempts);
        Assert.Single(run.Accepted);
        Assert.Equal(Writers - 1, run.Conflicts);
        Assert.Empty(run.Failures);
        await AssertSerialAsync(organizationId, run.Accepted, before, from: 80);
    }

    /// <summary>Every writer told of a conflict reloads, puts its values back and saves again: all land, one after another.</summary>
    public async Task AllLandWhenTheyRetryAsync(int organizationId)
    {
        var before = await StateAsync(organizationId);
        var run = await RunAsync(organizationId, retry: true, from: 70);
        Report(run, "retry after reload");

        Assert.Equal(Writers, run.Accepted.Count);
        Assert.Equal(run.Attempts - Writers, run.Conflicts);
        Assert.Empty(run.Failures);
        await AssertSerialAsync(organizationId, run.Accepted, before, from: 70);
    }

    private static string Writer(int w) => $"writer{w}@demo.local";

    private static string Score(int w, int from) => (from + w).ToString(CultureInfo.InvariantCulture);

    private async Task<Run> RunAsync(int organizationId, bool retry, int from)
    {
        // Everyone reads first (the version before anyone saved)…
        var forms = new EntryForm[Writers];
        for (var w = 0; w < Writers; w++)
        {
            await using var scope = app.Scope(Writer(w));
            var model = await scope.Get<ReviewEntryService>().GetAsync(Year, organizationId, User(w), Token);
            forms[w] = Mine(EntryTestContext.FormOf(model!), w, from);
        }

        Assert.All(forms, f => Assert.Equal(forms[0].Version, f.Version));

        // …then all save at once.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            await start.Task;
            return await WriteAsync(organizationId, w, forms[w], retry, from);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(writers).WaitAsync(Bound, Token);
        watch.Stop();
        return new Run(
            results.Sum(r => r.Attempts),
            results.Sum(r => r.Conflicts),
            [.. results.Where(r => r.Landed).Select(r => r.Writer)],
            [.. results.SelectMany(r => r.Failures)],
            watch.Elapsed);
    }

    private async Task<WriterResult> WriteAsync(int organizationId, int w, EntryForm form, bool retry, int from)
    {
        var attempts = 0;
        var conflicts = 0;
        var failures = new List<string>();
        while (attempts < Writers * 2)
        {
            attempts++;
            EntrySaveResult result;
            await using (var scope = app.Scope(Writer(w)))
            {
                try
                {
                    result = await scope.Get<ReviewEntryService>().SaveAsync(Year, organizationId, form, User(w), Token);
                }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
                {
                    failures.Add($"writer {w}: {e.GetType().Name}: {e.InnerException?.Message ?? e.Message}");
                    return new(w, attempts, conflicts, false, failures);
                }
            }

            switch (result.Outcome)
            {
                case EntrySaveOutcome.Saved:
                    return new(w, attempts, conflicts, true, failures);
                case EntrySaveOutcome.Conflict:
                    conflicts++;
                    if (!retry)
                    {
                        return new(w, attempts, conflicts, false, failures);
                    }

                    // The conflict page shows the other person's values and carries the current version; the writer
                    // keeps its own values and saves again from it.
                    form = Mine(EntryTestContext.FormOf(result.Model!), w, from);
                    break;
                default:
                    failures.Add($"writer {w}: {result.Outcome}");
                    return new(w, attempts, conflicts, false, failures);
            }
        }

        failures.Add($"writer {w}: still in conflict after {attempts} attempts");
        return new(w, attempts, conflicts, false, failures);
    }

    private static EntryForm Mine(EntryForm form, int w, int from)
    {
        form.Members.ForEach(m => m.Score = Score(w, from));
        return form;
    }

    private static System.Security.Claims.ClaimsPrincipal User(int w) => EntryTestContext.User(Writer(w), AppRoles.Staff);

    /// <summary>
    /// The decided step of every member, and the audit, read as one serial history: each accepted save appears once
    /// per member, in one order in which each save's old value is the previous save's new value; the last one is
    /// what the sheet holds.
    /// </summary>
    private async Task AssertSerialAsync(int organizationId, List<int> accepted, (long LastAudit, int Version) before, int from)
    {
        await using var db = check();
        var periodId = await db.ReviewPeriods.Where(p => p.Year == Year && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);
        var members = await db.MemberReviews.AsNoTracking()
            .Where(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId)
            .Select(r => r.MemberId).ToListAsync(Token);
        var steps = await db.ReviewSteps.AsNoTracking()
            .Where(s => s.ReviewPeriodId == periodId && s.OrganizationId == organizationId && s.Subject == StepSubject.Member && s.Step == ReviewStep.Decision)
            .ToListAsync(Token);
        var sheet = await db.OrganizationReviews.AsNoTracking().SingleAsync(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId, Token);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId && a.MemberId != null && a.Field == "Step" + nameof(ReviewStep.Decision))
            .OrderBy(a => a.Id)
            .ToListAsync(Token);
        var earlier = audit.Where(a => a.Id <= before.LastAudit).GroupBy(a => a.MemberId!.Value).ToDictionary(g => g.Key, g => g.Last().NewValue);
        audit = [.. audit.Where(a => a.Id > before.LastAudit)];

        // The order the saves landed in, read from the audit of the first member; every member shows the same order.
        var byMember = audit.GroupBy(a => a.MemberId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(members.Order(), byMember.Keys.Order());
        var order = byMember[members[0]].Select(a => a.UserName).ToList();
        Assert.Equal(accepted.Select(Writer).Order(), order.Order());
        foreach (var (member, lines) in byMember)
        {
            Assert.Equal(order, lines.Select(a => a.UserName));
            for (var i = 0; i < lines.Count; i++)
            {
                var w = accepted.Single(a => Writer(a) == lines[i].UserName);
                Assert.StartsWith($"{Score(w, from)} điểm", lines[i].NewValue, StringComparison.Ordinal);
                Assert.Equal(i == 0 ? earlier.GetValueOrDefault(member) : lines[i - 1].NewValue, lines[i].OldValue);
            }
        }

        // The final state is the last save of that order, whole; the version rose once per accepted save.
        var last = accepted.Single(a => Writer(a) == order[^1]);
        Assert.Equal(members.Count, steps.Count);
        Assert.All(steps, s => Assert.Equal(((decimal)(from + last), Writer(last)), (s.Score!.Value, s.RecordedBy!)));
        Assert.Equal(before.Version + accepted.Count, sheet.Version);
        Assert.Equal(Writer(last), sheet.LastSavedBy);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"[reliability] {label}: serial order {string.Join(" → ", order.Select(u => u[..u.IndexOf('@', StringComparison.Ordinal)]))}; audit lines of the accepted saves {audit.Count} = {accepted.Count} × {members.Count} members");
    }

    private async Task<(long LastAudit, int Version)> StateAsync(int organizationId)
    {
        await using var db = check();
        var periodId = await db.ReviewPeriods.Where(p => p.Year == Year && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);
        var version = await db.OrganizationReviews.Where(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId).Select(r => r.Version).SingleAsync(Token);
        return (await db.AuditEntries.MaxAsync(a => (long?)a.Id, Token) ?? 0, version);
    }

    private void Report(Run run, string variant) => TestContext.Current.TestOutputHelper?.WriteLine(
        $"[reliability] {label}, {variant}: {Writers} writers, {run.Attempts} attempts, {run.Accepted.Count} accepted, {run.Conflicts} conflicts, {run.Failures.Count} failures, {run.Elapsed.TotalMilliseconds:0} ms"
        + (run.Failures.Count == 0 ? "" : "\n  " + string.Join("\n  ", run.Failures)));

    private sealed record WriterResult(int Writer, int Attempts, int Conflicts, bool Landed, List<string> Failures);

    private sealed record Run(int Attempts, int Conflicts, List<int> Accepted, List<string> Failures, TimeSpan Elapsed);
}
