using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;
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

/// <summary>What "accept every proposal" did: how many became decisions, which were left and why, in the user's language.</summary>
public sealed record AcceptReport(EntrySaveOutcome Outcome, int Accepted, IReadOnlyList<(string Subject, string Why)> Left, string Message);

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
    public Task<EntryViewModel?> GetAsync(int year, int organizationId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        GetAsync(year, organizationId, user, step: null, cancellationToken);

    /// <summary>The sheet; under Quy định 366 at <paramref name="step"/> (null: the furthest step the user may record).</summary>
    public async Task<EntryViewModel?> GetAsync(int year, int organizationId, ClaimsPrincipal user, ReviewStep? step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var sheet = await LoadAsync(year, organizationId, tracked: false, cancellationToken);
        if (sheet is null)
        {
            return null;
        }

        var form = EntrySheets.FormFrom(sheet, StepFor(sheet, step, user));
        var model = View(sheet, form, EntrySheets.Evaluate(sheet, form, []), user, conflict: null, justSaved: false);
        if (sheet.AffiliatedCells is not null)
        {
            // Only for a đảng bộ cơ sở with chi bộ trực thuộc (known from the sheet's own query): one more query, whatever its size.
            model.AffiliatedCells = await AffiliatedCellsAsync(sheet.Period.Id, organizationId, cancellationToken);
        }

        return model;
    }

    /// <summary>
    /// The đảng bộ cơ sở's chi bộ trực thuộc with their counters, in one grouped query, so the page's query count
    /// stays fixed (one more than a sheet without chi bộ, whatever the number of members).
    /// </summary>
    private Task<List<AffiliatedCellLine>> AffiliatedCellsAsync(int periodId, int organizationId, CancellationToken cancellationToken)
    {
        var absent = NotRatedReason.Absent;
        return (from c in db.Organizations.AsNoTracking()
                where c.ParentId == organizationId
                join r in db.OrganizationReviews.Where(r => r.ReviewPeriodId == periodId) on c.Id equals r.OrganizationId into reviews
                from r in reviews.DefaultIfEmpty()
                orderby c.Code
                select new AffiliatedCellLine(
                    c.Id, c.Code, c.Name, r != null ? r.Level : null, r != null ? r.NotRatedReason : null,
                    db.MemberReviews.Count(m => m.ReviewPeriodId == periodId && m.OrganizationId == c.Id),
                    db.MemberReviews.Count(m => m.ReviewPeriodId == periodId && m.OrganizationId == c.Id
                                                && (m.Level != null || (m.NotRatedReason != null && m.NotRatedReason != absent))),
                    db.MemberReviews.Count(m => m.ReviewPeriodId == periodId && m.OrganizationId == c.Id
                                                && m.Level == null && (m.NotRatedReason == null || m.NotRatedReason == absent))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Under Quy định 366 the step shown (the furthest the user may record by default); null for older rule sets.</summary>
    private static ReviewStep? StepFor(EntrySheet sheet, ReviewStep? step, ClaimsPrincipal user) =>
        !sheet.Rules.UsesPointScale ? null
        : step is { } s && Enum.IsDefined(s) ? s
        : StepSheets.DefaultStep(user);

    public async Task<EntrySaveResult> SaveAsync(int year, int organizationId, EntryForm form, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(user);
        var sheet = await LoadAsync(year, organizationId, tracked: true, cancellationToken);
        if (sheet is null)
        {
            return new(EntrySaveOutcome.NotFound, null);
        }

        form.Step = StepFor(sheet, form.Step, user);
        if (form.Step is { } recorded)
        {
            EntrySheets.TrackStep(db, sheet, recorded);
        }

        if (sheet.Period.IsLocked)
        {
            logger.LogWarning("Refused a save on the decided period {Year} for organization {OrganizationId}", year, organizationId);
            var shown = EntrySheets.FormFrom(sheet, form.Step);
            return new(EntrySaveOutcome.Locked, View(sheet, shown, EntrySheets.Evaluate(sheet, shown, []), user, null, false));
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

        var scoreErrors = form.Step is { } step
            ? StepSheets.KeepWhatMayNotBeRecorded(sheet, form, StepSheets.ActorOf(user), step)
            : [];
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

            if (!await ClaimAsync(sheet, form.Version, cancellationToken))
            {
                throw new DbUpdateConcurrencyException("The sheet was saved meanwhile.");
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
        var saved = EntrySheets.FormFrom(sheet, form.Step);
        return new(EntrySaveOutcome.Saved, View(sheet, saved, EntrySheets.Evaluate(sheet, saved, []), user, null, justSaved: true));
    }

    /// <summary>
    /// Quy định 366: records as the decision every proposal that passes the rules unchanged and that the user may decide,
    /// in one transaction; refused as a conflict when the sheet changed since <paramref name="version"/>.
    /// </summary>
    public async Task<AcceptReport> AcceptProposalsAsync(int year, int organizationId, int version, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var sheet = await LoadAsync(year, organizationId, tracked: true, cancellationToken);
        if (sheet is null || !sheet.Rules.UsesPointScale)
        {
            return new(EntrySaveOutcome.NotFound, 0, [], "");
        }

        EntrySheets.TrackStep(db, sheet, ReviewStep.Decision);

        if (sheet.Period.IsLocked)
        {
            return new(EntrySaveOutcome.Locked, 0, [], text["Entry.Locked"]);
        }

        if (version != sheet.OrganizationReview.Version)
        {
            return new(EntrySaveOutcome.Conflict, 0, [], messages[ReviewsMessages.AcceptConflict]);
        }

        var actor = StepSheets.ActorOf(user);
        var form = StepSheets.FormFrom(sheet, ReviewStep.Decision);
        var lines = StepSheets.Lines(sheet, form).ToList();
        var names = sheet.Members.ToDictionary(m => m.Review.Id, m => m.FullName);
        string NameOf(StepLine line) => line.Subject switch
        {
            StepSubject.Organization => text["Subject.Organization"],
            StepSubject.Leadership => text["Subject.Leadership"],
            _ => names[line.Review.Id],
        };

        var left = new List<(string, string)>();
        var candidates = new List<(StepLine Line, StepValue Proposal)>();
        foreach (var line in lines)
        {
            if (sheet.StepOf(line.Subject, line.Review.Id, ReviewStep.Proposal) is not { IsPending: false } proposalRow)
            {
                continue;
            }

            var proposal = StepSheets.Normal(proposalRow.Value);
            var decided = sheet.ValueAt(line.Subject, line.Review, ReviewStep.Decision);
            if (decided == proposal)
            {
                continue;
            }

            if (!actor.MayRecord(ReviewStep.Decision, line.Type))
            {
                left.Add((NameOf(line), messages[ReviewsMessages.LeftNotAllowed]));
            }
            else if (decided is not null && !decided.IsEmpty)
            {
                left.Add((NameOf(line), messages[ReviewsMessages.LeftAlreadyDecided]));
            }
            else if (StepSheets.InputOf(form, line) is { } input)
            {
                StepSheets.Fill(input, proposal);
                input.Level = proposal.Level;
                candidates.Add((line, proposal));
            }
        }

        // The proposals as decisions, through the period's rules: one that breaks a rule is left with the rule's message.
        var errors = new Dictionary<int, RuleFinding>();
        var evaluation = EntrySheets.Evaluate(sheet, form, errors);
        var results = evaluation.Members.ToDictionary(m => m.Line.Review.Id, m => m.Result);
        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = 0;
        foreach (var (line, proposal) in candidates)
        {
            var result = line.Subject switch
            {
                StepSubject.Organization => evaluation.OrganizationResult,
                StepSubject.Leadership => evaluation.LeadershipResult!,
                _ => results[line.Review.Id],
            };
            var error = errors.TryGetValue(line.Line, out var e) ? e : result.Errors.FirstOrDefault();
            if (error is not null)
            {
                left.Add((NameOf(line), messages.Finding(error)));
                continue;
            }

            var (added, _) = StepSheets.Record(sheet, line, ReviewStep.Decision, proposal, user.Identity?.Name, now);
            db.ReviewSteps.AddRange(added);
            accepted++;
        }

        var message = messages[ReviewsMessages.AcceptedProposals, accepted].Value
            + (left.Count == 0 ? "" : " " + messages[ReviewsMessages.LeftProposals, left.Count, string.Join("; ", left.Select(l => $"{l.Item1} ({l.Item2})"))].Value);
        if (accepted == 0)
        {
            return new(EntrySaveOutcome.Saved, 0, left, message);
        }

        var sheetReview = sheet.OrganizationReview;
        sheetReview.EntryStatus = user.ProposesOnly() ? EntryStatus.Proposed : EntryStatus.Accepted;
        sheetReview.LastSavedBy = user.Identity?.Name;
        sheetReview.LastSavedAt = now;
        sheetReview.MarkChanged();
        audit.Source = $"Chấp nhận đề xuất năm {year}: {sheet.Organization.Name}";
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.ReviewPeriods.AnyAsync(p => p.Id == sheet.Period.Id && p.Status == ReviewPeriodStatus.Decided, cancellationToken))
            {
                return new(EntrySaveOutcome.Locked, 0, [], text["Entry.Locked"]);
            }

            if (!await ClaimAsync(sheet, version, cancellationToken))
            {
                throw new DbUpdateConcurrencyException("The sheet was saved meanwhile.");
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(EntrySaveOutcome.Conflict, 0, [], messages[ReviewsMessages.AcceptConflict]);
        }

        logger.LogInformation("Accepted {Accepted} proposals of organization {OrganizationId} in {Year}; {Left} left", accepted, organizationId, year, left.Count);
        return new(EntrySaveOutcome.Saved, accepted, left, message);
    }

    /// <summary>
    /// The transaction's first write: the sheet's row, still at <paramref name="loadedVersion"/>, is locked (its version
    /// written back unchanged). A concurrent save of the same sheet waits here until this one commits, then finds a new
    /// version and is told of the conflict, before any of its own writes (a step row the other save also added) can
    /// collide with the other's. False when the sheet is no longer at that version.
    /// </summary>
    private async Task<bool> ClaimAsync(EntrySheet sheet, int loadedVersion, CancellationToken cancellationToken)
    {
        var id = sheet.OrganizationReview.Id;
        return await db.OrganizationReviews
            .Where(r => r.Id == id && r.Version == loadedVersion)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Version, r => r.Version), cancellationToken) == 1;
    }

    private EntrySaveResult Conflict(EntrySheet current, EntryForm mine, ClaimsPrincipal user)
    {
        // Show the user their own values (so one more save re-applies them) and, line by line, what the other user saved.
        var theirs = EntrySheets.FormFrom(current, mine.Step);
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
            ? await EntrySheets.LoadAsync(db, committeeId, await currentCommittee.FilterIdForYearAsync(year, cancellationToken), year, organizationId, tracked, cancellationToken)
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
        if (form.Step is { } step)
        {
            ApplyStep(sheet, form, step, evaluation, user);
        }
        else
        {
            ApplyLevels(sheet, form, evaluation);
        }

        var sheetReview = sheet.OrganizationReview;
        sheetReview.QuotaJustification = string.IsNullOrWhiteSpace(form.QuotaJustification) ? null : form.QuotaJustification.Trim();
        sheetReview.Warnings = WarningsText(evaluation);
        sheetReview.EntryStatus = user.ProposesOnly() ? EntryStatus.Proposed : EntryStatus.Accepted;
        sheetReview.LastSavedBy = user.Identity?.Name;
        sheetReview.LastSavedAt = clock.GetUtcNow().UtcDateTime;
        sheetReview.MarkChanged();
    }

    /// <summary>Quy định 366: the step's value of every line the user may record; the review's own fields as before.</summary>
    private void ApplyStep(EntrySheet sheet, EntryForm form, ReviewStep step, Evaluation evaluation, ClaimsPrincipal user)
    {
        var actor = StepSheets.ActorOf(user);
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = StepSheets.Lines(sheet, form).ToList();
        void Record(StepLine line, SubjectEntry entry, Assessment result)
        {
            if (!actor.MayRecord(step, line.Type))
            {
                return;
            }

            var (added, removed) = StepSheets.Record(sheet, line, step, StepSheets.ValueOf(entry, result), user.Identity?.Name, now);
            db.ReviewSteps.AddRange(added);
            db.ReviewSteps.RemoveRange(removed);
        }

        Record(lines[0], evaluation.Organization, evaluation.OrganizationResult);
        sheet.OrganizationReview.Note = Trimmed(form.Organization.Note);
        if (sheet.Leadership is not null && evaluation.Leadership is not null && evaluation.LeadershipResult is not null)
        {
            Record(lines[1], evaluation.Leadership, evaluation.LeadershipResult);
            sheet.Leadership.Disciplined = form.Leadership!.Disciplined;
            sheet.Leadership.Note = Trimmed(form.Leadership.Note);
        }

        var byReview = lines.Where(l => l.Subject == StepSubject.Member).ToDictionary(l => l.Review.Id);
        foreach (var (line, input, entry, result) in evaluation.Members)
        {
            var review = line.Review;
            review.SubjectType = entry.Subject;
            Record(byReview[review.Id], entry, result);
            review.Note = Trimmed(input.Note);
            review.Discipline = input.Discipline;
            review.SelfRemedied = false;
            review.LongSickLeave = input.LongSickLeave;
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void ApplyLevels(EntrySheet sheet, EntryForm form, Evaluation evaluation)
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
