using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartyReview.Domain.Auditing;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Data.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change of a level, score, reason, flag or note of a review, and of a
/// period's status, in the same SaveChanges (so in the same transaction) as the change itself: old → new, who, when;
/// and writes the actions the services recorded on <see cref="PartyReviewDbContext.Audit"/>. The only writer of audit
/// entries (ADR 0006).
/// </summary>
public sealed class AuditInterceptor(IAuditContext audit, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> AuditedProperties =
    [
        nameof(ReviewRecord.Level), nameof(ReviewRecord.Score), nameof(ReviewRecord.NotRatedReason), nameof(ReviewRecord.Note),
        nameof(MemberReview.Discipline), nameof(LeadershipReview.Disciplined), nameof(MemberReview.SubjectType), nameof(MemberReview.SelfRemedied), nameof(MemberReview.LongSickLeave),
        nameof(OrganizationReview.QuotaJustification), nameof(OrganizationReview.EntryStatus),
        nameof(ReviewPeriod.Status), nameof(ReviewPeriod.ExcellenceQuotaPercent), nameof(ReviewPeriod.RuleSet),
        nameof(ReviewPeriod.ExemplaryOrganizationAwardName), nameof(ReviewPeriod.ConsecutiveYears),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified))
        {
            var (periodId, organizationId, memberId) = Subject(entry.Entity);
            if (entry.Entity is not (ReviewRecord or ReviewPeriod))
            {
                continue;
            }

            foreach (var property in entry.Properties.Where(p => p.IsModified && AuditedProperties.Contains(p.Metadata.Name)))
            {
                var oldValue = Display(property.OriginalValue);
                var newValue = Display(property.CurrentValue);
                if (oldValue == newValue)
                {
                    continue;
                }

                entries.Add(new AuditEntry
                {
                    OccurredAt = now,
                    UserName = audit.UserName,
                    EntityType = entry.Metadata.ClrType.Name,
                    EntityId = KeyOf(entry),
                    Field = property.Metadata.Name,
                    OldValue = Truncate(oldValue),
                    NewValue = Truncate(newValue),
                    Source = audit.Source,
                    ReviewPeriodId = periodId,
                    OrganizationId = organizationId,
                    MemberId = memberId,
                });
            }
        }

        // Quy định 366 steps: each recorded or changed step is one line, the whole value old → new.
        foreach (var entry in context.ChangeTracker.Entries<ReviewStepEntry>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var step = entry.Entity;
            var oldValue = entry.State == EntityState.Added ? null : StepBefore(entry).Describe();
            var newValue = step.Describe();
            if (oldValue == newValue)
            {
                continue;
            }

            entries.Add(new AuditEntry
            {
                OccurredAt = now,
                UserName = audit.UserName,
                EntityType = nameof(ReviewStepEntry),
                EntityId = string.Create(CultureInfo.InvariantCulture, $"{step.Subject}:{step.ReviewId}"),
                Field = "Step" + step.Step,
                OldValue = Truncate(oldValue),
                NewValue = Truncate(newValue),
                Source = audit.Source,
                ReviewPeriodId = step.ReviewPeriodId,
                OrganizationId = step.OrganizationId,
                MemberId = step.MemberId,
            });
        }

        if (context is PartyReviewDbContext { Audit.PendingCount: > 0 } partyReview)
        {
            entries.AddRange(partyReview.Audit.TakePending().Select(record => new AuditEntry
            {
                OccurredAt = now,
                UserName = Truncate(record.UserName ?? audit.UserName, AuditEntry.UserNameMaxLength)!,
                EntityType = record.EntityType,
                EntityId = record.EntityId,
                Field = record.Action,
                OldValue = Truncate(record.OldValue),
                NewValue = Truncate(record.NewValue),
                Source = Truncate(record.Source ?? audit.Source),
                ReviewPeriodId = record.ReviewPeriodId,
                OrganizationId = record.OrganizationId,
                MemberId = record.MemberId,
            }));
        }

        context.Set<AuditEntry>().AddRange(entries);
    }

    private static StepValue StepBefore(EntityEntry<ReviewStepEntry> entry)
    {
        T? Original<T>(string name) => (T?)entry.Property(name).OriginalValue;
        return new StepValue(
            Original<QualityLevel?>(nameof(ReviewStepEntry.Level)),
            Original<decimal?>(nameof(ReviewStepEntry.Score)),
            Original<decimal?>(nameof(ReviewStepEntry.CommonPoints)),
            Original<decimal?>(nameof(ReviewStepEntry.TaskPoints)),
            new TaskFigures(
                Original<decimal?>(nameof(ReviewStepEntry.OnTimePercent)),
                Original<decimal?>(nameof(ReviewStepEntry.ExceededPercent)),
                Original<decimal?>(nameof(ReviewStepEntry.RemediedPercent))),
            Original<NotRatedReason?>(nameof(ReviewStepEntry.NotRatedReason)),
            Original<string?>(nameof(ReviewStepEntry.AdjustmentReason)));
    }

    private static (int? Period, int? Organization, int? Member) Subject(object entity) => entity switch
    {
        MemberReview r => (r.ReviewPeriodId, r.OrganizationId, r.MemberId),
        OrganizationReview r => (r.ReviewPeriodId, r.OrganizationId, null),
        LeadershipReview r => (r.ReviewPeriodId, r.OrganizationId, null),
        ReviewPeriod p => (p.Id, null, null),
        _ => (null, null, null),
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    /// <summary>Values as a reader of the history expects them: HTXSNV, "miễn công tác…", 85,5, có/không.</summary>
    public static string? Display(object? value) => value switch
    {
        null => null,
        QualityLevel level => level.Abbreviation(),
        NotRatedReason reason => reason.VietnameseName(),
        decimal score => VietnameseFormat.Score(score),
        bool flag => flag ? "có" : "không",
        SubjectType type => type.VietnameseName(),
        EntryStatus status => status switch
        {
            EntryStatus.Proposed => "bí thư đề xuất",
            EntryStatus.Accepted => "đã nhập",
            _ => "đang nhập",
        },
        ReviewPeriodStatus status => status == ReviewPeriodStatus.Decided ? "đã quyết định" : "đang đánh giá",
        DisciplineLevel discipline => discipline switch
        {
            DisciplineLevel.Reprimand => "khiển trách",
            DisciplineLevel.Warning => "cảnh cáo",
            DisciplineLevel.Dismissal => "cách chức",
            DisciplineLevel.Expulsion => "khai trừ",
            _ => "không",
        },
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string? Truncate(string? value, int maxLength = AuditEntry.ValueMaxLength) =>
        value is { Length: var length } && length > maxLength ? value[..maxLength] : value;
}
