using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.Web.Features.Leadership;

namespace PartyReview.Web.Features.Reviews;

/// <param name="HoldsSeat">The member sat on the organization's cấp ủy on some day of the review year.</param>
internal sealed record MemberLine(MemberReview Review, string FullName, string MemberCode, DateOnly AdmittedOn, bool HoldsSeat = false);

internal sealed record EntrySheet(
    ReviewPeriod Period,
    Organization Organization,
    OrganizationReview OrganizationReview,
    LeadershipReview? Leadership,
    List<MemberLine> Members)
{
    public ReviewRuleSet Rules { get; } = ReviewRuleSet.For(Period.RuleSet);

    /// <summary>
    /// Whether a cấp ủy seat of the organization is recorded for the review year: then the leadership-collective rules
    /// read its holders (<see cref="MemberLine.HoldsSeat"/>); without one they read the whole sheet, as before seats
    /// were recorded (docs/domain/structure.md §3).
    /// </summary>
    public bool SeatsRecorded { get; init; }

    /// <summary>
    /// For a đảng bộ cơ sở with chi bộ trực thuộc, their levels in the period: the 21-HD prerequisite of its HTXSNV reads
    /// them, not the members (ADR 0008). Null when it has none.
    /// </summary>
    public MemberCounts? AffiliatedCells { get; init; }

    private readonly Dictionary<(StepSubject, int, ReviewStep), ReviewStepEntry> _steps = [];

    /// <summary>Quy định 366: every step recorded for the sheet's subjects (empty for older rule sets), by subject and step.</summary>
    public IEnumerable<ReviewStepEntry> Steps
    {
        get => _steps.Values;
        init
        {
            foreach (var row in value)
            {
                AddStep(row);
            }
        }
    }

    public void AddStep(ReviewStepEntry row) => _steps[(row.Subject, row.ReviewId, row.Step)] = row;

    public void RemoveStep(ReviewStepEntry row) => _steps.Remove((row.Subject, row.ReviewId, row.Step));

    /// <summary>Quy định 366: the period's stored criteria frames (a subject type without one uses the default).</summary>
    public IReadOnlyList<CriteriaFrame> Frames { get; init; } = [];

    public CriteriaFrame FrameOf(SubjectType subject) =>
        Frames.FirstOrDefault(f => f.Subject == subject) ?? CriteriaFrame.Default(subject, Period.Id);

    public ReviewStepEntry? StepOf(StepSubject subject, int reviewId, ReviewStep step) =>
        _steps.GetValueOrDefault((subject, reviewId, step));

    /// <summary>
    /// A subject's value at a step: its step row; for the decision without one, the review's official value (a level
    /// entered before the steps were kept apart); null when nothing is recorded.
    /// </summary>
    public StepValue? ValueAt(StepSubject subject, ReviewRecord review, ReviewStep step)
    {
        if (StepOf(subject, review.Id, step) is { } row)
        {
            return StepSheets.Normal(row.Value);
        }

        return step == ReviewStep.Decision && (review.Level is not null || review.NotRatedReason is not null)
            ? StepSheets.Normal(new StepValue(review.Level, review.Score, Reason: review.NotRatedReason))
            : null;
    }
}

