using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.Web.Features.Reviews;

internal sealed record MemberLine(MemberReview Review, string FullName, string MemberCode, DateOnly AdmittedOn);

internal sealed record EntrySheet(
    ReviewPeriod Period,
    Organization Organization,
    OrganizationReview OrganizationReview,
    LeadershipReview? Leadership,
    List<MemberLine> Members)
{
    public ReviewRuleSet Rules { get; } = ReviewRuleSet.For(Period.RuleSet);
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
    public static async Task<EntrySheet?> LoadAsync(PartyReviewDbContext db, int committeeId, int year, int organizationId, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.ReviewPeriods : db.ReviewPeriods.AsNoTracking();
        var period = await query.SingleOrDefaultAsync(p => p.CommitteeId == committeeId && p.Year == year, cancellationToken);
        var organization = await db.Organizations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == organizationId && o.CommitteeId == committeeId, cancellationToken);
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
        return new EntrySheet(period, organization, organizationReview, leadership, members);
    }

    public static bool SameMembers(EntrySheet sheet, EntryForm form) =>
        form.Members.Count == sheet.Members.Count
        && form.Members.Select(m => m.ReviewId).Order().SequenceEqual(sheet.Members.Select(m => m.Review.Id).Order())
        && (form.Leadership is null) == (sheet.Leadership is null);

    public static EntryForm FormFrom(EntrySheet sheet) => new()
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
            scoreErrors[line] = RuleFinding.InvalidScore(input.Score);
        }

        return new SubjectEntry(input.Level, score, input.Reason, input.Note, disciplined, selfRemedied, longSickLeave);
    }
}
