using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Organizations;
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
/// </summary>
public sealed class ReviewEntryService(
    PartyReviewDbContext db,
    CurrentCommittee currentCommittee,
    IAuditContext audit,
    TimeProvider clock,
    ILogger<ReviewEntryService> logger)
{
    private sealed record MemberLine(MemberReview Review, string FullName, string MemberCode, DateOnly AdmittedOn);

    private sealed record Sheet(
        ReviewPeriod Period,
        Organization Organization,
        OrganizationReview OrganizationReview,
        LeadershipReview? Leadership,
        List<MemberLine> Members)
    {
        public ReviewRuleSet Rules { get; } = ReviewRuleSet.For(Period.RuleSet);
    }

    private sealed record Evaluation(
        SubjectEntry Organization,
        Assessment OrganizationResult,
        SubjectEntry? Leadership,
        Assessment? LeadershipResult,
        List<(MemberLine Line, MemberInput Input, SubjectEntry Entry, Assessment Result)> Members,
        MemberCounts Counts,
        QuotaCheck Quota,
        RuleFinding? QuotaFinding)
    {
        public bool HasErrors => OrganizationResult.HasErrors || (LeadershipResult?.HasErrors ?? false) || Members.Any(m => m.Result.HasErrors);
    }

    public async Task<EntryViewModel?> GetAsync(int year, int organizationId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var sheet = await LoadAsync(year, organizationId, tracked: false, cancellationToken);
        if (sheet is null)
        {
            return null;
        }

        var form = FormFrom(sheet);
        return ToViewModel(sheet, form, Evaluate(sheet, form, []), user, conflict: null, justSaved: false);
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
            return new(EntrySaveOutcome.Locked, ToViewModel(sheet, FormFrom(sheet), Evaluate(sheet, FormFrom(sheet), []), user, null, false));
        }

        if (!SameMembers(sheet, form))
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
        var evaluation = Evaluate(sheet, form, scoreErrors);
        if (evaluation.HasErrors || scoreErrors.Count > 0)
        {
            return new(EntrySaveOutcome.Invalid, ToViewModel(sheet, form, evaluation, user, null, false, scoreErrors));
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
        return new(EntrySaveOutcome.Saved, ToViewModel(sheet, FormFrom(sheet), Evaluate(sheet, FormFrom(sheet), []), user, null, justSaved: true));
    }

    private static EntrySaveResult Conflict(Sheet current, EntryForm mine, ClaimsPrincipal user)
    {
        // Show the user their own values (so one more save re-applies them) and, line by line, what the other user saved.
        var theirs = FormFrom(current);
        var theirMembers = theirs.Members.ToDictionary(m => m.ReviewId);
        var differences = mine.Members.Count(m => theirMembers.TryGetValue(m.ReviewId, out var t) && Describe(t) != Describe(m))
            + (Describe(theirs.Organization) != Describe(mine.Organization) ? 1 : 0);
        mine.Version = current.OrganizationReview.Version;
        var model = ToViewModel(current, mine, Evaluate(current, mine, []), user,
            new ConflictInfo(current.OrganizationReview.LastSavedBy, current.OrganizationReview.LastSavedAt, differences), false, theirs: theirs);
        return new(EntrySaveOutcome.Conflict, model);
    }

    private async Task<Sheet?> LoadAsync(int year, int organizationId, bool tracked, CancellationToken cancellationToken)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        if (committee is null)
        {
            return null;
        }

        var query = tracked ? db.ReviewPeriods : db.ReviewPeriods.AsNoTracking();
        var period = await query.SingleOrDefaultAsync(p => p.CommitteeId == committee.Id && p.Year == year, cancellationToken);
        var organization = await db.Organizations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == organizationId && o.CommitteeId == committee.Id, cancellationToken);
        if (period is null || organization is null)
        {
            return null;
        }

        var organizationReviews = tracked ? db.OrganizationReviews : db.OrganizationReviews.AsNoTracking();
        var organizationReview = await organizationReviews
            .SingleOrDefaultAsync(r => r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId, cancellationToken);
        if (organizationReview is null)
        {
            return null;
        }

        var leadershipReviews = tracked ? db.LeadershipReviews : db.LeadershipReviews.AsNoTracking();
        var leadership = await leadershipReviews
            .SingleOrDefaultAsync(r => r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId, cancellationToken);
        var memberReviews = tracked ? db.MemberReviews : db.MemberReviews.AsNoTracking();
        var members = await (
                from r in memberReviews
                join m in db.Members on r.MemberId equals m.Id
                where r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId
                orderby m.SortKey, m.Id
                select new MemberLine(r, m.FullName, m.MemberCode, m.AdmittedOn))
            .ToListAsync(cancellationToken);
        return new Sheet(period, organization, organizationReview, leadership, members);
    }

    private static bool SameMembers(Sheet sheet, EntryForm form) =>
        form.Members.Count == sheet.Members.Count
        && form.Members.Select(m => m.ReviewId).Order().SequenceEqual(sheet.Members.Select(m => m.Review.Id).Order())
        && (form.Leadership is null) == (sheet.Leadership is null);

    private static EntryForm FormFrom(Sheet sheet) => new()
    {
        Version = sheet.OrganizationReview.Version,
        Organization = InputFrom(new SubjectInput(), sheet.OrganizationReview),
        Leadership = sheet.Leadership is null ? null : InputFrom(new SubjectInput { Disciplined = sheet.Leadership.Disciplined }, sheet.Leadership),
        QuotaJustification = sheet.OrganizationReview.QuotaJustification,
        Members = [.. sheet.Members.Select(m => InputFrom(
            new MemberInput { ReviewId = m.Review.Id, Discipline = m.Review.Discipline, SelfRemedied = m.Review.SelfRemedied, LongSickLeave = m.Review.LongSickLeave },
            m.Review))],
    };

    private static T InputFrom<T>(T input, ReviewRecord review)
        where T : SubjectInput
    {
        input.Level = review.Level;
        input.Score = review.Score is { } score ? VietnameseFormat.Score(score) : null;
        input.Reason = review.NotRatedReason;
        input.Note = review.Note;
        return input;
    }

    private static Evaluation Evaluate(Sheet sheet, EntryForm form, Dictionary<int, RuleFinding> scoreErrors)
    {
        var rules = sheet.Rules;
        var byId = sheet.Members.ToDictionary(m => m.Review.Id);
        var members = new List<(MemberLine, MemberInput, SubjectEntry, Assessment)>();
        foreach (var input in form.Members.Where(i => byId.ContainsKey(i.ReviewId)))
        {
            var line = byId[input.ReviewId];
            var entry = EntryFrom(input, input.Discipline != DisciplineLevel.None, input.SelfRemedied, input.LongSickLeave, input.ReviewId, scoreErrors);
            members.Add((line, input, entry, rules.AssessMember(entry, line.AdmittedOn, sheet.Period.ReviewDate)));
        }

        var counts = MemberCounts.Of(members.Select(m => m.Item4.Level));
        var newlyFounded = sheet.Organization.IsNewlyFoundedAt(sheet.Period.ReviewDate);
        var organization = EntryFrom(form.Organization, false, false, false, -1, scoreErrors);
        var leadership = form.Leadership is null ? null : EntryFrom(form.Leadership, form.Leadership.Disciplined, false, false, -2, scoreErrors);
        var quota = new QuotaCheck(counts.Excellent, counts.Good, sheet.Period.ExcellenceQuotaPercent);
        return new Evaluation(
            organization,
            rules.AssessOrganization(organization, newlyFounded, counts),
            leadership,
            leadership is null ? null : rules.AssessLeadership(leadership, newlyFounded, form.Members.Any(m => m.Discipline >= DisciplineLevel.Warning)),
            members,
            counts,
            quota,
            ReviewRuleSet.QuotaFinding(quota, form.QuotaJustification));
    }

    private static SubjectEntry EntryFrom(
        SubjectInput input, bool disciplined, bool selfRemedied, bool longSickLeave, int line, Dictionary<int, RuleFinding> scoreErrors)
    {
        if (!input.TryParseScore(out var score))
        {
            scoreErrors[line] = new RuleFinding(FindingSeverity.Error, $"Điểm “{input.Score}” không hợp lệ: nhập số từ 0 đến 100, ví dụ 85 hoặc 85,5.");
        }

        return new SubjectEntry(input.Level, score, input.Reason, input.Note, disciplined, selfRemedied, longSickLeave);
    }

    private void Apply(Sheet sheet, EntryForm form, Evaluation evaluation, ClaimsPrincipal user)
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
        var lines = evaluation.OrganizationResult.Warnings.Select(w => $"Tổ chức: {w.Message}")
            .Concat(evaluation.LeadershipResult?.Warnings.Select(w => $"Tập thể lãnh đạo: {w.Message}") ?? [])
            .Concat(evaluation.QuotaFinding is { } quota ? [quota.Message] : [])
            .Concat(evaluation.Members.SelectMany(m => m.Result.Warnings.Select(w => $"{m.Line.FullName}: {w.Message}")))
            .ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var text = string.Join('\n', lines);
        return text.Length <= OrganizationReview.WarningsMaxLength ? text : text[..(OrganizationReview.WarningsMaxLength - 1)] + "…";
    }

    private static string Describe(SubjectInput input) =>
        $"{input.Level}|{input.Score}|{input.Reason}|{input.Note}|{input.Disciplined}"
        + (input is MemberInput m ? $"|{m.Discipline}|{m.SelfRemedied}|{m.LongSickLeave}" : "");

    private static string DescribeForUser(SubjectInput input) =>
        input.Reason is { } reason ? $"Không xếp loại ({reason.VietnameseName()})"
        : !string.IsNullOrWhiteSpace(input.Score) ? $"{input.Score} điểm" + (input.Level is { } l ? $" ({l.Abbreviation()})" : "")
        : input.Level is { } level ? level.Abbreviation()
        : "chưa có kết quả";

    private static EntryViewModel ToViewModel(
        Sheet sheet,
        EntryForm form,
        Evaluation evaluation,
        ClaimsPrincipal user,
        ConflictInfo? conflict,
        bool justSaved,
        Dictionary<int, RuleFinding>? scoreErrors = null,
        EntryForm? theirs = null)
    {
        var theirMembers = theirs?.Members.ToDictionary(m => m.ReviewId);
        IReadOnlyList<RuleFinding> With(IReadOnlyList<RuleFinding> findings, int line) =>
            scoreErrors is not null && scoreErrors.TryGetValue(line, out var error) ? [error, .. findings] : findings;
        string? Their(SubjectInput? their, SubjectInput mine) =>
            their is not null && Describe(their) != Describe(mine) ? DescribeForUser(their) : null;

        var rows = evaluation.Members.Select(m => new MemberRow
        {
            ReviewId = m.Line.Review.Id,
            MemberId = m.Line.Review.MemberId,
            FullName = m.Line.FullName,
            MemberCode = m.Line.MemberCode,
            AdmittedOn = m.Line.AdmittedOn,
            Level = m.Input.Level,
            Score = m.Input.Score,
            Reason = m.Input.Reason,
            Note = m.Input.Note,
            Discipline = m.Input.Discipline,
            SelfRemedied = m.Input.SelfRemedied,
            LongSickLeave = m.Input.LongSickLeave,
            ResultingLevel = m.Result.Level,
            Findings = With(m.Result.Findings, m.Input.ReviewId),
            TheirValue = theirMembers is not null && theirMembers.TryGetValue(m.Input.ReviewId, out var t) ? Their(t, m.Input) : null,
        }).ToList();

        var period = sheet.Period;
        return new EntryViewModel
        {
            Year = period.Year,
            RuleSetDocuments = period.RuleSet.Documents(),
            UsesPointScale = sheet.Rules.UsesPointScale,
            ShowsSelfRemedied = sheet.Rules.ForgivesSelfRemediedDiscipline,
            IsLocked = period.IsLocked,
            CanEdit = !period.IsLocked,
            ProposesOnly = user.ProposesOnly(),
            QuotaPercent = period.ExcellenceQuotaPercent,
            OrganizationId = sheet.Organization.Id,
            OrganizationCode = sheet.Organization.Code,
            OrganizationName = sheet.Organization.Name,
            NewlyFounded = sheet.Organization.IsNewlyFoundedAt(period.ReviewDate),
            EntryStatus = sheet.OrganizationReview.EntryStatus,
            LastSavedBy = sheet.OrganizationReview.LastSavedBy,
            LastSavedAt = sheet.OrganizationReview.LastSavedAt,
            Version = form.Version,
            Organization = Row(form.Organization, evaluation.OrganizationResult, With(evaluation.OrganizationResult.Findings, -1), Their(theirs?.Organization, form.Organization)),
            Leadership = form.Leadership is null || evaluation.LeadershipResult is null ? null
                : Row(form.Leadership, evaluation.LeadershipResult, With(evaluation.LeadershipResult.Findings, -2), Their(theirs?.Leadership, form.Leadership)),
            QuotaJustification = form.QuotaJustification,
            Members = rows,
            Counts = evaluation.Counts,
            NotRated = evaluation.Members.Count(m => m.Result.Reason is not null),
            Pending = evaluation.Members.Count(m => m.Result.IsPending),
            Quota = evaluation.Quota,
            QuotaFinding = evaluation.QuotaFinding,
            Conflict = conflict,
            JustSaved = justSaved,
        };
    }

    private static SubjectRow Row(SubjectInput input, Assessment result, IReadOnlyList<RuleFinding> findings, string? their) => new()
    {
        Level = input.Level,
        Score = input.Score,
        Reason = input.Reason,
        Note = input.Note,
        Disciplined = input.Disciplined,
        ResultingLevel = result.Level,
        Findings = findings,
        TheirValue = their,
    };
}