internal sealed record Evaluation(
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

/// <summary>
/// One organization's sheet of a period as the entry grid works on it: loaded (tracked to save, untracked to show),
/// turned into the form the page posts, and the form evaluated by the period's rules.
/// </summary>
internal static class EntrySheets
{
    /// <summary>
    /// The sheet of an organization of the committee (<paramref name="committeeId"/>) in the period of
    /// <paramref name="year"/> held by <paramref name="periodCommitteeId"/>: the same committee, or after a merge the
    /// predecessor whose year it is (ADR 0008).
    /// </summary>
    public static async Task<EntrySheet?> LoadAsync(
        PartyReviewDbContext db, int committeeId, int periodCommitteeId, int year, int organizationId, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.ReviewPeriods : db.ReviewPeriods.AsNoTracking();
        var period = await query.SingleOrDefaultAsync(p => p.CommitteeId == periodCommitteeId && p.Year == year, cancellationToken);
        var organization = await db.Organizations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == organizationId && o.CommitteeId == committeeId, cancellationToken);
        if (period is null || organization is null)
        {
            return null;
        }

        // The sheet and its leadership in one query (both tracked when saving).
        var organizationReviews = tracked ? db.OrganizationReviews : db.OrganizationReviews.AsNoTracking();
        var leadershipReviews = tracked ? db.LeadershipReviews : db.LeadershipReviews.AsNoTracking();
        var collective = LeadershipQueries.CollectiveIn(db, period.Year).Where(s => s.OrganizationId == organizationId);

        // The chi bộ trực thuộc's levels in the same round trip (counted by the database).
        var cells = db.OrganizationReviews.Where(c => c.ReviewPeriodId == period.Id && db.Organizations.Any(o => o.Id == c.OrganizationId && o.ParentId == organizationId));
        var reviews = await (
                from r in organizationReviews
                where r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId
                join l in leadershipReviews on new { r.ReviewPeriodId, r.OrganizationId } equals new { l.ReviewPeriodId, l.OrganizationId } into joined
                from l in joined.DefaultIfEmpty()
                select new
                {
                    Sheet = r,
                    Leadership = l,
                    Seated = collective.Any(),
                    Cells = cells.Count(),
                    CellsExcellent = cells.Count(c => c.Level == QualityLevel.Excellent),
                    CellsGood = cells.Count(c => c.Level == QualityLevel.Good),
                    CellsComplete = cells.Count(c => c.Level == QualityLevel.Complete),
                    CellsNotComplete = cells.Count(c => c.Level == QualityLevel.NotComplete),
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (reviews is null)
        {
            return null;
        }

        var organizationReview = reviews.Sheet;
        MemberCounts? affiliated = reviews.Cells == 0 ? null
            : new MemberCounts(reviews.CellsExcellent, reviews.CellsGood, reviews.CellsComplete, reviews.CellsNotComplete);
        var leadership = reviews.Leadership;
        var memberReviews = tracked ? db.MemberReviews : db.MemberReviews.AsNoTracking();
        var members = await (
                from r in memberReviews
                join m in db.Members on r.MemberId equals m.Id
                where r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId
                orderby m.SortKey, m.Id
                select new MemberLine(r, m.FullName, m.MemberCode, m.AdmittedOn, collective.Any(s => s.MemberId == m.Id)))
            .ToListAsync(cancellationToken);
        if (!period.RuleSet.UsesPointScale())
        {
            return new EntrySheet(period, organization, organizationReview, leadership, members) { SeatsRecorded = reviews.Seated, AffiliatedCells = affiliated };
        }

        // The sheet's steps in one query: the organization's, its leadership's and its members' (by their reviews).
        var leadershipId = leadership?.Id ?? 0;
        // Untracked: a save tracks only the rows of the step it records (TrackStep).
        var stepRows = await db.ReviewSteps.AsNoTracking()
            .Where(s => s.ReviewPeriodId == period.Id
                && ((s.Subject == StepSubject.Organization && s.ReviewId == organizationReview.Id)
                    || (s.Subject == StepSubject.Leadership && s.ReviewId == leadershipId)
                    || (s.Subject == StepSubject.Member && db.MemberReviews.Any(r => r.Id == s.ReviewId && r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId))))
            .ToListAsync(cancellationToken);
        var frames = await db.CriteriaFrames.AsNoTracking().Where(f => f.ReviewPeriodId == period.Id).ToListAsync(cancellationToken);
        return new EntrySheet(period, organization, organizationReview, leadership, members) { Steps = stepRows, Frames = frames, SeatsRecorded = reviews.Seated, AffiliatedCells = affiliated };
    }

    /// <summary>Tracks the sheet's rows of <paramref name="step"/>, the only ones a save at that step changes.</summary>
    public static void TrackStep(PartyReviewDbContext db, EntrySheet sheet, ReviewStep step) =>
        db.ReviewSteps.AttachRange(sheet.Steps.Where(s => s.Step == step));

    public static bool SameMembers(EntrySheet sheet, EntryForm form) =>
        form.Members.Count == sheet.Members.Count
        && form.Members.Select(m => m.ReviewId).Order().SequenceEqual(sheet.Members.Select(m => m.Review.Id).Order())
        && (form.Leadership is null) == (sheet.Leadership is null);

    public static EntryForm FormFrom(EntrySheet sheet, ReviewStep? step = null) => sheet.Rules.UsesPointScale && step is { } at
        ? StepSheets.FormFrom(sheet, at)
        : new()
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

    public static Evaluation Evaluate(EntrySheet sheet, EntryForm form, Dictionary<int, RuleFinding> scoreErrors)
    {
        var rules = sheet.Rules;
        var steps = rules.UsesPointScale && form.Step is not null;
        var byId = sheet.Members.ToDictionary(m => m.Review.Id);
        var newlyFounded = sheet.Organization.IsNewlyFoundedAt(sheet.Period.ReviewDate);
        var leaderDisciplined = form.Members.Any(m => m.SubjectType == SubjectType.Leader && m.Discipline != DisciplineLevel.None);

        // The leadership collective's rules read who sat on the cấp ủy in the year; the whole sheet when no seat is recorded.
        var seated = sheet.Members.Where(m => m.HoldsSeat).Select(m => m.Review.Id).ToHashSet();
        var collective = form.Members.Where(m => seated.Contains(m.ReviewId)).ToList();
        var collectiveDisciplined = sheet.SeatsRecorded ? collective.Any(m => m.Discipline != DisciplineLevel.None) : leaderDisciplined;
        var collectiveWarned = (sheet.SeatsRecorded ? collective : form.Members).Any(m => m.Discipline >= DisciplineLevel.Warning);
        var organization = EntryFrom(form.Organization, false, false, false, -1, scoreErrors);
        var leadership = form.Leadership is null ? null : EntryFrom(form.Leadership, form.Leadership.Disciplined, false, false, -2, scoreErrors);
        LedUnit? unit = null;
        if (steps)
        {
            organization = organization with
            {
                Subject = SubjectType.Organization,
                Frame = sheet.FrameOf(SubjectType.Organization),
                SubUnitOrLeaderDisciplined = (form.Leadership?.Disciplined ?? false) || leaderDisciplined,
            };
            leadership = leadership is null ? null : leadership with
            {
                Subject = SubjectType.Leadership,
                Frame = sheet.FrameOf(SubjectType.Leadership),
                SubUnitOrLeaderDisciplined = collectiveDisciplined,
            };

            // A leader's unit: the TCCS at the same step when recorded there, else its decision.
            var atStep = rules.AssessOrganization(organization, newlyFounded, MemberCounts.Of([]));
            unit = atStep.Level is not null || !organization.Figures.IsEmpty
                ? new LedUnit(atStep.Level, organization.Figures)
                : sheet.ValueAt(StepSubject.Organization, sheet.OrganizationReview, ReviewStep.Decision) is { } decided
                    ? new LedUnit(decided.Level, decided.Figures)
                    : null;
        }

        var members = new List<(MemberLine, MemberInput, SubjectEntry, Assessment)>();
        foreach (var input in form.Members.Where(i => byId.ContainsKey(i.ReviewId)))
        {
            var line = byId[input.ReviewId];
            var entry = EntryFrom(input, input.Discipline != DisciplineLevel.None, input.SelfRemedied, input.LongSickLeave, input.ReviewId, scoreErrors);
            if (steps)
            {
                var type = input.SubjectType.IsMember() ? input.SubjectType : SubjectType.Member;
                entry = entry with { Subject = type, Frame = sheet.FrameOf(type), Unit = type == SubjectType.Leader ? unit : null };
            }

            members.Add((line, input, entry, rules.AssessMember(entry, line.AdmittedOn, sheet.Period.ReviewDate)));
        }

        var counts = MemberCounts.Of(members.Select(m => m.Item4.Level));
        var quota = new QuotaCheck(counts.Excellent, counts.Good, sheet.Period.ExcellenceQuotaPercent);
        return new Evaluation(
            organization,
            rules.AssessOrganization(organization, newlyFounded, counts, sheet.AffiliatedCells),
            leadership,
            leadership is null ? null : rules.AssessLeadership(leadership, newlyFounded, collectiveWarned),
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
            scoreErrors[line] = RuleFinding.InvalidScore(input.Score);
        }

        decimal? Number(string? typed)
        {
            if (SubjectInput.TryParseNumber(typed, out var value))
            {
                return value;
            }

            scoreErrors.TryAdd(line, RuleFinding.InvalidScore(typed));
            return null;
        }

        var figures = new TaskFigures(Number(input.OnTime), Number(input.Exceeded), Number(input.Remedied));
        return new SubjectEntry(input.Level, score, input.Reason, input.Note, disciplined, selfRemedied, longSickLeave)
        {
            CommonPoints = Number(input.CommonPoints),
            TaskPoints = Number(input.TaskPoints),
            Figures = figures.IsEmpty ? TaskFigures.None : figures,
            AdjustmentReason = string.IsNullOrWhiteSpace(input.AdjustmentReason) ? null : input.AdjustmentReason.Trim(),
        };
    }
}
