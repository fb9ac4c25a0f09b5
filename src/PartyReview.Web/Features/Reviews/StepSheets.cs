using System.Security.Claims;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reviews;

/// <summary>One line of a sheet under Quy định 366: which review, of which subject type.</summary>
internal sealed record StepLine(StepSubject Subject, ReviewRecord Review, SubjectType Type, int Line, int? MemberId);

/// <summary>
/// Quy định 366 on the entry grid: one step of a sheet shown as a form, and a saved form turned into step rows (the
/// decision also becomes the review's official value). The rules are <see cref="ReviewRuleSet"/>'s; nothing here decides a level.
/// </summary>
internal static class StepSheets
{
    /// <summary>Who the user records as: a Secretary for their TCCS, else the committee's staff.</summary>
    public static StepActor ActorOf(ClaimsPrincipal user) => user.ProposesOnly() ? StepActor.OrganizationSecretary : StepActor.CommitteeStaff;

    /// <summary>The furthest step the user may record for a member.</summary>
    public static ReviewStep DefaultStep(ClaimsPrincipal user) =>
        ReviewSteps.All.Last(s => ActorOf(user).MayRecord(s, SubjectType.Member));

    /// <summary>The same value with its figures always present (so two values compare by what they hold).</summary>
    public static StepValue Normal(StepValue value) => value with
    {
        FiguresEntered = value.Figures,
        AdjustmentReason = string.IsNullOrWhiteSpace(value.AdjustmentReason) ? null : value.AdjustmentReason.Trim(),
        Level = value.Reason is null ? value.Level : null,
    };

    public static StepValue Empty { get; } = Normal(new StepValue(null));

    public static IEnumerable<StepLine> Lines(EntrySheet sheet, EntryForm form)
    {
        yield return new StepLine(StepSubject.Organization, sheet.OrganizationReview, SubjectType.Organization, -1, null);
        if (sheet.Leadership is not null)
        {
            yield return new StepLine(StepSubject.Leadership, sheet.Leadership, SubjectType.Leadership, -2, null);
        }

        var types = form.Members.ToDictionary(m => m.ReviewId, m => m.SubjectType);
        foreach (var member in sheet.Members)
        {
            var type = types.TryGetValue(member.Review.Id, out var posted) && posted.IsMember() ? posted : member.Review.SubjectType;
            yield return new StepLine(StepSubject.Member, member.Review, type, member.Review.Id, member.Review.MemberId);
        }
    }

    public static SubjectInput? InputOf(EntryForm form, StepLine line) => line.Subject switch
    {
        StepSubject.Organization => form.Organization,
        StepSubject.Leadership => form.Leadership,
        _ => form.Members.FirstOrDefault(m => m.ReviewId == line.Review.Id),
    };

    public static EntryForm FormFrom(EntrySheet sheet, ReviewStep step)
    {
        StepValue At(StepSubject subject, ReviewRecord review) => sheet.ValueAt(subject, review, step) ?? Empty;
        return new EntryForm
        {
            Version = sheet.OrganizationReview.Version,
            Step = step,
            Organization = Fill(new SubjectInput { Note = sheet.OrganizationReview.Note }, At(StepSubject.Organization, sheet.OrganizationReview)),
            Leadership = sheet.Leadership is null ? null
                : Fill(new SubjectInput { Disciplined = sheet.Leadership.Disciplined, Note = sheet.Leadership.Note }, At(StepSubject.Leadership, sheet.Leadership)),
            QuotaJustification = sheet.OrganizationReview.QuotaJustification,
            Members = [.. sheet.Members.Select(m => Fill(
                new MemberInput
                {
                    ReviewId = m.Review.Id, Discipline = m.Review.Discipline, SelfRemedied = m.Review.SelfRemedied, LongSickLeave = m.Review.LongSickLeave,
                    SubjectType = m.Review.SubjectType, Note = m.Review.Note,
                },
                At(StepSubject.Member, m.Review)))],
        };
    }

    /// <summary>
    /// A stored value as the form shows it. The level list stays empty ("computed") when the score gives it, so that
    /// changing the points changes the level; a level typed below the computed one (with its reason) is shown as typed.
    /// </summary>
    public static T Fill<T>(T input, StepValue value)
        where T : SubjectInput
    {
        static string? Text(decimal? number) => number is { } n ? VietnameseFormat.Score(n) : null;
        input.Reason = value.Reason;
        input.Level = value.Score is null || value.AdjustmentReason is not null ? value.Level : null;
        input.CommonPoints = Text(value.CommonPoints);
        input.TaskPoints = Text(value.TaskPoints);
        input.Score = Text(value.Score);
        input.OnTime = Text(value.Figures.OnTimePercent);
        input.Exceeded = Text(value.Figures.ExceededPercent);
        input.Remedied = Text(value.Figures.RemediedPercent);
        input.AdjustmentReason = value.AdjustmentReason;
        return input;
    }

