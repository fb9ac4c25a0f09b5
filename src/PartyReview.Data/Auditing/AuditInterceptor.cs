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
/// entries (ADR 0006). A few lines go in with the changes; on SQLite, many lines in the caller's transaction (a whole
/// grid's save) go right after them, in that transaction, as multi-row inserts (<see cref="AuditRows"/>).
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
        ArgumentNullException.ThrowIfNull(eventData);
        Begin(eventData.Context, mayDefer: false);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Begin(eventData.Context, mayDefer: true);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        End(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    /// <summary>
    /// Many lines saved in the caller's transaction (the grid's save of a whole sheet) are written after the changes
    /// they describe, in that same transaction, as a few multi-row inserts (<see cref="AuditRows"/>) instead of one
    /// insert per line. If the changes fail, no line is written; if the lines fail, the save fails and the caller's
    /// transaction is not committed.
    /// </summary>
    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (End(eventData.Context) is { } deferred)
        {
            result += await AuditRows.InsertAsync(eventData.Context!, deferred, cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        End(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        End(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        End(eventData.Context);
        base.SaveChangesCanceled(eventData);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        End(eventData.Context);
        return base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    /// <summary>From this many lines in the caller's transaction, they are written as multi-row inserts after the changes.</summary>
    internal const int DeferFrom = 10;

    /// <summary>The save in progress: its context, whether to turn change detection back on, the lines to write after it.</summary>
    private (DbContext Context, bool AutoDetect, List<AuditEntry>? Deferred)? _saving;

    /// <summary>
    /// Changes are detected once for the whole save: here, before the lines are made. Detection stays off until the save
    /// ends (EF Core would otherwise walk every tracked row again before writing), and is turned back on in <see cref="End"/>.
    /// </summary>
    private void Begin(DbContext? context, bool mayDefer)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var autoDetect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        var restore = true;
        try
        {
            var entries = AuditEntries(context, context.ChangeTracker.Entries().ToList());
            List<AuditEntry>? deferred = null;
            // Only on SQLite, which EF Core sends one statement per row: SQL Server and PostgreSQL already get the
            // lines batched with the changes, in the same round trips.
            if (mayDefer && entries.Count >= DeferFrom && context.Database.CurrentTransaction is not null && context.Database.IsSqlite())
            {
                deferred = entries;
            }
            else
            {
                context.Set<AuditEntry>().AddRange(entries);
            }

            _saving = (context, autoDetect, deferred);
            restore = false;
        }
        finally
        {
            if (restore)
            {
                context.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }
        }
    }

    /// <summary>Ends the save of <paramref name="context"/>: change detection as it was; the lines still to write, if any.</summary>
    private List<AuditEntry>? End(DbContext? context)
    {
        if (_saving is not { } saving || !ReferenceEquals(saving.Context, context))
        {
            return null;
        }

        _saving = null;
        saving.Context.ChangeTracker.AutoDetectChangesEnabled = saving.AutoDetect;
        return saving.Deferred;
    }

    private List<AuditEntry> AuditEntries(DbContext context, List<EntityEntry> tracked)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        // A decision recorded under Quy định 366 becomes the review's official value; its step line (below) already
        // says old → new, so the official fields it carries are not written a second time (unless the review held an
        // official value before its first decision row: then the review's lines keep that old value).
        var steps = tracked
            .Where(e => e.Entity is ReviewStepEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Step: (ReviewStepEntry)e.Entity))
            .ToList();
        var decided = steps.Where(s => s.Step.Step == ReviewStep.Decision)
            .ToDictionary(s => (s.Step.Subject, s.Step.ReviewId), s => s.Entry.State);
        foreach (var entry in tracked.Where(e => e.State == EntityState.Modified))
        {
            var (periodId, organizationId, memberId) = Subject(entry.Entity);
            if (entry.Entity is not (ReviewRecord or ReviewPeriod))
            {
                continue;
            }

            var byDecision = entry.Entity is ReviewRecord record
                && decided.TryGetValue((StepSubjectOf(record), record.Id), out var stepState)
                && (stepState != EntityState.Added || OfficialValue.All(name => entry.Property(name).OriginalValue is null));
            foreach (var property in entry.Properties.Where(p => p.IsModified && AuditedProperties.Contains(p.Metadata.Name)))
            {
                if (byDecision && OfficialValue.Contains(property.Metadata.Name))
                {
                    continue;
                }

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
        foreach (var (entry, step) in steps)
        {
            var oldValue = entry.State == EntityState.Added ? null : StepBefore(entry).Describe();
            var newValue = entry.State == EntityState.Deleted ? null : step.Describe();
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

        return entries;
    }

    /// <summary>The review fields a decision sets (<see cref="ReviewRecord.ApplyDecision"/>).</summary>
    private static readonly HashSet<string> OfficialValue =
        [nameof(ReviewRecord.Level), nameof(ReviewRecord.Score), nameof(ReviewRecord.NotRatedReason)];

    private static StepSubject StepSubjectOf(ReviewRecord review) => review switch
    {
        OrganizationReview => StepSubject.Organization,
        LeadershipReview => StepSubject.Leadership,
        _ => StepSubject.Member,
    };

    private static StepValue StepBefore(EntityEntry entry)
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
