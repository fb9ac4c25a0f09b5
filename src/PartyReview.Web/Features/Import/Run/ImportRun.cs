using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Committees;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// One run over a file: orders the sheets' stages (organizations, periods, members, events and ledgers, reviews and
/// the open periods' lists, targets), holds the lookups they share, collects every row's outcome, and keeps the audit
/// lines until everything is saved. On a commit each stage's additions are saved before the next stage so that it
/// refers to real keys; on a dry run nothing is saved.
/// </summary>
internal sealed class ImportRun(
    PartyReviewDbContext db, Committee committee, IAuditContext audit, TimeProvider clock, bool commit, IProgress<ImportProgressInfo>? progress, int totalRows)
{
    private readonly List<RowOutcome> _outcomes = [];
    private readonly List<Func<AuditRecord>> _audits = [];
    private int _nextTemporaryKey;
    private int _done;

    public PartyReviewDbContext Db => db;
    public Committee Committee => committee;
    public string UserName => audit.UserName;
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public OrganizationLookup Organizations { get; } = new();
    public PeriodLookup Periods { get; } = new();
    public MemberLookup Members { get; } = new();

    public async Task<ImportResult> RunAsync(ParsedFile file, CancellationToken cancellationToken)
    {
        Report(ImportMessages.StageOrganizations);
        await Organizations.LoadAsync(db, committee, cancellationToken);
        var organizationSheet = new OrganizationSheet(this);
        organizationSheet.Import(file.Rows(SheetKind.Organizations));

        // A new chi bộ trực thuộc of a new đảng bộ cơ sở: saved without its parent first (it had no id), then given it.
        var parents = organizationSheet.PendingParents.Select(p => p.Child).ToList();
        parents.ForEach(child => child.ParentId = null);
        if (await FlushAsync(cancellationToken) && organizationSheet.WriteParents())
        {
            await FlushAsync(cancellationToken);
        }
        else
        {
            organizationSheet.WriteParents();
        }

        Report(ImportMessages.StagePeriods);
        await Periods.LoadAsync(db, committee, cancellationToken);
        new PeriodSheet(this).Import(file.Rows(SheetKind.Periods));
        await FlushAsync(cancellationToken);

        if (file.Rows(SheetKind.Members).Count + file.Rows(SheetKind.Events).Count + file.Rows(SheetKind.Reviews).Count > 0)
        {
            Report(ImportMessages.StageMembers);
            await Members.LoadAsync(db, committee, cancellationToken);
            new MemberSheet(this).Import(file.Rows(SheetKind.Members));
            await FlushAsync(cancellationToken);

            Report(ImportMessages.StageLedgers);
            new EventSheet(this).Import(file.Rows(SheetKind.Events));
            new LedgerReplay(this).Replay();
            await FlushAsync(cancellationToken);
        }

        if (file.Rows(SheetKind.Reviews).Count > 0 || Members.Slots.Any(s => s.LedgerChanged))
        {
            Report(ImportMessages.StageReviews);
            await new ReviewSheet(this).ImportAsync(file.Rows(SheetKind.Reviews), cancellationToken);
            await FlushAsync(cancellationToken);
        }

        if (file.Rows(SheetKind.Targets).Count > 0)
        {
            await new TargetSheet(this).ImportAsync(file.Rows(SheetKind.Targets), cancellationToken);
        }

        var result = new ImportResult { Rows = [.. _outcomes.OrderBy(o => o.Kind).ThenBy(o => o.Sheet, StringComparer.Ordinal).ThenBy(o => o.Row)] };
        if (commit && !result.HasErrors)
        {
            Report(ImportMessages.StageWriting);
            await SaveAsync(cancellationToken);
            foreach (var line in _audits)
            {
                db.Audit.Record(line());
            }

            await SaveAsync(cancellationToken);
        }

        return result;
    }

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A key for an entity the run adds, until it has its id (negative, so never an id).</summary>
    public int NextTemporaryKey() => --_nextTemporaryKey;

    public RowOutcome Outcome(ParsedRow row, string subject)
    {
        ArgumentNullException.ThrowIfNull(row);
        var outcome = new RowOutcome { Kind = row.Format.Kind, Sheet = row.Sheet, Row = row.Number, Subject = subject };
        _outcomes.Add(outcome);
        _done++;
        return outcome;
    }

    /// <summary>Reads each row of a sheet and, unless it is refused, applies it, in the file's order.</summary>
    public void EachRow<T>(IReadOnlyList<ParsedRow> rows, Func<ParsedRow, string> subject, Func<ParsedRow, RowOutcome, T?> read, Action<ParsedRow, T, RowOutcome> apply)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            var outcome = Outcome(row, subject(row));
            if (read(row, outcome) is { } parsed)
            {
                apply(row, parsed, outcome);
            }
        }
    }

    public void Audit(string entityType, Func<int> id, string action, string? old, string? value, Func<AuditSubject> subject) =>
        Audit(entityType, id, action, old, () => value, subject);

    /// <summary>An audit line whose ids and new value are read when the lines are recorded, after every stage has saved and added to it.</summary>
    public void Audit(string entityType, Func<int> id, string action, string? old, Func<string?> value, Func<AuditSubject> subject) =>
        _audits.Add(() =>
        {
            var (organization, member, period) = subject();
            return new AuditRecord(entityType, id().ToString(System.Globalization.CultureInfo.InvariantCulture), action, old, value())
            {
                OrganizationId = organization, MemberId = member, ReviewPeriodId = period,
            };
        });

    /// <summary>On commit, writes what the stage added so that the next stages refer to real keys; on a dry run, nothing.</summary>
    /// <returns>Whether it wrote (a commit with no row in error).</returns>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        if (commit && !_outcomes.Any(o => o.Status == RowStatus.Error))
        {
            await SaveAsync(cancellationToken);
            return true;
        }

        return false;
    }

    private void Report(string stage) =>
        progress?.Report(new ImportProgressInfo(stage, totalRows, 45 + Math.Min(50, _done * 50 / Math.Max(1, totalRows))));
}

/// <summary>Whom an audit line is about.</summary>
internal readonly record struct AuditSubject(int? Organization, int? Member, int? Period);
