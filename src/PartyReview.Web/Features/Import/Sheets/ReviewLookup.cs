using Microsoft.EntityFrameworkCore;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;

namespace PartyReview.Web.Features.Import;

/// <summary>The reviews of the known periods, by period and subject; adds a review with its audit line.</summary>
internal sealed class ReviewLookup(ImportRun run)
{
    public Dictionary<(int Period, int Organization), OrganizationReview> Organizations { get; private set; } = [];
    public Dictionary<(int Period, int Organization), LeadershipReview> Leadership { get; private set; } = [];
    public Dictionary<(int Period, int Member), MemberReview> Members { get; private set; } = [];

    /// <summary>Who sat on each organization's cấp ủy in a known period's year (only where a seat is recorded).</summary>
    private Dictionary<(int Period, int Organization), HashSet<int>> _seats = [];

    /// <summary>The members who sat on the organization's cấp ủy in the period's year; null when none is recorded.</summary>
    public IReadOnlySet<int>? SeatsIn(ReviewPeriod period, int organization) =>
        _seats.GetValueOrDefault((period.Id, organization));

    /// <summary>The members the Reviews sheet lists in a period: the open periods' lists leave them as the file says.</summary>
    public HashSet<(ReviewPeriod, MemberSlot)> InFile { get; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var db = run.Db;
        var periodIds = run.Periods.ByYear.Values.Where(p => p.Id != 0).Select(p => p.Id).ToList();
        Organizations = (await db.OrganizationReviews.Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.ReviewPeriodId, r.OrganizationId));
        Leadership = (await db.LeadershipReviews.Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.ReviewPeriodId, r.OrganizationId));
        Members = (await db.MemberReviews.Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.ReviewPeriodId, r.MemberId));
        var committeeId = run.Committee.Id;
        var seats = await db.LeadershipSeats.AsNoTracking()
            .Where(s => s.Post != LeadershipPost.AgencyHead && db.Organizations.Any(o => o.Id == s.OrganizationId && o.CommitteeId == committeeId))
            .ToListAsync(cancellationToken);
        _seats = [];
        foreach (var period in run.Periods.ByYear.Values.Where(p => p.Id != 0))
        {
            foreach (var seat in seats.Where(s => s.IsHeldIn(period.Year)))
            {
                var key = (period.Id, seat.OrganizationId);
                if (!_seats.TryGetValue(key, out var members))
                {
                    _seats[key] = members = [];
                }

                members.Add(seat.MemberId);
            }
        }
    }

    public MemberReview? MemberReview(ReviewPeriod period, MemberSlot slot) =>
        period.Id == 0 || slot.Member.Id == 0 ? null : Members.GetValueOrDefault((period.Id, slot.Member.Id));

    public void Add(ReviewRecord review, ReviewPeriod period, MemberSlot? slot)
    {
        review.ReviewPeriodId = period.Id;
        switch (review)
        {
            case OrganizationReview o:
                run.Db.OrganizationReviews.Add(o);
                run.Audit(nameof(OrganizationReview), () => o.Id, "Nhập kết quả", null, () => Describe(o), () => new(o.OrganizationId, null, o.ReviewPeriodId));
                break;
            case LeadershipReview l:
                run.Db.LeadershipReviews.Add(l);
                run.Audit(nameof(LeadershipReview), () => l.Id, "Nhập kết quả", null, () => Describe(l), () => new(l.OrganizationId, null, l.ReviewPeriodId));
                break;
            case MemberReview m:
                run.Db.MemberReviews.Add(m);
                var member = slot!.Member;
                run.Audit(nameof(MemberReview), () => m.Id, "Nhập kết quả", null, () => Describe(m), () => new(m.OrganizationId, member.Id, m.ReviewPeriodId));
                break;
        }
    }

    /// <summary>The review as its audit line tells it.</summary>
    public static string Describe(ReviewRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var text = r.Level is { } level ? level.Abbreviation() : r.NotRatedReason is { } reason ? "không xếp loại: " + reason.VietnameseName() : "chưa xếp loại";
        if (r.Score is { } score)
        {
            text += $", {VietnameseFormat.Score(score)} điểm";
        }

        text += r switch
        {
            MemberReview m => $"{(m.SubjectType != SubjectType.Member ? ", " + m.SubjectType.VietnameseName().ToLowerInvariant() : "")}" +
                              $"{(m.Discipline != DisciplineLevel.None ? ", kỷ luật " + AuditInterceptor.Display(m.Discipline) : "")}{(m.SelfRemedied ? ", tự khắc phục" : "")}" +
                              $"{(m.LongSickLeave ? ", nghỉ ốm" : "")}, tổ chức #{m.OrganizationId}",
            LeadershipReview l => l.Disciplined ? ", bị kỷ luật" : "",
            OrganizationReview o => o.QuotaJustification is null ? "" : ", giải trình: " + o.QuotaJustification,
            _ => "",
        };
        return r.Note is null ? text : $"{text} ({r.Note})";
    }
}
