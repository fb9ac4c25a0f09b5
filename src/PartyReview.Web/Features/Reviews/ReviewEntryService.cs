using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reviews;

public enum EntrySaveOutcome
{
    NotFound,
    Locked,
    Invalid,
    Conflict,
    Saved,
}

public sealed record EntrySaveResult(EntrySaveOutcome Outcome, EntryViewModel? Model);

/// <summary>
/// The entry grid's use cases: show one organization's sheet with the rules applied, and save it whole —
/// one transaction, refused when a rule says no, refused when someone else saved meanwhile, audited.
/// Loading and evaluating a sheet is <see cref="EntrySheets"/>; the page model is <see cref="EntryViews"/>.
/// </summary>
public sealed class ReviewEntryService(
    PartyReviewDbContext db,
    CurrentCommittee currentCommittee,
    IAuditContext audit,
    TimeProvider clock,
    IStringLocalizer<ReviewsMessages> messages,
    IStringLocalizer<SharedResource> text,
    ILogger<ReviewEntryService> logger)
{
    public async Task<EntryViewModel?> GetAsync(int year, int organizationId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var sheet = await LoadAsync(year, organizationId, tracked: false, cancellationToken);
        if (sheet is null)
        {
            return null;
        }

        var form = EntrySheets.FormFrom(sheet);
        return View(sheet, form, EntrySheets.Evaluate(sheet, form, []), user, conflict: null, justSaved: false);
    }

    public async Task<EntrySaveResult> SaveAsync(int year, int organizationId, EntryForm form, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(user);
        var sheet = await LoadAsync(year, organizationId, tracked: true, cancellationToken);
        if (sheet is null)
        {
            return new(EntrySaveOutcome.NotFound, null);
        }

        if (sheet.Period.IsLocked)
        {
            logger.LogWarning("Refused a save on the decided period {Year} for organization {OrganizationId}", year, organizationId);
            return new(EntrySaveOutcome.Locked, View(sheet, EntrySheets.FormFrom(sheet), EntrySheets.Evaluate(sheet, EntrySheets.FormFrom(sheet), []), user, null, false));
        }

        if (!EntrySheets.SameMembers(sheet, form))
        {
            logger.LogWarning("Entry form for organization {OrganizationId} does not match its members; refused", organizationId);
            return new(EntrySaveOutcome.NotFound, null);
        }

        // Someone else saved this organization after the user loaded it: nothing is overwritten silently.
        if (form.Version != sheet.OrganizationReview.Version)
        {
            return Conflict(sheet, form, user);
        }

        var scoreErrors = new Dictionary<int, RuleFinding>();
        var evaluation = EntrySheets.Evaluate(sheet, form, scoreErrors);
        if (evaluation.HasErrors || scoreErrors.Count > 0)
        {
            return new(EntrySaveOutcome.Invalid, View(sheet, form, evaluation, user, null, false, scoreErrors));
        }

        Apply(sheet, form, evaluation, user);
        audit.Source = $"Nhập kết quả xếp loại năm {year}: {sheet.Organization.Name}";
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The period may have been decided since the sheet was loaded.
            if (await db.ReviewPeriods.AnyAsync(p => p.Id == sheet.Period.Id && p.Status == ReviewPeriodStatus.Decided, cancellationToken))
            {
                return new(EntrySaveOutcome.Locked, null);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = await LoadAsync(year, organizationId, tracked: false, cancellationToken);
            return fresh is null ? new(EntrySaveOutcome.NotFound, null) : Conflict(fresh, form, user);
        }

        logger.LogInformation("Saved the {Year} entries of organization {OrganizationId} ({Members} members)", year, organizationId, sheet.Members.Count);
        return new(EntrySaveOutcome.Saved, View(sheet, EntrySheets.FormFrom(sheet), EntrySheets.Evaluate(sheet, EntrySheets.FormFrom(sheet), []), user, null, justSaved: true));
    }

    private EntrySaveResult Conflict(EntrySheet current, EntryForm mine, ClaimsPrincipal user)
    {
        // Show the user their own values (so one more save re-applies them) and, line by line, what the other user saved.
        var theirs = EntrySheets.FormFrom(current);
        var theirMembers = theirs.Members.ToDictionary(m => m.ReviewId);
        var differences = mine.Members.Count(m => theirMembers.TryGetValue(m.ReviewId, out var t) && EntryViews.Describe(t) != EntryViews.Describe(m))
            + (EntryViews.Describe(theirs.Organization) != EntryViews.Describe(mine.Organization) ? 1 : 0);
        mine.Version = current.OrganizationReview.Version;
        var model = View(current, mine, EntrySheets.Evaluate(current, mine, []), user,
            new ConflictInfo(current.OrganizationReview.LastSavedBy, current.OrganizationReview.LastSavedAt, differences), false, theirs: theirs);
        return new(EntrySaveOutcome.Conflict, model);
    }

    private async Task<EntrySheet?> LoadAsync(int year, int organizationId, bool tracked, CancellationToken cancellationToken) =>
        await currentCommittee.IdAsync(cancellationToken) is { } committeeId
            ? await EntrySheets.LoadAsync(db, committeeId, year, organizationId, tracked, cancellationToken)
            : null;

    private EntryViewModel View(
        EntrySheet sheet,
        EntryForm form,
        Evaluation evaluation,
        ClaimsPrincipal user,
        ConflictInfo? conflict,
        bool justSaved,
        Dictionary<int, RuleFinding>? scoreErrors = null,
        EntryForm? theirs = null) =>
        EntryViews.ToViewModel(sheet, form, evaluation, user, DescribeForUser, conflict, justSaved, scoreErrors, theirs);

    private void Apply(EntrySheet sheet, EntryForm form, Evaluation evaluation, ClaimsPrincipal user)
    {
        foreach (var (line, input, _, result) in evaluation.Members)
        {
            var review = line.Review;
            ApplyResult(review, result, input.Note);
            review.Discipline = input.Discipline;
            review.SelfRemedied = sheet.Rules.ForgivesSelfRemediedDiscipline && input.SelfRemedied;
            review.LongSickLeave = input.LongSickLeave;
        }

        ApplyResult(sheet.OrganizationReview, evaluation.OrganizationResult, form.Organization.Note);
        if (sheet.Leadership is not null && evaluation.LeadershipResult is not null)
        {
            ApplyResult(sheet.Leadership, evaluation.LeadershipResult, form.Leadership!.Note);
            sheet.Leadership.Disciplined = form.Leadership.Disciplined;
        }

        var sheetReview = sheet.OrganizationReview;
        sheetReview.QuotaJustification = string.IsNullOrWhiteSpace(form.QuotaJustification) ? null : form.QuotaJustification.Trim();
        sheetReview.Warnings = WarningsText(evaluation);
        sheetReview.EntryStatus = user.ProposesOnly() ? EntryStatus.Proposed : EntryStatus.Accepted;
        sheetReview.LastSavedBy = user.Identity?.Name;
        sheetReview.LastSavedAt = clock.GetUtcNow().UtcDateTime;
        sheetReview.MarkChanged();
    }

    private static void ApplyResult(ReviewRecord review, Assessment result, string? note)
    {
        if (result.Reason is { } reason)
        {
            review.MarkNotRated(reason);
        }
        else if (result.Level is { } level)
        {
            review.Rate(level, result.Score);
        }
        else
        {
            review.ClearRating();
        }

        review.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>The warnings kept with the sheet and listed on the period overview.</summary>
    private static string? WarningsText(Evaluation evaluation)
    {
        var lines = evaluation.OrganizationResult.Warnings.Select(w => $"Tổ chức: {w.Vietnamese}")
            .Concat(evaluation.LeadershipResult?.Warnings.Select(w => $"Tập thể lãnh đạo: {w.Vietnamese}") ?? [])
            .Concat(evaluation.QuotaFinding is { } quota ? [quota.Vietnamese] : [])
            .Concat(evaluation.Members.SelectMany(m => m.Result.Warnings.Select(w => $"{m.Line.FullName}: {w.Vietnamese}")))
            .ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var text = string.Join('\n', lines);
        return text.Length <= OrganizationReview.WarningsMaxLength ? text : text[..(OrganizationReview.WarningsMaxLength - 1)] + "…";
    }

    /// <summary>What the other user saved on a line, in the user's language ("80 điểm (HTTNV)", "Không xếp loại (…)").</summary>
    private string DescribeForUser(SubjectInput input) =>
        input.Reason is { } reason ? messages[ReviewsMessages.NotRated, text["Reason." + reason].Value.ToLower(CultureInfo.CurrentCulture)]
        : !string.IsNullOrWhiteSpace(input.Score)
            ? input.Level is { } l ? messages[ReviewsMessages.PointsWithLevel, input.Score, l.Abbreviation()] : messages[ReviewsMessages.Points, input.Score]
        : input.Level is { } level ? level.Abbreviation()
        : messages[ReviewsMessages.NoResult];
}
