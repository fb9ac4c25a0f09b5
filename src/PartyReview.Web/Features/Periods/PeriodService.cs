using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Text;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Periods;

/// <summary>Review periods: open a year, follow its progress, decide (lock) it, reopen it, accept proposals.</summary>
public sealed class PeriodService(
    PartyReviewDbContext db,
    CurrentCommittee currentCommittee,
    TallyService tallies,
    IAuditContext audit,
    TimeProvider clock,
    ILogger<PeriodService> logger)
{
    /// <summary>The committee's periods with their progress; for a Secretary, the progress of their organization only.</summary>
    public async Task<IReadOnlyList<PeriodLine>> ListAsync(Scope scope, CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        if (committee is null)
        {
            return [];
        }

        // A merged committee's years are listed with the successor's own (ADR 0008).
        var lineage = CommitteeYears.LineageIds(db, committee.Id);
        var progress = await db.MemberReviews
            .Where(r => db.ReviewPeriods.Any(p => p.Id == r.ReviewPeriodId && lineage.Contains(p.CommitteeId)))
            .InScope(scope, r => r.OrganizationId)
            .GroupBy(r => r.ReviewPeriodId)
            .Select(g => new { PeriodId = g.Key, Members = g.Count(), Pending = g.Count(r => r.Level == null && (r.NotRatedReason == null || r.NotRatedReason == NotRatedReason.Absent)) })
            .ToDictionaryAsync(p => p.PeriodId, cancellationToken);
        var periods = await db.ReviewPeriods.AsNoTracking().Where(p => lineage.Contains(p.CommitteeId))
            .OrderByDescending(p => p.Year).ToListAsync(cancellationToken);
        return [.. periods.Select(p => new PeriodLine(
            p.Year, p.RuleSet, p.Status, p.ExcellenceQuotaPercent, p.ReviewDate,
            progress.GetValueOrDefault(p.Id)?.Members ?? 0, progress.GetValueOrDefault(p.Id)?.Pending ?? 0))];
    }

    /// <summary>A proposal for the next period: the year after the newest, its rule set, the committee's default quota, mid-December.</summary>
    public async Task<OpenPeriodForm> ProposeNextAsync(CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        var newest = committee is null ? null
            : await db.ReviewPeriods.Where(p => CommitteeYears.LineageIds(db, committee.Id).Contains(p.CommitteeId)).MaxAsync(p => (int?)p.Year, cancellationToken);
        var year = Math.Max((newest ?? 0) + 1, clock.GetLocalNow().Year);
        return new OpenPeriodForm
        {
            Year = year,
            RuleSet = RuleSets.ForYear(year),
            ExcellenceQuotaPercent = committee?.DefaultExcellenceQuotaPercent ?? ReviewPeriod.DefaultExcellenceQuotaPercent,
            ReviewDate = new DateOnly(year, 12, 15),
        };
    }

    /// <summary>
    /// Opens a year: one review line for every organization existing at the review date, for each leadership collective,
    /// and for every member belonging to an organization then. Not-rated is proposed where the six-month rules say so.
    /// </summary>
    public async Task<Result> OpenAsync(OpenPeriodForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committee = await currentCommittee.GetAsync(cancellationToken);
        if (committee is null)
        {
            return Result.Fail(null, PeriodsMessages.NoCommittee);
        }

        var year = form.Year!.Value;
        var reviewDate = form.ReviewDate!.Value;
        if (reviewDate.Year != year && reviewDate.Year != year + 1)
        {
            return Result.Fail(null, PeriodsMessages.ReviewDateOutsideYear, year, year + 1);
        }

        // A year a predecessor holds is taken too: a year belongs to one committee of a lineage (ADR 0008).
        if (await db.ReviewPeriods.AnyAsync(p => CommitteeYears.LineageIds(db, committee.Id).Contains(p.CommitteeId) && p.Year == year, cancellationToken))
        {
            return Result.Fail(null, PeriodsMessages.AlreadyOpened, year);
        }

        var period = new ReviewPeriod
        {
            CommitteeId = committee.Id,
            Year = year,
            RuleSet = form.RuleSet!.Value,
            ExcellenceQuotaPercent = form.ExcellenceQuotaPercent!.Value,
            ReviewDate = reviewDate,
        };
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.CommitteeId == committee.Id && o.FoundedOn <= reviewDate && (o.DissolvedOn == null || o.DissolvedOn > reviewDate))
            .ToListAsync(cancellationToken);
        var organizationIds = organizations.Select(o => o.Id).ToList();

        // Who is reviewed, and where: the ledger's answer at the review date, so a member transferred in March is
        // reviewed by the organization they belong to then.
        var members = await (
                from p in LedgerQueries.PlacementsOn(db, committee.Id, reviewDate)
                join m in db.Members on p.MemberId equals m.Id
                where organizationIds.Contains(p.OrganizationId)
                select new { m.Id, p.OrganizationId, m.AdmittedOn })
            .ToListAsync(cancellationToken);

        // Exemption and suspension usually last: last year's are proposed again.
        var lastYear = await db.ReviewPeriods.Where(p => p.CommitteeId == committee.Id && p.Year < year)
            .OrderByDescending(p => p.Year).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var carriedOver = await db.MemberReviews
            .Where(r => r.ReviewPeriodId == lastYear && (r.NotRatedReason == NotRatedReason.Exempt || r.NotRatedReason == NotRatedReason.Suspended))
            .ToDictionaryAsync(r => r.MemberId, r => r.NotRatedReason!.Value, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ReviewPeriods.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var organization in organizations)
        {
            var review = new OrganizationReview { ReviewPeriodId = period.Id, OrganizationId = organization.Id };
            var leadership = new LeadershipReview { ReviewPeriodId = period.Id, OrganizationId = organization.Id };
            if (ReviewRoster.OrganizationStartsNotRated(organization.FoundedOn, reviewDate) is { } notRated)
            {
                review.MarkNotRated(notRated);
                leadership.MarkNotRated(notRated);
            }

            db.OrganizationReviews.Add(review);
            if (organization.HasExecutiveCommittee)
            {
                db.LeadershipReviews.Add(leadership);
            }
        }

        foreach (var member in members)
        {
            var review = new MemberReview { ReviewPeriodId = period.Id, MemberId = member.Id, OrganizationId = member.OrganizationId };
            var carried = carriedOver.TryGetValue(member.Id, out var reason) ? reason : (NotRatedReason?)null;
            if (ReviewRoster.MemberStartsNotRated(member.AdmittedOn, reviewDate, carried) is { } notRated)
            {
                review.MarkNotRated(notRated);
            }

            db.MemberReviews.Add(review);
        }

        db.Audit.Record(nameof(ReviewPeriod), period.Id, "Mở kỳ đánh giá", null,
            $"{period.RuleSet.Documents()}; tỷ lệ {period.ExcellenceQuotaPercent} %; {organizations.Count} tổ chức, {members.Count} đảng viên", period.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Opened the {Year} review period: {Organizations} organizations, {Members} members", year, organizations.Count, members.Count);
        return Result.Ok;
    }

    public Task<OverviewViewModel?> GetOverviewAsync(int year, bool unfinishedOnly, Scope scope, CancellationToken cancellationToken = default) =>
        GetOverviewAsync(year, unfinishedOnly, scope, null, 1, cancellationToken);

    /// <summary>
    /// The overview of a year: the progress counts every organization in scope; the table shows one page of them
    /// (all or those not finished, searched by code or name). The same queries whatever the page.
    /// </summary>
    public async Task<OverviewViewModel?> GetOverviewAsync(
        int year, bool unfinishedOnly, Scope scope, string? query, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var committee = await currentCommittee.ForYearAsync(year, cancellationToken);
        var period = committee is null ? null
            : await db.ReviewPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.CommitteeId == committee.Id && p.Year == year, cancellationToken);
        if (period is null)
        {
            return null;
        }

        var lines = await LinesAsync(period.Id, scope, cancellationToken);

        return new OverviewViewModel
        {
            Year = year,
            RuleSet = period.RuleSet,
            Status = period.Status,
            QuotaPercent = period.ExcellenceQuotaPercent,
            ReviewDate = period.ReviewDate,
            UnfinishedOnly = unfinishedOnly,
            Organizations = Shown(lines, unfinishedOnly, query).ToPage(page),
            Query = string.IsNullOrWhiteSpace(query) ? null : query.Trim(),
            OrganizationCount = lines.Count,
            FinishedCount = lines.Count(l => l.IsFinished),
            ProposedCount = lines.Count(l => l.EntryStatus == EntryStatus.Proposed),
            Proposed = [.. lines.Where(l => l.EntryStatus == EntryStatus.Proposed).Select(l => new SeenSheet { OrganizationId = l.OrganizationId, Version = l.SheetVersion })],
            Tally = scope.IsWholeCommittee ? await tallies.GetYearTallyAsync(committee!.Id, year, cancellationToken) : null,
            Settings = new PeriodSettingsForm
            {
                ExcellenceQuotaPercent = period.ExcellenceQuotaPercent,
                ExemplaryOrganizationAwardName = period.ExemplaryOrganizationAwardName,
                ConsecutiveYears = period.ConsecutiveYears,
                Version = period.Version,
            },
        };
    }

    /// <summary>
    /// The overview's table of a year, as the page shows it (all organizations, or those not finished), within the
    /// user's scope; null when the year has no period. The export of the page reads it.
    /// </summary>
    public async Task<IReadOnlyList<OverviewLine>?> GetOverviewLinesAsync(
        int year, bool unfinishedOnly, Scope scope, string? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var committee = await currentCommittee.ForYearAsync(year, cancellationToken);
        var periodId = committee is null ? null
            : await db.ReviewPeriods.Where(p => p.CommitteeId == committee.Id && p.Year == year).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (periodId is not { } id)
        {
            return null;
        }

        return Shown(await LinesAsync(id, scope, cancellationToken), unfinishedOnly, query);
    }

    /// <summary>The lines the table lists: all or those not finished, whose code or name (without accents) holds the search.</summary>
    private static List<OverviewLine> Shown(List<OverviewLine> lines, bool unfinishedOnly, string? query)
    {
        var key = VietnameseText.SearchKey(query);
        var code = key.Length == 0 ? "" : query!.Trim().ToUpperInvariant();
        return [.. lines.Where(l => (!unfinishedOnly || !l.IsFinished)
            && (key.Length == 0 || l.Code.Contains(code, StringComparison.Ordinal) || VietnameseText.SearchKey(l.Name).Contains(key, StringComparison.Ordinal)))];
    }

    /// <summary>One line per organization of the period: its result, its leadership's, its members' progress and levels (three queries).</summary>
    private async Task<List<OverviewLine>> LinesAsync(int periodId, Scope scope, CancellationToken cancellationToken)
    {
        var organizations = await (
                from r in db.OrganizationReviews.InScope(scope, r => r.OrganizationId)
                join o in db.Organizations on r.OrganizationId equals o.Id
                where r.ReviewPeriodId == periodId
                orderby o.Code
                select new { o.Id, o.Code, o.Name, r.Level, r.Score, r.NotRatedReason, r.Warnings, r.EntryStatus, r.LastSavedBy, r.LastSavedAt, r.Version })
            .ToListAsync(cancellationToken);
        var leadership = await db.LeadershipReviews.Where(r => r.ReviewPeriodId == periodId)
            .Select(r => new { r.OrganizationId, r.Level }).ToDictionaryAsync(r => r.OrganizationId, cancellationToken);
        var progress = await db.MemberReviews.Where(r => r.ReviewPeriodId == periodId)
            .GroupBy(r => r.OrganizationId)
            .Select(g => new
            {
                OrganizationId = g.Key,
                Members = g.Count(),
                Entered = g.Count(r => r.Level != null || (r.NotRatedReason != null && r.NotRatedReason != NotRatedReason.Absent)),
                Excellent = g.Count(r => r.Level == QualityLevel.Excellent),
                Good = g.Count(r => r.Level == QualityLevel.Good),
                Complete = g.Count(r => r.Level == QualityLevel.Complete),
                NotComplete = g.Count(r => r.Level == QualityLevel.NotComplete),
            })
            .ToDictionaryAsync(p => p.OrganizationId, cancellationToken);

        return [.. organizations.Select(o =>
        {
            var p = progress.GetValueOrDefault(o.Id);
            return new OverviewLine(
                o.Id, o.Code, o.Name, o.Level, o.Score, o.NotRatedReason,
                leadership.GetValueOrDefault(o.Id)?.Level, leadership.ContainsKey(o.Id),
                p?.Members ?? 0, p?.Entered ?? 0, p?.Excellent ?? 0, p?.Good ?? 0, p?.Complete ?? 0, p?.NotComplete ?? 0,
                o.Warnings?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [],
                o.EntryStatus, o.LastSavedBy, o.LastSavedAt, o.Version);
        })];
    }

    /// <summary>
    /// Decides (locks) the period; refused while any subject (organization, leadership, member) has no decided value or
    /// is "vắng mặt" (absent: still to be reviewed), with the counts of each.
    /// </summary>
    public async Task<Result> DecideAsync(int year, CancellationToken cancellationToken = default)
    {
        var period = await FindAsync(year, cancellationToken);
        if (period is null)
        {
            return Result.Fail(null, PeriodsMessages.NotFound, year);
        }

        if (period.IsLocked)
        {
            return Result.Fail(null, PeriodsMessages.AlreadyDecided, year);
        }

        var undecided = await UndecidedAsync(period.Id, cancellationToken);
        if (undecided.Pending.Total > 0 && undecided.Absent.Total > 0)
        {
            return Result.Fail(null, PeriodsMessages.PendingAndAbsent, undecided.Pending, undecided.Absent);
        }

        if (undecided.Pending.Total > 0)
        {
            return Result.Fail(null, PeriodsMessages.Pending, undecided.Pending);
        }

        if (undecided.Absent.Total > 0)
        {
            return Result.Fail(null, PeriodsMessages.Absent, undecided.Absent);
        }

        // The year's figures are counted once, now, and read back from then on (ADR 0009).
        period.Decide(await tallies.CountDecidedFiguresAsync(period, cancellationToken));
        period.MarkChanged();
        audit.Source = $"Quyết định kết quả năm {year}";
        return await SavePeriodAsync(year, cancellationToken);
    }

    /// <summary>Reopens a decided period (Admin), with the reason written in the audit log.</summary>
    public async Task<Result> ReopenAsync(int year, string reason, CancellationToken cancellationToken = default)
    {
        var period = await FindAsync(year, cancellationToken);
        if (period is null || !period.IsLocked)
        {
            return Result.Fail(null, PeriodsMessages.NotDecided, year);
        }

        // Once the committee's organizations moved to another after this year, a recount would miss them: the year keeps
        // the figures it was decided with (ADR 0008).
        var movedOn = await db.OrganizationMoves
            .Where(m => m.FromCommitteeId == period.CommitteeId && m.ReversedAt == null && m.EffectiveOn > new DateOnly(period.Year, 12, 31))
            .OrderBy(m => m.EffectiveOn).Select(m => (DateOnly?)m.EffectiveOn).FirstOrDefaultAsync(cancellationToken);
        if (movedOn is { } date)
        {
            return Result.Fail(null, PeriodsMessages.MovedAway, year, VietnameseFormat.Date(date));
        }

        period.Reopen();
        period.MarkChanged();
        audit.Source = $"Mở lại kỳ đánh giá năm {year}. Lý do: {reason.Trim()}";
        var saved = await SavePeriodAsync(year, cancellationToken);
        if (saved.Succeeded)
        {
            logger.LogWarning("The {Year} review period was reopened: {Reason}", year, reason);
        }

        return saved;
    }

    /// <summary>Changes the quota and the award settings of an open period (audited).</summary>
    public async Task<Result> UpdateSettingsAsync(int year, PeriodSettingsForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var period = await FindAsync(year, cancellationToken);
        if (period is null || period.IsLocked)
        {
            return Result.Fail(null, PeriodsMessages.SettingsLocked, year);
        }

        if (form.Version is { } shown && shown != period.Version)
        {
            return SettingsConflict(period, form);
        }

        period.ExcellenceQuotaPercent = form.ExcellenceQuotaPercent!.Value;
        period.ExemplaryOrganizationAwardName = string.IsNullOrWhiteSpace(form.ExemplaryOrganizationAwardName) ? null : form.ExemplaryOrganizationAwardName.Trim();
        period.ConsecutiveYears = form.ConsecutiveYears!.Value;
        period.MarkChanged();
        audit.Source = $"Cài đặt kỳ đánh giá năm {year}";
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved (or decided) by someone else between the check and this UPDATE (… WHERE Version = shown).
            db.ChangeTracker.Clear();
            var fresh = await db.ReviewPeriods.AsNoTracking().SingleAsync(p => p.Id == period.Id, cancellationToken);
            return fresh.IsLocked ? Result.Fail(null, PeriodsMessages.SettingsLocked, year) : SettingsConflict(fresh, form);
        }

        return Result.Ok;
    }

    /// <summary>The settings save refused as a conflict, with the settings the other person saved.</summary>
    private static Result SettingsConflict(ReviewPeriod current, PeriodSettingsForm mine) => Result.Stale(EditConflict.Of(
        current.Version,
        SettingsShown(current.ExcellenceQuotaPercent, current.ExemplaryOrganizationAwardName, current.ConsecutiveYears),
        SettingsShown(mine.ExcellenceQuotaPercent, string.IsNullOrWhiteSpace(mine.ExemplaryOrganizationAwardName) ? null : mine.ExemplaryOrganizationAwardName.Trim(), mine.ConsecutiveYears)));

    private static ConflictValue[] SettingsShown(int? quota, string? awardName, int? years) =>
    [
        new("Period.Quota", quota?.ToString(CultureInfo.InvariantCulture)),
        new("Period.AwardName", awardName),
        new("Period.ConsecutiveYears", years?.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Saves a change of the period's status; refused when someone changed the period since it was loaded.</summary>
    private async Task<Result> SavePeriodAsync(int year, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(null, PeriodsMessages.ChangedMeanwhile, year);
        }
    }

    /// <summary>
    /// Staff accept every organization's proposed levels at once: only the sheets the overview showed them
    /// (<paramref name="seen"/>, with their versions). A sheet proposed or changed since is a conflict, and then
    /// nothing is accepted.
    /// </summary>
    public async Task<Result> AcceptProposalsAsync(int year, IReadOnlyCollection<SeenSheet> seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var period = await FindAsync(year, cancellationToken);
        if (period is null || period.IsLocked)
        {
            return Result.Fail(null, PeriodsMessages.NotOpenForProposals, year);
        }

        var proposed = await db.OrganizationReviews
            .Where(r => r.ReviewPeriodId == period.Id && r.EntryStatus == EntryStatus.Proposed).ToListAsync(cancellationToken);
        var shown = seen.GroupBy(s => s.OrganizationId).ToDictionary(g => g.Key, g => g.First().Version);
        var changed = proposed.Where(r => !shown.TryGetValue(r.OrganizationId, out var version) || version != r.Version).Select(r => r.OrganizationId).ToList();
        if (changed.Count > 0)
        {
            return await ProposalsChangedAsync(changed, cancellationToken);
        }

        foreach (var sheet in proposed)
        {
            sheet.EntryStatus = EntryStatus.Accepted;
            sheet.MarkChanged();
        }

        audit.Source = $"Chấp nhận đề xuất của bí thư, năm {year}";
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            // A sheet saved between the look-up and this UPDATE (… WHERE Version = seen): nothing is accepted.
            var organizations = conflict.Entries.Select(e => e.Entity).OfType<OrganizationReview>().Select(r => r.OrganizationId).ToList();
            db.ChangeTracker.Clear();
            return await ProposalsChangedAsync(organizations, cancellationToken);
        }

        return Result.Ok;
    }

    private async Task<Result> ProposalsChangedAsync(IReadOnlyCollection<int> organizationIds, CancellationToken cancellationToken)
    {
        var codes = await db.Organizations.Where(o => organizationIds.Contains(o.Id)).OrderBy(o => o.Code).Select(o => o.Code).ToListAsync(cancellationToken);
        return Result.Fail(null, PeriodsMessages.ProposalsChanged, string.Join(", ", codes));
    }

    /// <summary>
    /// The subjects of a period without a decided value, and those "vắng mặt", per kind: one round trip, the database
    /// counting (six scalar counts in one statement).
    /// </summary>
    public async Task<UndecidedSubjects> UndecidedAsync(int periodId, CancellationToken cancellationToken = default)
    {
        const NotRatedReason absent = NotRatedReason.Absent;
        var counts = await db.ReviewPeriods.Where(p => p.Id == periodId)
            .Select(p => new
            {
                Members = db.MemberReviews.Count(r => r.ReviewPeriodId == p.Id && r.Level == null && r.NotRatedReason == null),
                Organizations = db.OrganizationReviews.Count(r => r.ReviewPeriodId == p.Id && r.Level == null && r.NotRatedReason == null),
                Leadership = db.LeadershipReviews.Count(r => r.ReviewPeriodId == p.Id && r.Level == null && r.NotRatedReason == null),
                AbsentMembers = db.MemberReviews.Count(r => r.ReviewPeriodId == p.Id && r.NotRatedReason == absent),
                AbsentOrganizations = db.OrganizationReviews.Count(r => r.ReviewPeriodId == p.Id && r.NotRatedReason == absent),
                AbsentLeadership = db.LeadershipReviews.Count(r => r.ReviewPeriodId == p.Id && r.NotRatedReason == absent),
            })
            .SingleAsync(cancellationToken);
        return new UndecidedSubjects(
            new SubjectCounts(counts.Members, counts.Organizations, counts.Leadership),
            new SubjectCounts(counts.AbsentMembers, counts.AbsentOrganizations, counts.AbsentLeadership));
    }

    private async Task<ReviewPeriod?> FindAsync(int year, CancellationToken cancellationToken)
    {
        var committee = await currentCommittee.ForYearAsync(year, cancellationToken);
        return committee is null ? null
            : await db.ReviewPeriods.SingleOrDefaultAsync(p => p.CommitteeId == committee.Id && p.Year == year, cancellationToken);
    }
}
