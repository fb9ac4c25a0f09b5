using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Commendations;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Commendations;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.IntegrationTests.Commendations;

/// <summary>
/// A decision's draft form and its issue button carry the version they showed: a stale edit is refused with the other
/// person's particulars, and an issue racing a draft edit never rewrites an issued decision (ADR 0007).
/// </summary>
public sealed class DecisionConcurrencyTests
{
    private static readonly DateTimeOffset Today = new(2020, 1, 16, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<T> AsClerkAsync<T>(EntryTestContext context, Func<CommendationService, Task<T>> use)
    {
        await using var scope = context.Scope("clerk@demo.local", Today);
        return await use(scope.Get<CommendationService>());
    }

    private static async Task<(EntryTestContext Context, int Id)> DraftAsync()
    {
        var context = await EntryTestContext.CreateAsync();
        await DemoDatabase.RemoveCommendationsAsync(context.ConnectionString);
        var model = (await AsClerkAsync(context, s => s.GetAsync(2019, Token)))!;
        var members = model.Awards.Single(a => a.Award == AwardKind.ExcellentMemberConsecutiveYears).Page.Items.Select(c => c.Id).ToList();
        var created = await AsClerkAsync(context, s => s.CreateDecisionAsync(2019, AwardKind.ExcellentMemberConsecutiveYears, members, Token));
        Assert.True(created.Succeeded);
        return (context, created.Value);
    }

    [Fact]
    public async Task A_stale_draft_edit_is_refused_writes_nothing_and_shows_the_other_persons_particulars()
    {
        var (context, id) = await DraftAsync();
        await using var _ = context;
        var mine = (await AsClerkAsync(context, s => s.GetDecisionAsync(id, Token)))!.Form;
        var theirs = (await AsClerkAsync(context, s => s.GetDecisionAsync(id, Token)))!.Form;

        theirs.Signer = "Người Ký Khác";
        Assert.True((await AsClerkAsync(context, s => s.UpdateDraftAsync(id, theirs, Token))).Succeeded);
        var audited = await context.NewDbContext().AuditEntries.CountAsync(Token);

        mine.Title = "Trích yếu của tôi";
        var refused = await AsClerkAsync(context, s => s.UpdateDraftAsync(id, mine, Token));

        var conflict = Assert.IsType<EditConflict>(refused.Conflict);
        Assert.Equal(mine.Version + 1, conflict.CurrentVersion);
        Assert.Equal("Người Ký Khác", Assert.Single(conflict.Theirs, v => v.Label == "Decision.Signer").Value);
        Assert.Contains(conflict.Theirs, v => v.Label == "Decision.Title");
        var db = context.NewDbContext();
        var stored = await db.CommendationDecisions.AsNoTracking().SingleAsync(d => d.Id == id, Token);
        Assert.Equal(("Người Ký Khác", theirs.Title, conflict.CurrentVersion), (stored.Signer, stored.Title, stored.Version));
        Assert.Equal(audited, await db.AuditEntries.CountAsync(Token));
    }

    [Fact]
    public async Task An_issue_from_an_older_look_is_refused_and_a_draft_edit_after_the_issue_never_rewrites_it()
    {
        var (context, id) = await DraftAsync();
        await using var _ = context;
        var looked = (await AsClerkAsync(context, s => s.GetDecisionAsync(id, Token)))!.Form;

        // Someone edits the draft after the look: issuing what was looked at is refused.
        var edited = (await AsClerkAsync(context, s => s.GetDecisionAsync(id, Token)))!.Form;
        edited.Title = "Trích yếu đã sửa";
        Assert.True((await AsClerkAsync(context, s => s.UpdateDraftAsync(id, edited, Token))).Succeeded);
        var stale = await AsClerkAsync(context, s => s.IssueAsync(id, looked.Version, Token));
        Assert.Equal(CommendationsMessages.DecisionChanged, stale.FirstError!.MessageKey);
        Assert.Equal(DecisionStatus.Draft, (await context.NewDbContext().CommendationDecisions.SingleAsync(d => d.Id == id, Token)).Status);

        // Issued from the current look; then the draft edit from before the issue is refused, whatever its version.
        var current = (await AsClerkAsync(context, s => s.GetDecisionAsync(id, Token)))!.Form;
        var draft = (await AsClerkAsync(context, s => s.GetDecisionAsync(id, Token)))!.Form;
        Assert.True((await AsClerkAsync(context, s => s.IssueAsync(id, current.Version, Token))).Succeeded);
        draft.Title = "Sửa sau khi ban hành";
        var refused = await AsClerkAsync(context, s => s.UpdateDraftAsync(id, draft, Token));
        Assert.Equal(CommendationsMessages.DecisionLocked, refused.FirstError!.MessageKey);
        draft.Version = null;
        Assert.Equal(CommendationsMessages.DecisionLocked, (await AsClerkAsync(context, s => s.UpdateDraftAsync(id, draft, Token))).FirstError!.MessageKey);

        var stored = await context.NewDbContext().CommendationDecisions.AsNoTracking().SingleAsync(d => d.Id == id, Token);
        Assert.Equal((DecisionStatus.Issued, "Trích yếu đã sửa"), (stored.Status, stored.Title));
    }

    [Fact]
    public async Task An_issue_and_a_draft_edit_at_the_same_moment_never_leave_an_issued_decision_rewritten()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (context, id) = await DraftAsync();
            await using var _ = context;
            var seen = (await AsClerkAsync(context, s => s.GetDecisionAsync(id, Token)))!.Form;
            seen.Title = "Sửa cùng lúc";

            var results = await Task.WhenAll(
                Task.Run(() => AsClerkAsync(context, s => s.IssueAsync(id, seen.Version, Token)), Token),
                Task.Run(() => AsClerkAsync(context, s => s.UpdateDraftAsync(id, seen, Token)), Token));

            // One of the two lands; an issued decision keeps the text it was issued with.
            Assert.Single(results, r => r.Succeeded);
            var stored = await context.NewDbContext().CommendationDecisions.AsNoTracking().SingleAsync(d => d.Id == id, Token);
            Assert.Equal(
                results[0].Succeeded ? (DecisionStatus.Issued, false) : (DecisionStatus.Draft, true),
                (stored.Status, stored.Title == "Sửa cùng lúc"));
        }
    }
}
