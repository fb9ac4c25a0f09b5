using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Web.Features.Import;

/// <summary>The stored steps of the known periods (Quy định 366), by review and step, and each period's criteria frames.</summary>
internal sealed class StepLookup(ImportRun run)
{
    private readonly Dictionary<(int Period, StepSubject Subject, int Review, ReviewStep Step), ReviewStepEntry> _steps = [];
    private readonly HashSet<(int Period, StepSubject Subject, int Review)> _reviews = [];
    private readonly Dictionary<(int Period, SubjectType Subject), CriteriaFrame> _frames = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var db = run.Db;
        var periodIds = run.Periods.ByYear.Values.Where(p => p.Id != 0 && p.RuleSet.UsesPointScale()).Select(p => p.Id).ToList();
        if (periodIds.Count == 0)
        {
            return;
        }

        foreach (var step in await db.ReviewSteps.Where(s => periodIds.Contains(s.ReviewPeriodId)).ToListAsync(cancellationToken))
        {
            _steps[(step.ReviewPeriodId, step.Subject, step.ReviewId, step.Step)] = step;
            _reviews.Add((step.ReviewPeriodId, step.Subject, step.ReviewId));
        }

        foreach (var frame in await db.CriteriaFrames.AsNoTracking().Where(f => periodIds.Contains(f.ReviewPeriodId)).ToListAsync(cancellationToken))
        {
            _frames[(frame.ReviewPeriodId, frame.Subject)] = frame;
        }
    }

    public ReviewStepEntry? Find(int period, StepSubject subject, int review, ReviewStep step) => _steps.GetValueOrDefault((period, subject, review, step));

    /// <summary>Whether the review has any step stored.</summary>
    public bool HasAny(int period, StepSubject subject, int review) => _reviews.Contains((period, subject, review));

    /// <summary>The period's frame for a subject type: the stored one, else the shipped 366/43 default.</summary>
    public CriteriaFrame FrameOf(ReviewPeriod period, SubjectType subject)
    {
        ArgumentNullException.ThrowIfNull(period);
        var key = (period.Id, subject);
        if (!_frames.TryGetValue(key, out var frame))
        {
            _frames[key] = frame = CriteriaFrame.Default(subject, period.Id);
        }

        return frame;
    }
}
