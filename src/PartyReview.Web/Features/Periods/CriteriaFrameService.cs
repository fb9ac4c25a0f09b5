using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Periods;

/// <summary>
/// A period's criteria frames (Quy định 366 Điều 10): the shipped 366/43 default per subject type, adjusted by staff
/// (maxima summing to 100, sub-criteria added, removed, reordered) until the first score is entered in the period.
/// </summary>
public sealed class CriteriaFrameService(PartyReviewDbContext db, CurrentCommittee currentCommittee, IAuditContext audit)
{
    /// <summary>The period's frames, one per subject type; null when the year has no period on the 100-point scale.</summary>
    public async Task<FramesViewModel?> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(year, cancellationToken) is not { } period)
        {
            return null;
        }

        var stored = await db.CriteriaFrames.AsNoTracking().Include(f => f.Items)
            .Where(f => f.ReviewPeriodId == period.Id).ToListAsync(cancellationToken);
        return new FramesViewModel
        {
            Year = year,
            RuleSet = period.RuleSet,
            Status = period.Status,
            IsFixed = await HasScoresAsync(period.Id, cancellationToken),
            Frames = [.. SubjectTypes.All.Select(type => View(stored.SingleOrDefault(f => f.Subject == type), type, period.Id))],
        };
    }

    /// <summary>
    /// Replaces one subject type's frame of the period with the form's, checked by <see cref="CriteriaFrame.Check"/>,
    /// in one transaction, audited. Refused once the period is decided or any score is entered in it.
    /// </summary>
    public async Task<Result> SaveAsync(int year, SubjectType subject, FrameForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await FindAsync(year, cancellationToken) is not { } period)
        {
            return Result.Fail(null, PeriodsMessages.FrameNoPointScale, year);
        }

        if (period.IsLocked)
        {
            return Result.Fail(null, PeriodsMessages.FrameLocked, year);
        }

        if (!Enum.IsDefined(subject))
        {
            return Result.Fail(null, PeriodsMessages.FrameNoPointScale, year);
        }

        if (!FrameForm.TryParse(form.CommonMaximum, out var common) || common is null)
        {
            return Result.Fail(nameof(form.CommonMaximum), PeriodsMessages.FrameNotANumber, form.CommonMaximum ?? "");
        }

        if (!FrameForm.TryParse(form.TaskMaximum, out var tasks) || tasks is null)
        {
            return Result.Fail(nameof(form.TaskMaximum), PeriodsMessages.FrameNotANumber, form.TaskMaximum ?? "");
        }

        var edited = new CriteriaFrame { ReviewPeriodId = period.Id, Subject = subject, CommonMaximum = common.Value, TaskMaximum = tasks.Value };
        var rows = new List<(FrameItemForm Row, decimal? Points, decimal Order, int Index)>();
        for (var index = 0; index < form.Items.Count; index++)
        {
            var row = form.Items[index];
            if (row.Remove || (string.IsNullOrWhiteSpace(row.Title) && string.IsNullOrWhiteSpace(row.MaxPoints)))
            {
                continue;
            }

            if (!FrameForm.TryParse(row.MaxPoints, out var points))
            {
                return Result.Fail(null, PeriodsMessages.FrameNotANumber, row.MaxPoints!);
            }

            if (!FrameForm.TryParse(row.Position, out var order))
            {
                return Result.Fail(null, PeriodsMessages.FrameNotANumber, row.Position!);
            }

            rows.Add((row, points, order ?? index + 1, index));
        }

        var position = 0;
        foreach (var (row, points, _, _) in rows.OrderBy(r => r.Row.Group).ThenBy(r => r.Order).ThenBy(r => r.Index))
        {
            edited.Items.Add(new CriterionItem
            {
                Group = Enum.IsDefined(row.Group) ? row.Group : CriteriaGroup.Tasks,
                Position = ++position,
                Title = (row.Title ?? "").Trim(),
                MaxPoints = points,
            });
        }

        var findings = edited.Check();
        if (findings.Count > 0)
        {
            return Result.Fail(findings.Select(f => new ResultError(null, f.Key, [.. f.Arguments])));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Checked inside the transaction: a score saved meanwhile fixes the frame.
        if (await HasScoresAsync(period.Id, cancellationToken))
        {
            return Result.Fail(null, PeriodsMessages.FrameFixed);
        }

        var frame = await db.CriteriaFrames.Include(f => f.Items)
            .SingleOrDefaultAsync(f => f.ReviewPeriodId == period.Id && f.Subject == subject, cancellationToken);
        var before = Describe(frame ?? CriteriaFrame.Default(subject, period.Id));
        if (frame is null)
        {
            frame = new CriteriaFrame { ReviewPeriodId = period.Id, Subject = subject };
            db.CriteriaFrames.Add(frame);
        }

        frame.CommonMaximum = edited.CommonMaximum;
        frame.TaskMaximum = edited.TaskMaximum;
        frame.Items.Clear();
        frame.Items.AddRange(edited.Items);
        audit.Source = $"Khung tiêu chí năm {year}: {subject.VietnameseName()}";
        await db.SaveChangesAsync(cancellationToken);
        db.Audit.Record(nameof(CriteriaFrame), frame.Id, "Sửa khung tiêu chí", before, Describe(frame), period.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Ok;
    }

    /// <summary>Whether any score is entered in the period: a step's group points or total, or a review's score.</summary>
    public Task<bool> HasScoresAsync(int periodId, CancellationToken cancellationToken = default) =>
        db.ReviewPeriods.Where(p => p.Id == periodId)
            .Select(p => db.ReviewSteps.Any(s => s.ReviewPeriodId == p.Id && (s.CommonPoints != null || s.TaskPoints != null || s.Score != null))
                         || db.MemberReviews.Any(r => r.ReviewPeriodId == p.Id && r.Score != null)
                         || db.OrganizationReviews.Any(r => r.ReviewPeriodId == p.Id && r.Score != null)
                         || db.LeadershipReviews.Any(r => r.ReviewPeriodId == p.Id && r.Score != null))
            .SingleAsync(cancellationToken);

    /// <summary>"30 + 70; chung: Về chính trị… | nhiệm vụ: Kết quả… (40)", for the audit log.</summary>
    public static string Describe(CriteriaFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        string Items(CriteriaGroup group) => string.Join(" | ", frame.ItemsOf(group).Select(i => i.MaxPoints is { } p ? $"{i.Title} ({VietnameseFormat.Score(p)})" : i.Title));
        return $"{VietnameseFormat.Score(frame.CommonMaximum)} + {VietnameseFormat.Score(frame.TaskMaximum)}; chung: {Items(CriteriaGroup.Common)}; nhiệm vụ: {Items(CriteriaGroup.Tasks)}";
    }

    private static FrameView View(CriteriaFrame? stored, SubjectType type, int periodId)
    {
        var frame = stored ?? CriteriaFrame.Default(type, periodId);
        return new FrameView(
            type, stored is null, frame.CommonMaximum, frame.TaskMaximum,
            [.. frame.Items.OrderBy(i => i.Group).ThenBy(i => i.Position).Select(i => new FrameItemView(i.Group, i.Position, i.Title, i.MaxPoints))]);
    }

    /// <summary>The committee's period of the year when it is on the 100-point scale.</summary>
    private async Task<ReviewPeriod?> FindAsync(int year, CancellationToken cancellationToken)
    {
        var committee = await currentCommittee.ForYearAsync(year, cancellationToken);
        var period = committee is null ? null
            : await db.ReviewPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.CommitteeId == committee.Id && p.Year == year, cancellationToken);
        return period is not null && period.RuleSet.UsesPointScale() ? period : null;
    }
}
