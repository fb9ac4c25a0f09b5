using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Auditing;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Movements;

/// <summary>The outcome of a ledger change: nothing written and why, or done.</summary>
public sealed record LedgerResult(string? Error, string? Field = null)
{
    public static LedgerResult Done { get; } = new((string?)null);
    public bool Succeeded => Error is null;
}

/// <summary>
/// The membership ledger's use cases: record the next entry of a member, correct or remove the last one, admit a batch
/// from one decision. Each checks the whole ledger with <see cref="MembershipLedger"/>, refuses entries in a year whose
/// review is decided, writes the member's resulting state, keeps the open review period's member list in step, and
/// audits, all in one transaction.
/// </summary>
public sealed class MovementService(
    PartyReviewDbContext db, CurrentCommittee currentCommittee, IAuditContext audit, TimeProvider clock, ILogger<MovementService> logger)
{
    private const string EntityType = "MembershipEvent";
    private Dictionary<int, string>? _organizationNames;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<MemberLedgerViewModel?> GetLedgerAsync(int memberId, CancellationToken cancellationToken = default)
    {
        var committeeId = await CommitteeIdAsync(cancellationToken);
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId && m.CommitteeId == committeeId)
            .Select(m => new { m.Id, m.FullName, m.OrganizationId }).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var names = await OrganizationNamesAsync(cancellationToken);
        var events = MembershipLedger.Ordered(await db.MembershipEvents.AsNoTracking().Where(e => e.MemberId == memberId).ToListAsync(cancellationToken));
        var locked = await LockedYearsAsync(committeeId, cancellationToken);
        return new MemberLedgerViewModel
        {
            MemberId = member.Id,
            FullName = member.FullName,
            Lines = [.. events.Select((e, i) => new LedgerLine(
                e.Id, e.Kind, e.OccurredOn, names.GetValueOrDefault(e.OrganizationId, "?"),
                e.CounterpartOrganizationId is { } c ? names.GetValueOrDefault(c, "?") : null,
                e.CardNumber, e.DecisionNumber, e.Note, e.RecordedBy, e.RecordedAt,
                IsLast: i == events.Count - 1 || (i == events.Count - 2 && IsTransferPair(e, events[^1])),
                IsLocked: locked.Contains(e.OccurredOn.Year)))],
            Organizations = [.. names.Select(n => new Members.OrganizationOption(n.Key, "", n.Value))],
            Next = new EventForm { OccurredOn = Today },
        };
    }

    /// <summary>The form of one entry, for its correction.</summary>
    public async Task<EventForm?> GetEventFormAsync(int memberId, int eventId, CancellationToken cancellationToken = default) =>
        await db.MembershipEvents.AsNoTracking().Where(e => e.Id == eventId && e.MemberId == memberId)
            .Select(e => new EventForm
            {
                Kind = e.Kind, OccurredOn = e.OccurredOn, OrganizationId = e.CounterpartOrganizationId, DecisionNumber = e.DecisionNumber,
                Note = e.Note, CardNumber = e.CardNumber,
            })
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Records the member's next entry; a transfer to another organization of the committee records both sides.</summary>
    public async Task<LedgerResult> RecordAsync(int memberId, EventForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committeeId = await CommitteeIdAsync(cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.CommitteeId == committeeId, cancellationToken);
        if (member is null)
        {
            return new LedgerResult("Không tìm thấy đảng viên.");
        }

        var existing = await db.MembershipEvents.Where(e => e.MemberId == memberId).ToListAsync(cancellationToken);
        var origin = MembershipLedger.OriginOf(member, existing);
        var state = MembershipLedger.Replay(origin, existing).State;
        var ordered = MembershipLedger.Ordered(existing);
        var current = state.OrganizationId ?? (ordered.Count > 0 ? ordered[^1].OrganizationId : null);
        var names = await OrganizationNamesAsync(cancellationToken);
        var kind = form.Kind!.Value;
        var date = form.OccurredOn!.Value;
        var entry = NewEvent(memberId, kind, date, current ?? 0, form);
        var additions = new List<MembershipEvent> { entry };
        switch (kind)
        {
            case MembershipEventKind.Admitted:
                return new LedgerResult("Kết nạp là sự kiện đầu tiên của đảng viên; hãy dùng \"Kết nạp đảng viên mới\".", nameof(form.Kind));
            case MembershipEventKind.TransferredIn:
                if (form.OrganizationId is not { } receiving || !names.ContainsKey(receiving))
                {
                    return new LedgerResult("Chọn tổ chức tiếp nhận đảng viên.", nameof(form.OrganizationId));
                }

                entry.OrganizationId = receiving;
                break;
            case MembershipEventKind.TransferredOut when form.OrganizationId is { } destination:
                if (!names.ContainsKey(destination))
                {
                    return new LedgerResult("Tổ chức chuyển đến không tồn tại.", nameof(form.OrganizationId));
                }

                if (destination == current)
                {
                    return new LedgerResult("Tổ chức chuyển đến trùng với tổ chức đang sinh hoạt.", nameof(form.OrganizationId));
                }

                entry.CounterpartOrganizationId = destination;
                additions.Add(NewEvent(memberId, MembershipEventKind.TransferredIn, date, destination, form, counterpart: current));
                break;
        }

        if (kind != MembershipEventKind.PartyCardIssued && kind != MembershipEventKind.TransferredIn)
        {
            entry.CardNumber = null;
        }

        if (current is null && kind != MembershipEventKind.TransferredIn)
        {
            return new LedgerResult("Đảng viên chưa có trong sổ: sự kiện đầu tiên phải là kết nạp hoặc tiếp nhận chuyển sinh hoạt đến.", nameof(form.Kind));
        }

        return await WriteAsync(member, existing, additions, [], Describe(entry, names), cancellationToken);
    }

    /// <summary>Corrects an entry's date, decision, note or card number; the whole ledger is checked again and the change audited.</summary>
    public async Task<LedgerResult> EditAsync(int memberId, int eventId, EventForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committeeId = await CommitteeIdAsync(cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.CommitteeId == committeeId, cancellationToken);
        var existing = await db.MembershipEvents.Where(e => e.MemberId == memberId).ToListAsync(cancellationToken);
        var entry = existing.SingleOrDefault(e => e.Id == eventId);
        if (member is null || entry is null)
        {
            return new LedgerResult("Không tìm thấy sự kiện.");
        }

        var origin = MembershipLedger.OriginOf(member, existing);
        var locked = await LockedYearsAsync(committeeId, cancellationToken);
        if (locked.Contains(entry.OccurredOn.Year))
        {
            return new LedgerResult(LockedMessage(entry.OccurredOn.Year));
        }

        var names = await OrganizationNamesAsync(cancellationToken);
        var before = Describe(entry, names);
        var changes = new List<(string Field, string? Old, string? New)>();
        var date = form.OccurredOn!.Value;
        var decision = Clean(form.DecisionNumber);
        var note = Clean(form.Note);
        var card = entry.Kind is MembershipEventKind.PartyCardIssued or MembershipEventKind.TransferredIn ? Clean(form.CardNumber) : entry.CardNumber;
        var partner = entry.IsInternalTransfer ? existing.SingleOrDefault(e => e.Id != entry.Id && (IsTransferPair(e, entry) || IsTransferPair(entry, e))) : null;
        if (date != entry.OccurredOn)
        {
            changes.Add(("Ngày", VietnameseFormat.Date(entry.OccurredOn), VietnameseFormat.Date(date)));
            entry.OccurredOn = date;
            if (partner is not null)
            {
                partner.OccurredOn = date;
            }
        }

        if (decision != entry.DecisionNumber)
        {
            changes.Add(("Số quyết định", entry.DecisionNumber, decision));
            entry.DecisionNumber = decision;
        }

        if (note != entry.Note)
        {
            changes.Add(("Ghi chú", entry.Note, note));
            entry.Note = note;
        }

        if (card != entry.CardNumber)
        {
            changes.Add(("Số thẻ", entry.CardNumber, card));
            entry.CardNumber = card;
        }

        if (changes.Count == 0)
        {
            return LedgerResult.Done;
        }

        return await WriteAsync(member, existing, [], changes.Select(c => (c.Field, c.Old, c.New)).ToList(), $"Sửa sự kiện: {before}", cancellationToken, origin, entry);
    }

    /// <summary>Removes the last entry of a member's ledger (both sides of a transfer between two organizations), with a reason.</summary>
    public async Task<LedgerResult> DeleteLastAsync(int memberId, int eventId, string reason, CancellationToken cancellationToken = default)
    {
        var committeeId = await CommitteeIdAsync(cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.CommitteeId == committeeId, cancellationToken);
        var existing = await db.MembershipEvents.Where(e => e.MemberId == memberId).ToListAsync(cancellationToken);
        var ordered = MembershipLedger.Ordered(existing);
        if (member is null || ordered.Count == 0 || existing.All(e => e.Id != eventId))
        {
            return new LedgerResult("Không tìm thấy sự kiện.");
        }

        var removed = ordered[^1].Id == eventId ? [ordered[^1]]
            : ordered.Count >= 2 && ordered[^2].Id == eventId && IsTransferPair(ordered[^2], ordered[^1]) ? new List<MembershipEvent> { ordered[^2], ordered[^1] }
            : null;
        if (removed is null)
        {
            return new LedgerResult("Chỉ xóa được sự kiện cuối cùng; sự kiện trước đó hãy sửa hoặc ghi sự kiện mới.");
        }

        if (removed.Count == ordered.Count)
        {
            return new LedgerResult("Không thể xóa sự kiện vào sổ duy nhất của đảng viên.");
        }

        if (removed[^1].IsInternalTransfer && removed.Count == 1 && ordered.Count >= 2 && IsTransferPair(ordered[^2], ordered[^1]))
        {
            removed.Insert(0, ordered[^2]);
        }

        var committeeLocks = await LockedYearsAsync(committeeId, cancellationToken);
        if (removed.FirstOrDefault(e => committeeLocks.Contains(e.OccurredOn.Year)) is { } lockedEntry)
        {
            return new LedgerResult(LockedMessage(lockedEntry.OccurredOn.Year));
        }

        var origin = MembershipLedger.OriginOf(member, existing);
        var names = await OrganizationNamesAsync(cancellationToken);
        var remaining = existing.Except(removed).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MembershipEvents.RemoveRange(removed);
        var (state, _) = MembershipLedger.Replay(origin, remaining);
        member.ApplyLedger(state);
        audit.Source = $"Xóa sự kiện đảng tịch. Lý do: {reason.Trim()}";
        foreach (var e in removed)
        {
            Audit(member, e.OrganizationId, "Xóa sự kiện", Describe(e, names), null);
        }

        await SyncOpenPeriodsAsync(member, origin, remaining, committeeId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Removed ledger entry {EventId} of member {MemberId}", eventId, memberId);
        return LedgerResult.Done;
    }

    /// <summary>
    /// Writes a new member and their first entry (admitted here, or received from outside the committee). Used by the
    /// member form and by batch admissions; the caller has validated the member's own fields.
    /// </summary>
    public async Task<LedgerResult> EnterAsync(Member member, MembershipEvent first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(first);
        var names = await OrganizationNamesAsync(cancellationToken);
        first.RecordedBy ??= audit.UserName;
        first.RecordedAt ??= clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        first.MemberId = member.Id;
        var result = await WriteAsync(member, [], [first], [], Describe(first, names), cancellationToken, transactionOpen: true);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Admits every filled row of the batch into one organization from one decision: all of them or none.</summary>
    public async Task<Dictionary<string, string>> AdmitBatchAsync(AdmissionBatchForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committeeId = await CommitteeIdAsync(cancellationToken);
        var names = await OrganizationNamesAsync(cancellationToken);
        var errors = new Dictionary<string, string>();
        var date = form.AdmittedOn!.Value;
        var rows = form.Rows.Select((row, index) => (row, index)).Where(r => !r.row.IsBlank).ToList();
        if (!names.ContainsKey(form.OrganizationId!.Value))
        {
            errors[nameof(form.OrganizationId)] = "Tổ chức không tồn tại.";
        }

        if (date > Today)
        {
            errors[nameof(form.AdmittedOn)] = $"Ngày kết nạp {VietnameseFormat.Date(date)} ở tương lai.";
        }
        else if ((await LockedYearsAsync(committeeId, cancellationToken)).Contains(date.Year))
        {
            errors[nameof(form.AdmittedOn)] = LockedMessage(date.Year);
        }

        if (rows.Count == 0)
        {
            errors[""] = "Nhập ít nhất một đảng viên được kết nạp.";
        }

        var codes = rows.Select(r => r.row.MemberCode?.Trim().ToUpperInvariant()).Where(c => !string.IsNullOrEmpty(c)).ToList();
        var taken = (await db.Members.Where(m => m.CommitteeId == committeeId && codes.Contains(m.MemberCode)).Select(m => m.MemberCode).ToListAsync(cancellationToken)).ToHashSet();
        var seen = new HashSet<string>();
        foreach (var (row, index) in rows)
        {
            var prefix = $"Rows[{index}].";
            if (string.IsNullOrWhiteSpace(row.FullName))
            {
                errors[prefix + nameof(row.FullName)] = "Nhập họ và tên.";
            }

            if (row.Gender is null)
            {
                errors[prefix + nameof(row.Gender)] = "Chọn giới tính.";
            }

            if (row.BirthDate is not { } born)
            {
                errors[prefix + nameof(row.BirthDate)] = "Nhập ngày sinh.";
            }
            else if (born.AddYears(18) > date)
            {
                errors[prefix + nameof(row.BirthDate)] = "Đảng viên phải đủ 18 tuổi khi kết nạp.";
            }

            var code = row.MemberCode?.Trim().ToUpperInvariant();
            if (!string.IsNullOrEmpty(code) && (taken.Contains(code) || !seen.Add(code)))
            {
                errors[prefix + nameof(row.MemberCode)] = $"Mã đảng viên {code} đã được dùng.";
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var nextCode = await NextMemberNumberAsync(committeeId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var members = new List<(Member Member, MembershipEvent Event)>();
        foreach (var (row, _) in rows)
        {
            var code = row.MemberCode?.Trim().ToUpperInvariant();
            var member = new Member
            {
                CommitteeId = committeeId,
                MemberCode = string.IsNullOrEmpty(code) ? $"DV{nextCode++:00000}" : code,
                FullName = row.FullName!,
                Gender = row.Gender!.Value,
                BirthDate = row.BirthDate!.Value,
                AdmittedOn = date,
            };
            db.Members.Add(member);
            members.Add((member, NewEvent(0, MembershipEventKind.Admitted, date, form.OrganizationId!.Value, new EventForm { DecisionNumber = form.DecisionNumber })));
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Source = $"Kết nạp {members.Count} đảng viên theo quyết định {form.DecisionNumber!.Trim()}";
        foreach (var (member, entry) in members)
        {
            entry.MemberId = member.Id;
            db.MembershipEvents.Add(entry);
            member.ApplyLedger(MembershipLedger.Replay(MemberOrigin.None, [entry]).State);
            Audit(member, entry.OrganizationId, "Ghi sự kiện", null, Describe(entry, names));
            await SyncOpenPeriodsAsync(member, MemberOrigin.None, [entry], committeeId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Admitted {Count} members into organization {OrganizationId}", members.Count, form.OrganizationId);
        return errors;
    }

    /// <summary>The member code the next new member gets when none is typed: DV and the next number.</summary>
    public async Task<int> NextMemberNumberAsync(int committeeId, CancellationToken cancellationToken = default)
    {
        var codes = await db.Members.Where(m => m.CommitteeId == committeeId && m.MemberCode.StartsWith("DV"))
            .OrderByDescending(m => m.MemberCode).Select(m => m.MemberCode).Take(1).ToListAsync(cancellationToken);
        return codes.Count == 1 && int.TryParse(codes[0].AsSpan(2), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
    }

    /// <summary>Probationary members whose twelve months are over, with the decision's due date; and those whose months end within 60 days.</summary>
    public async Task<ProbationViewModel> ProbationAsync(int? organizationId, CancellationToken cancellationToken = default)
    {
        var committeeId = await CommitteeIdAsync(cancellationToken);
        var today = Today;
        var horizon = today.AddDays(60).AddMonths(-MembershipLedger.ProbationMonths);
        var rows = await (
                from m in db.Members.AsNoTracking()
                join o in db.Organizations on m.OrganizationId equals o.Id
                where m.CommitteeId == committeeId && m.Status == MemberStatus.Probationary && m.AdmittedOn <= horizon
                      && (organizationId == null || m.OrganizationId == organizationId)
                orderby m.AdmittedOn, m.SortKey
                select new { m.Id, m.MemberCode, m.FullName, Organization = o.Code + " – " + o.Name, m.AdmittedOn })
            .ToListAsync(cancellationToken);
        var lines = rows.Select(r => new ProbationLine(
                r.Id, r.MemberCode, r.FullName, r.Organization, r.AdmittedOn, Probation.EndsOn(r.AdmittedOn), Probation.DecisionDueOn(r.AdmittedOn),
                Probation.DecisionDueOn(r.AdmittedOn).DayNumber - today.DayNumber))
            .ToList();
        return new ProbationViewModel
        {
            Today = today,
            Waiting = [.. lines.Where(l => l.ProbationEndsOn <= today)],
            Upcoming = [.. lines.Where(l => l.ProbationEndsOn > today)],
        };
    }

    /// <summary>A year's movements: the committee's tally and one line per organization, each counted by the database.</summary>
    public async Task<YearMovementsViewModel> YearAsync(int year, int? onlyOrganization, Reports.TallyService tallies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var committee = await currentCommittee.GetAsync(cancellationToken) ?? throw new InvalidOperationException("No committee.");
        var committeeId = committee.Id;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var tally = await tallies.GetMovementTallyAsync(committeeId, year, cancellationToken);
        var groups = await (
                from e in db.MembershipEvents
                join o in db.Organizations on e.OrganizationId equals o.Id
                where o.CommitteeId == committeeId && e.OccurredOn >= first && e.OccurredOn <= last
                group e by new { e.OrganizationId, e.Kind } into g
                select new { g.Key.OrganizationId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var atStart = await LedgerQueries.HeadcountChangesUpTo(db, committeeId, first.AddDays(-1)).GroupBy(c => c.OrganizationId)
            .Select(g => new { OrganizationId = g.Key, Count = g.Sum(c => c.Change) }).ToDictionaryAsync(x => x.OrganizationId, x => x.Count, cancellationToken);
        var atEnd = await LedgerQueries.HeadcountChangesUpTo(db, committeeId, last).GroupBy(c => c.OrganizationId)
            .Select(g => new { OrganizationId = g.Key, Count = g.Sum(c => c.Change) }).ToDictionaryAsync(x => x.OrganizationId, x => x.Count, cancellationToken);
        var targets = await db.AdmissionTargets.AsNoTracking().Where(t => t.CommitteeId == committeeId && t.Year == year && t.OrganizationId != null)
            .ToDictionaryAsync(t => t.OrganizationId!.Value, t => t.Target, cancellationToken);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.CommitteeId == committeeId && (onlyOrganization == null || o.Id == onlyOrganization))
            .OrderBy(o => o.Code).Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(cancellationToken);
        int Count(int organization, MembershipEventKind kind) => groups.Where(g => g.OrganizationId == organization && g.Kind == kind).Sum(g => g.Count);
        var lines = organizations
            .Select(o => new OrganizationMovements(
                o.Id, o.Code, o.Name, atStart.GetValueOrDefault(o.Id), Count(o.Id, MembershipEventKind.Admitted), Count(o.Id, MembershipEventKind.MadeOfficial),
                Count(o.Id, MembershipEventKind.TransferredIn), Count(o.Id, MembershipEventKind.TransferredOut), Count(o.Id, MembershipEventKind.Removed),
                Count(o.Id, MembershipEventKind.StruckOff), Count(o.Id, MembershipEventKind.Deceased), Count(o.Id, MembershipEventKind.PartyCardIssued),
                atEnd.GetValueOrDefault(o.Id), targets.TryGetValue(o.Id, out var t) ? t : null))
            .Where(l => onlyOrganization is not null || l.AtStart + l.AtEnd + l.Admitted + l.In + l.Out + l.Cards + l.MadeOfficial > 0)
            .ToList();
        return new YearMovementsViewModel
        {
            Year = year,
            Years = [.. Enumerable.Range(2015, Math.Max(Today.Year, year) - 2015 + 1).Reverse()],
            Committee = tally,
            Narrative = Domain.Reporting.SummaryNarrative.Movements(year, committee.ShortName, tally),
            Organizations = lines,
        };
    }

    public async Task<TargetsViewModel> GetTargetsAsync(int year, CancellationToken cancellationToken = default)
    {
        var committeeId = await CommitteeIdAsync(cancellationToken);
        var targets = await db.AdmissionTargets.AsNoTracking().Where(t => t.CommitteeId == committeeId && t.Year == year).ToListAsync(cancellationToken);
        var names = await OrganizationNamesAsync(cancellationToken);
        return new TargetsViewModel
        {
            Year = year,
            Form = new TargetsForm
            {
                CommitteeTarget = targets.SingleOrDefault(t => t.OrganizationId == null)?.Target,
                Organizations = targets.Where(t => t.OrganizationId != null).ToDictionary(t => t.OrganizationId!.Value, t => (int?)t.Target),
            },
            Organizations = [.. names.Select(n => new Members.OrganizationOption(n.Key, "", n.Value))],
        };
    }

    /// <summary>Saves the year's admission targets (the committee's and any organization's), audited.</summary>
    public async Task<LedgerResult> SaveTargetsAsync(int year, TargetsForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committeeId = await CommitteeIdAsync(cancellationToken);
        var names = await OrganizationNamesAsync(cancellationToken);
        if (form.Organizations.Keys.Any(id => !names.ContainsKey(id)))
        {
            return new LedgerResult("Tổ chức không tồn tại.");
        }

        if (form.Organizations.Values.Any(v => v is < 0 or > 100_000))
        {
            return new LedgerResult("Chỉ tiêu phải là số từ 0 đến 100.000.");
        }

        var targets = await db.AdmissionTargets.Where(t => t.CommitteeId == committeeId && t.Year == year).ToListAsync(cancellationToken);
        audit.Source = $"Chỉ tiêu kết nạp năm {year}";
        var wanted = form.Organizations.Where(p => p.Value is not null).Select(p => ((int?)p.Key, p.Value!.Value)).ToList();
        if (form.CommitteeTarget is { } committeeTarget)
        {
            wanted.Add((null, committeeTarget));
        }

        foreach (var target in targets.Where(t => wanted.All(w => w.Item1 != t.OrganizationId)))
        {
            db.AdmissionTargets.Remove(target);
            db.AuditEntries.Add(TargetAudit(target.OrganizationId, target.Target, null, names));
        }

        foreach (var (organization, value) in wanted)
        {
            var target = targets.SingleOrDefault(t => t.OrganizationId == organization);
            if (target is null)
            {
                db.AdmissionTargets.Add(new AdmissionTarget { CommitteeId = committeeId, Year = year, OrganizationId = organization, Target = value });
                db.AuditEntries.Add(TargetAudit(organization, null, value, names));
            }
            else if (target.Target != value)
            {
                db.AuditEntries.Add(TargetAudit(organization, target.Target, value, names));
                target.Target = value;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return LedgerResult.Done;
    }

    /// <summary>The organization an entry happened in, for the Secretary's scope; null when unknown.</summary>
    public Task<int?> OrganizationOfEventAsync(int eventId, CancellationToken cancellationToken = default) =>
        db.MembershipEvents.Where(e => e.Id == eventId).Select(e => (int?)e.OrganizationId).SingleOrDefaultAsync(cancellationToken);

    private AuditEntry TargetAudit(int? organization, int? old, int? value, Dictionary<int, string> names)
    {
        var entry = audit.Action(clock, "AdmissionTarget", organization ?? 0,
            organization is { } o ? $"Chỉ tiêu kết nạp – {names.GetValueOrDefault(o)}" : "Chỉ tiêu kết nạp – toàn Đảng bộ",
            old?.ToString(System.Globalization.CultureInfo.InvariantCulture), value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        entry.OrganizationId = organization;
        return entry;
    }

    private async Task<LedgerResult> WriteAsync(
        Member member, List<MembershipEvent> existing, IReadOnlyList<MembershipEvent> additions, IReadOnlyList<(string Field, string? Old, string? New)> edits,
        string description, CancellationToken cancellationToken, MemberOrigin? editOrigin = null, MembershipEvent? edited = null, bool transactionOpen = false)
    {
        var committeeId = member.CommitteeId;
        var names = await OrganizationNamesAsync(cancellationToken);
        var origin = editOrigin ?? MembershipLedger.OriginOf(member, existing.Concat(additions));

        var locked = await LockedYearsAsync(committeeId, cancellationToken);
        foreach (var e in additions.Concat(edited is null ? [] : [edited]))
        {
            if (locked.Contains(e.OccurredOn.Year))
            {
                return new LedgerResult(LockedMessage(e.OccurredOn.Year), nameof(EventForm.OccurredOn));
            }
        }

        var check = MembershipLedger.CheckChanged(
            origin, existing.Concat(additions), additions.Concat(edited is null ? [] : [edited]), Today, id => names.GetValueOrDefault(id, "?"));
        if (check is not null)
        {
            return new LedgerResult(check.Message, check.Message.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(EventForm.OccurredOn) : nameof(EventForm.Kind));
        }

        foreach (var card in additions.Concat(edited is null ? [] : [edited]).Select(e => e.CardNumber).Where(c => c is not null).Distinct())
        {
            if (await db.Members.AnyAsync(m => m.PartyCardNumber == card && m.Id != member.Id, cancellationToken)
                || await db.MembershipEvents.AnyAsync(e => e.CardNumber == card && e.MemberId != member.Id, cancellationToken))
            {
                return new LedgerResult($"Số thẻ {card} đã cấp cho đảng viên khác.", nameof(EventForm.CardNumber));
            }
        }

        var transaction = transactionOpen ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            audit.Source = edited is null ? $"Sổ đảng viên: {member.FullName}" : $"Sửa sự kiện đảng tịch: {member.FullName}";
            var all = existing.Concat(additions).ToList();
            foreach (var e in additions)
            {
                db.MembershipEvents.Add(e);
                Audit(member, e.OrganizationId, "Ghi sự kiện", null, Describe(e, names));
            }

            foreach (var (field, old, value) in edits)
            {
                Audit(member, edited!.OrganizationId, $"{description} – {field}", old, value);
            }

            member.ApplyLedger(MembershipLedger.Replay(origin, all).State);
            await SyncOpenPeriodsAsync(member, origin, all, committeeId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        logger.LogInformation("Ledger of member {MemberId}: {Description}", member.Id, description);
        return LedgerResult.Done;
    }

    /// <summary>
    /// Keeps each open review period's member list as the ledger says at its review date: a member who joined before it
    /// is added (not rated when admitted less than six months before), one who left is taken out, one who moved follows
    /// to the new organization. The sheets touched get a new version, so a grid loaded before sees the change.
    /// </summary>
    private async Task SyncOpenPeriodsAsync(Member member, MemberOrigin origin, IReadOnlyList<MembershipEvent> events, int committeeId, CancellationToken cancellationToken)
    {
        var periods = await db.ReviewPeriods.Where(p => p.CommitteeId == committeeId && p.Status == ReviewPeriodStatus.Open)
            .Select(p => new { p.Id, p.Year, p.ReviewDate }).ToListAsync(cancellationToken);
        foreach (var period in periods)
        {
            var state = MembershipLedger.StateOn(origin, events, period.ReviewDate);
            var review = member.Id == 0 ? null
                : await db.MemberReviews.SingleOrDefaultAsync(r => r.ReviewPeriodId == period.Id && r.MemberId == member.Id, cancellationToken);
            var touched = new List<int>();
            if (state.OrganizationId is { } organization)
            {
                if (review is null)
                {
                    review = new MemberReview { ReviewPeriodId = period.Id, MemberId = member.Id, OrganizationId = organization };
                    if (state.AdmittedOn is { } admitted && admitted > period.ReviewDate.AddMonths(-6))
                    {
                        review.MarkNotRated(NotRatedReason.NewlyAdmitted);
                    }

                    db.MemberReviews.Add(review);
                    AuditReview(member, period.Id, organization, "Vào danh sách kiểm điểm", null, $"năm {period.Year}");
                    touched.Add(organization);
                }
                else if (review.OrganizationId != organization)
                {
                    AuditReview(member, period.Id, organization, "Tổ chức kiểm điểm", Name(review.OrganizationId), Name(organization));
                    touched.Add(review.OrganizationId);
                    touched.Add(organization);
                    review.OrganizationId = organization;
                }
            }
            else if (review is not null)
            {
                AuditReview(member, period.Id, review.OrganizationId, "Rút khỏi danh sách kiểm điểm", review.Level?.Abbreviation() ?? (review.NotRatedReason is null ? "chưa xếp loại" : "không xếp loại"), null);
                touched.Add(review.OrganizationId);
                db.MemberReviews.Remove(review);
            }

            if (touched.Count > 0)
            {
                var sheets = await db.OrganizationReviews.Where(r => r.ReviewPeriodId == period.Id && touched.Contains(r.OrganizationId)).ToListAsync(cancellationToken);
                sheets.ForEach(s => s.MarkChanged());
            }
        }

        string Name(int id) => _organizationNames?.GetValueOrDefault(id) ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Audit(Member member, int organizationId, string action, string? old, string? value)
    {
        var entry = audit.Action(clock, EntityType, member.Id, action, old, value);
        entry.MemberId = member.Id;
        entry.OrganizationId = organizationId;
        db.AuditEntries.Add(entry);
    }

    private void AuditReview(Member member, int periodId, int organizationId, string action, string? old, string? value)
    {
        var entry = audit.Action(clock, nameof(MemberReview), member.Id, action, old, value, periodId);
        entry.MemberId = member.Id;
        entry.OrganizationId = organizationId;
        db.AuditEntries.Add(entry);
    }

    private MembershipEvent NewEvent(int memberId, MembershipEventKind kind, DateOnly date, int organizationId, EventForm form, int? counterpart = null) => new()
    {
        MemberId = memberId,
        Kind = kind,
        OccurredOn = date,
        OrganizationId = organizationId,
        CounterpartOrganizationId = counterpart,
        DecisionNumber = Clean(form.DecisionNumber),
        Note = Clean(form.Note),
        CardNumber = Clean(form.CardNumber),
        RecordedBy = audit.UserName,
        RecordedAt = clock.GetUtcNow().UtcDateTime,
    };

    private static bool IsTransferPair(MembershipEvent outward, MembershipEvent inward) =>
        outward.Kind == MembershipEventKind.TransferredOut && inward.Kind == MembershipEventKind.TransferredIn
        && outward.CounterpartOrganizationId == inward.OrganizationId && inward.CounterpartOrganizationId == outward.OrganizationId
        && outward.OccurredOn == inward.OccurredOn;

    private static string Describe(MembershipEvent e, IReadOnlyDictionary<int, string> names)
    {
        var text = $"{e.Kind.Name()} ngày {VietnameseFormat.Date(e.OccurredOn)} – {names.GetValueOrDefault(e.OrganizationId, "?")}";
        if (e.CounterpartOrganizationId is { } other)
        {
            text += (e.Kind == MembershipEventKind.TransferredOut ? " → " : " ← ") + names.GetValueOrDefault(other, "?");
        }

        if (e.DecisionNumber is not null)
        {
            text += $", QĐ số {e.DecisionNumber}";
        }

        if (e.CardNumber is not null)
        {
            text += $", thẻ số {e.CardNumber}";
        }

        return e.Note is null ? text : $"{text} ({e.Note})";
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string LockedMessage(int year) =>
        $"Kỳ đánh giá năm {year} đã quyết định (khóa): sự kiện đảng tịch trong năm {year} không thể ghi, sửa hay xóa.";

    private async Task<HashSet<int>> LockedYearsAsync(int committeeId, CancellationToken cancellationToken) =>
        [.. await db.ReviewPeriods.Where(p => p.CommitteeId == committeeId && p.Status == ReviewPeriodStatus.Decided).Select(p => p.Year).ToListAsync(cancellationToken)];

    private async Task<int> CommitteeIdAsync(CancellationToken cancellationToken) => (await currentCommittee.GetAsync(cancellationToken))?.Id ?? -1;

    private async Task<Dictionary<int, string>> OrganizationNamesAsync(CancellationToken cancellationToken)
    {
        if (_organizationNames is null)
        {
            var committeeId = await CommitteeIdAsync(cancellationToken);
            _organizationNames = await db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId).OrderBy(o => o.Code)
                .ToDictionaryAsync(o => o.Id, o => o.Code + " – " + o.Name, cancellationToken);
        }

        return _organizationNames;
    }
}