    /// <summary>The value as typed (before the rules): to tell whether a read-only line was changed.</summary>
    public static string Typed(SubjectInput input)
    {
        static string N(string? typed) => SubjectInput.TryParseNumber(typed, out var v) ? (v is { } n ? VietnameseFormat.Score(n) : "") : typed ?? "";
        return string.Join('|', input.Level, input.Reason, N(input.Score), N(input.CommonPoints), N(input.TaskPoints),
            N(input.OnTime), N(input.Exceeded), N(input.Remedied), input.AdjustmentReason?.Trim());
    }

    /// <summary>
    /// Lines the user may not record at this step keep their stored value; one changed anyway is refused beside its row
    /// ("the Secretary may not decide the TCCS"). Returns the refusals by line.
    /// </summary>
    public static Dictionary<int, RuleFinding> KeepWhatMayNotBeRecorded(EntrySheet sheet, EntryForm form, StepActor actor, ReviewStep step)
    {
        var refused = new Dictionary<int, RuleFinding>();
        var stored = FormFrom(sheet, step);
        foreach (var line in Lines(sheet, form))
        {
            var input = InputOf(form, line);
            var original = InputOf(stored, line with { });
            if (input is null || original is null)
            {
                continue;
            }

            var mayRecord = actor.MayRecord(step, line.Type);
            if (!mayRecord && !input.Keep && Typed(input) != Typed(original))
            {
                refused[line.Line] = RuleFinding.Error(ReviewsMessages.StepNotAllowed, step.VietnameseName(), SubjectName(line.Type));
            }

            if (!mayRecord || input.Keep)
            {
                Fill(input, sheet.ValueAt(line.Subject, line.Review, step) ?? Empty);
                if (line.Subject != StepSubject.Member && !mayRecord)
                {
                    input.Note = original.Note;
                    input.Disciplined = original.Disciplined;
                }
            }
        }

        return refused;
    }

    public static string SubjectName(SubjectType type) => type switch
    {
        SubjectType.Organization => "tổ chức cơ sở đảng",
        SubjectType.Leadership => "tập thể lãnh đạo",
        SubjectType.Leader => "đảng viên giữ chức vụ lãnh đạo, quản lý",
        _ => "đảng viên",
    };

    /// <summary>What the step records for a line, from the rules' assessment.</summary>
    public static StepValue ValueOf(SubjectEntry entry, Assessment result) =>
        result.Reason is { } reason
            ? Normal(new StepValue(null, Reason: reason))
            : Normal(new StepValue(result.Level, result.Score, entry.CommonPoints, entry.TaskPoints, entry.Figures, null, result.Level is null ? null : entry.AdjustmentReason));

    /// <summary>
    /// Records the step for every line whose value changed (an emptied line loses its step row); at the decision the
    /// value also becomes the review's official one. Returns the step rows to add and to remove.
    /// </summary>
    public static (List<ReviewStepEntry> Added, List<ReviewStepEntry> Removed) Record(
        EntrySheet sheet, StepLine line, ReviewStep step, StepValue value, string? by, DateTime atUtc)
    {
        var added = new List<ReviewStepEntry>();
        var removed = new List<ReviewStepEntry>();
        var existing = sheet.StepOf(line.Subject, line.Review.Id, step);
        var before = sheet.ValueAt(line.Subject, line.Review, step) ?? Empty;
        if (before == value)
        {
            return (added, removed);
        }

        if (value.IsEmpty)
        {
            if (existing is not null)
            {
                removed.Add(existing);
                sheet.RemoveStep(existing);
            }
        }
        else
        {
            if (existing is null)
            {
                existing = new ReviewStepEntry
                {
                    ReviewPeriodId = sheet.Period.Id,
                    Subject = line.Subject,
                    ReviewId = line.Review.Id,
                    OrganizationId = sheet.Organization.Id,
                    MemberId = line.MemberId,
                    Step = step,
                };
                added.Add(existing);
                sheet.AddStep(existing);
            }

            existing.Set(value, by, atUtc);
        }

        if (step == ReviewStep.Decision)
        {
            line.Review.ApplyDecision(value);
        }

        return (added, removed);
    }
}
