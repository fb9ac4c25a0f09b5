using System.Security.Claims;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reviews;

/// <summary>The entry grid's page model, from a sheet, the form shown and its evaluation.</summary>
internal static class EntryViews
{
    /// <summary>What a line holds, to tell whether two versions of it differ.</summary>
    public static string Describe(SubjectInput input) =>
        $"{input.Level}|{input.Score}|{input.Reason}|{input.Note}|{input.Disciplined}|{StepSheets.Typed(input)}"
        + (input is MemberInput m ? $"|{m.Discipline}|{m.SelfRemedied}|{m.LongSickLeave}|{m.SubjectType}" : "");

    public static EntryViewModel ToViewModel(
        EntrySheet sheet,
        EntryForm form,
        Evaluation evaluation,
        ClaimsPrincipal user,
        Func<SubjectInput, string> describeForUser,
        ConflictInfo? conflict,
        bool justSaved,
        Dictionary<int, RuleFinding>? scoreErrors = null,
        EntryForm? theirs = null)
    {
        var theirMembers = theirs?.Members.ToDictionary(m => m.ReviewId);
        IReadOnlyList<RuleFinding> With(IReadOnlyList<RuleFinding> findings, int line) =>
            scoreErrors is not null && scoreErrors.TryGetValue(line, out var error) ? [error, .. findings] : findings;
        string? Their(SubjectInput? their, SubjectInput mine) =>
            their is not null && Describe(their) != Describe(mine) ? describeForUser(their) : null;

        var step = form.Step;
        var actor = StepSheets.ActorOf(user);
        IReadOnlyList<StepSummary> Others(StepSubject subject, ReviewRecord review) => step is not { } at ? []
            : [.. ReviewSteps.All.Where(s => s != at).Select(s => sheet.StepOf(subject, review.Id, s) is { } row
                ? new StepSummary(s, StepSheets.Normal(row.Value), row.RecordedBy, row.RecordedAt)
                : new StepSummary(s, sheet.ValueAt(subject, review, s), null, null))];
        StepValue? ProposalOf(StepSubject subject, ReviewRecord review) =>
            step == ReviewStep.Decision && sheet.StepOf(subject, review.Id, ReviewStep.Proposal) is { IsPending: false } proposal ? StepSheets.Normal(proposal.Value) : null;
        bool May(SubjectType type) => step is not { } s || actor.MayRecord(s, type);

        var rows = evaluation.Members.Select(m => new MemberRow
        {
            CommonPoints = m.Input.CommonPoints,
            TaskPoints = m.Input.TaskPoints,
            OnTime = m.Input.OnTime,
            Exceeded = m.Input.Exceeded,
            Remedied = m.Input.Remedied,
            AdjustmentReason = m.Input.AdjustmentReason,
            SubjectType = m.Entry.Subject,
            MayRecord = May(m.Entry.Subject),
            OtherSteps = Others(StepSubject.Member, m.Line.Review),
            Proposal = ProposalOf(StepSubject.Member, m.Line.Review),
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
            Organization = Row(form.Organization, evaluation.OrganizationResult, With(evaluation.OrganizationResult.Findings, -1), Their(theirs?.Organization, form.Organization),
                SubjectType.Organization, May(SubjectType.Organization), Others(StepSubject.Organization, sheet.OrganizationReview), ProposalOf(StepSubject.Organization, sheet.OrganizationReview)),
            Leadership = form.Leadership is null || evaluation.LeadershipResult is null || sheet.Leadership is null ? null
                : Row(form.Leadership, evaluation.LeadershipResult, With(evaluation.LeadershipResult.Findings, -2), Their(theirs?.Leadership, form.Leadership),
                    SubjectType.Leadership, May(SubjectType.Leadership), Others(StepSubject.Leadership, sheet.Leadership), ProposalOf(StepSubject.Leadership, sheet.Leadership)),
            QuotaJustification = form.QuotaJustification,
            Members = rows,
            Counts = evaluation.Counts,
            NotRated = evaluation.Members.Count(m => m.Result.Reason is not null),
            Pending = evaluation.Members.Count(m => m.Result.IsPending),
            Quota = evaluation.Quota,
            QuotaFinding = evaluation.QuotaFinding,
            Conflict = conflict,
            JustSaved = justSaved,
            Step = step,
            Steps = step is null ? [] : [.. ReviewSteps.All.Where(s => actor.MayRecord(s, SubjectType.Member))],
            Frames = step is null ? new Dictionary<SubjectType, (decimal, decimal)>()
                : SubjectTypes.All.ToDictionary(t => t, t => { var f = sheet.FrameOf(t); return (f.CommonMaximum, f.TaskMaximum); }),
            OrganizationDecision = step is null ? null : sheet.ValueAt(StepSubject.Organization, sheet.OrganizationReview, ReviewStep.Decision),
            ProposalsWaiting = rows.Count(r => r.Proposal is not null && r.IsPending),
        };
    }

    private static SubjectRow Row(
        SubjectInput input, Assessment result, IReadOnlyList<RuleFinding> findings, string? their,
        SubjectType type, bool mayRecord, IReadOnlyList<StepSummary> others, StepValue? proposal) => new()
    {
        CommonPoints = input.CommonPoints,
        TaskPoints = input.TaskPoints,
        OnTime = input.OnTime,
        Exceeded = input.Exceeded,
        Remedied = input.Remedied,
        AdjustmentReason = input.AdjustmentReason,
        SubjectType = type,
        MayRecord = mayRecord,
        OtherSteps = others,
        Proposal = proposal,
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
