using System.Security.Claims;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reviews;

/// <summary>The entry grid's page model, from a sheet, the form shown and its evaluation.</summary>
internal static class EntryViews
{
    /// <summary>What a line holds, to tell whether two versions of it differ.</summary>
    public static string Describe(SubjectInput input) =>
        $"{input.Level}|{input.Score}|{input.Reason}|{input.Note}|{input.Disciplined}"
        + (input is MemberInput m ? $"|{m.Discipline}|{m.SelfRemedied}|{m.LongSickLeave}" : "");

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
