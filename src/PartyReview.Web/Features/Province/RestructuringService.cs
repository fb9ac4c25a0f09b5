using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Province;

/// <summary>
/// The province's restructuring (ADR 0008): TCCS move from one committee to another as of a date, with their chi bộ
/// trực thuộc, members, ledgers and review history; a merge also ends the source and names the target its successor.
/// Each move is one transaction, audited, and reversible until the target decides a period of the move's year or later.
/// </summary>
public sealed class RestructuringService(PartyReviewDbContext db, IAuditContext auditContext, TimeProvider clock)
{
    /// <summary>The page: every committee (a province has tens, not thousands) and every move, newest first.</summary>
    public async Task<RestructuringViewModel> GetAsync(CancellationToken cancellationToken = default)
    {
        var committees = await db.Committees.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new
            {
                c.Id,
                c.Name,
                Organizations = db.Organizations.Count(o => o.CommitteeId == c.Id && o.ParentId == null),
                c.EndedOn,
                Successor = db.Committees.Where(s => s.Id == c.SucceededById).Select(s => s.Name).FirstOrDefault(),
                NewestYear = db.ReviewPeriods.Where(p => p.CommitteeId == c.Id).Max(p => (int?)p.Year),
                HasOpenPeriod = db.ReviewPeriods.Any(p => p.CommitteeId == c.Id && p.Status != ReviewPeriodStatus.Decided),
            })
            .ToListAsync(cancellationToken);
        var names = committees.ToDictionary(c => c.Id, c => c.Name);
        var moves = await db.OrganizationMoves.AsNoTracking().OrderByDescending(m => m.MovedAt).ToListAsync(cancellationToken);
        var decidedYears = await PeriodStatesAsync(moves.Select(m => m.ToCommitteeId), cancellationToken);
        return new RestructuringViewModel
        {
            Committees = [.. committees.Select(c => new CommitteeLine(c.Id, c.Name, c.Organizations, c.EndedOn, c.Successor, c.NewestYear, c.HasOpenPeriod))],
            Moves =
            [
                .. moves.Select(m => new MoveLine(
                    m.Id, names[m.FromCommitteeId], names[m.ToCommitteeId], m.EffectiveOn, m.OrganizationIds.Count, m.Merged, m.MovedBy, m.MovedAt,
                    m.ReversedBy, m.ReversedAt, Restructuring.CanReverse(m, decidedYears[m.ToCommitteeId]))),
            ],
        };
    }

    /// <summary>Moves the TCCS the form names (or, for a merge, all of them); the result says what moved where.</summary>
    public async Task<Result<MoveDone>> MoveAsync(MoveForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var from = await db.Committees.SingleOrDefaultAsync(c => c.Id == form.FromCommitteeId, cancellationToken);
        var to = await db.Committees.SingleOrDefaultAsync(c => c.Id == form.ToCommitteeId, cancellationToken);
        if (from is null || to is null || form.EffectiveOn is not { } effectiveOn)
        {
            return Failed.As<MoveDone>(Result.Fail(nameof(MoveForm.FromCommitteeId), ProvinceMessages.UnknownCommittee));
        }

        // The TCCS: all of the source's on a merge, else the codes typed (a chi bộ trực thuộc goes with its đảng bộ).
        var sourceOrganizations = await db.Organizations.AsNoTracking().Where(o => o.CommitteeId == from.Id)
            .Select(o => new { o.Id, o.Code, o.ParentId }).ToListAsync(cancellationToken);
        List<int> moved;
        if (form.Merge)
        {
            moved = [.. sourceOrganizations.Where(o => o.ParentId == null).Select(o => o.Id)];
        }
        else
        {
            moved = [];
            foreach (var code in form.CodeList())
            {
                var found = sourceOrganizations.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase));
                if (found is null)
                {
                    return Failed.As<MoveDone>(Result.Fail(nameof(MoveForm.Codes), ProvinceMessages.UnknownCode, code, from.Name));
                }

                if (found.ParentId is not null)
                {
                    return Failed.As<MoveDone>(Result.Fail(nameof(MoveForm.Codes), ProvinceMessages.AffiliatedCellCode, code));
                }

                moved.Add(found.Id);
            }
        }

        var periods = await PeriodStatesAsync([from.Id, to.Id], cancellationToken);
        var (sourcePeriods, targetPeriods) = (periods[from.Id], periods[to.Id]);
        var problem = Restructuring.Check(from, to, effectiveOn, moved.Count, sourcePeriods, targetPeriods);
        if (problem != MoveProblem.None)
        {
            var year = problem == MoveProblem.SourceHasOpenPeriod
                ? sourcePeriods.Where(p => !p.Decided).Min(p => p.Year)
                : targetPeriods.Where(p => p.Decided).Select(p => p.Year).DefaultIfEmpty(0).Max();
            var named = problem == MoveProblem.SourceHasOpenPeriod ? from.Name : to.Name;
            return Failed.As<MoveDone>(Result.Fail(null, ProvinceMessages.KeyOf(problem), named, year));
        }

        var organizationIds = OrganizationsWithCells(moved, sourceOrganizations.Select(o => (o.Id, o.ParentId)));
        if (await CodeClashAsync(organizationIds, to, cancellationToken) is { } clash)
        {
            return Failed.As<MoveDone>(clash);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var accounts = await db.Users
            .Where(u => u.CommitteeId == from.Id && (form.Merge || (u.OrganizationId != null && organizationIds.Contains(u.OrganizationId.Value))))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        await Rebind(organizationIds, accounts, to.Id, cancellationToken);
        var move = new OrganizationMove
        {
            FromCommitteeId = from.Id,
            ToCommitteeId = to.Id,
            EffectiveOn = effectiveOn,
            OrganizationIds = moved,
            AccountIds = accounts,
            Merged = form.Merge,
            MovedBy = auditContext.UserName,
            MovedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.OrganizationMoves.Add(move);
        if (form.Merge)
        {
            from.EndedOn = Restructuring.EndOfMergedCommittee(effectiveOn);
            from.SucceededById = to.Id;
            from.MarkChanged();
        }

        auditContext.Source = $"Sắp xếp tổ chức: chuyển từ {from.Name} sang {to.Name} từ ngày {VietnameseFormat.Date(effectiveOn)}";
        foreach (var id in moved)
        {
            db.Audit.Record("Organization", id, "Chuyển đảng ủy", from.Name, to.Name, organizationId: id);
        }

        if (form.Merge)
        {
            db.Audit.Record("Committee", from.Id, "Sáp nhập", null, $"Kết thúc ngày {VietnameseFormat.Date(from.EndedOn!.Value)}; đơn vị kế thừa: {to.Name}");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(new MoveDone(move.Id, moved.Count, to.Name, effectiveOn));
    }

    /// <summary>Reverses a move: the organizations, their members, ledgers and accounts go back; a merged source works again.</summary>
    /// <returns>Null when there is no such move.</returns>
    public async Task<Result<string>?> ReverseAsync(int moveId, CancellationToken cancellationToken = default)
    {
        var move = await db.OrganizationMoves.SingleOrDefaultAsync(m => m.Id == moveId, cancellationToken);
        if (move is null)
        {
            return null;
        }

        var decidedYears = await PeriodStatesAsync([move.ToCommitteeId], cancellationToken);
        if (!Restructuring.CanReverse(move, decidedYears[move.ToCommitteeId]))
        {
            return Failed.As<string>(Result.Fail(null, ProvinceMessages.CannotReverse));
        }

        var from = await db.Committees.SingleAsync(c => c.Id == move.FromCommitteeId, cancellationToken);
        var to = await db.Committees.SingleAsync(c => c.Id == move.ToCommitteeId, cancellationToken);
        var targetOrganizations = await db.Organizations.AsNoTracking().Where(o => o.CommitteeId == to.Id)
            .Select(o => new { o.Id, o.ParentId }).ToListAsync(cancellationToken);
        var organizationIds = OrganizationsWithCells(move.OrganizationIds, targetOrganizations.Select(o => (o.Id, o.ParentId)));
        if (await CodeClashAsync(organizationIds, from, cancellationToken) is { } clash)
        {
            return Failed.As<string>(clash);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Rebind(organizationIds, move.AccountIds, from.Id, cancellationToken);
        move.ReversedAt = clock.GetUtcNow().UtcDateTime;
        move.ReversedBy = auditContext.UserName;
        if (move.Merged)
        {
            from.EndedOn = null;
            from.SucceededById = null;
            from.MarkChanged();
        }

        auditContext.Source = $"Hoàn tác sắp xếp tổ chức: về lại {from.Name} từ {to.Name}";
        foreach (var id in move.OrganizationIds)
        {
            db.Audit.Record("Organization", id, "Hoàn tác chuyển đảng ủy", to.Name, from.Name, organizationId: id);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(from.Name);
    }

    /// <summary>The TCCS and their chi bộ trực thuộc.</summary>
    private static List<int> OrganizationsWithCells(IReadOnlyCollection<int> tccs, IEnumerable<(int Id, int? ParentId)> organizations) =>
        [.. tccs, .. organizations.Where(o => o.ParentId is { } parent && tccs.Contains(parent)).Select(o => o.Id)];

    /// <summary>Codes are unique within a committee: a moved organization or member must not meet its code there.</summary>
    private async Task<Result?> CodeClashAsync(List<int> organizationIds, Domain.Committees.Committee target, CancellationToken cancellationToken)
    {
        var organizationCode = await db.Organizations.Where(o => organizationIds.Contains(o.Id))
            .Where(o => db.Organizations.Any(t => t.CommitteeId == target.Id && t.Code == o.Code && !organizationIds.Contains(t.Id)))
            .Select(o => o.Code).FirstOrDefaultAsync(cancellationToken);
        if (organizationCode is not null)
        {
            return Result.Fail(nameof(MoveForm.Codes), ProvinceMessages.CodeTaken, organizationCode, target.Name);
        }

        var memberCode = await db.Members.Where(m => m.OrganizationId != null && organizationIds.Contains(m.OrganizationId.Value))
            .Where(m => db.Members.Any(t => t.CommitteeId == target.Id && t.MemberCode == m.MemberCode && t.Id != m.Id))
            .Select(m => m.MemberCode).FirstOrDefaultAsync(cancellationToken);
        return memberCode is null ? null : Result.Fail(nameof(MoveForm.Codes), ProvinceMessages.MemberCodeTaken, memberCode, target.Name);
    }

    /// <summary>
    /// Binds the organizations, their members and the accounts to the committee, in the caller's transaction. Ledger
    /// entries and reviews name the organization, so the history moves with it: headcounts and movements read from the
    /// ledger follow it (ADR 0008). Set-based updates: a committee's few hundred TCCS and their members move in a handful of statements.
    /// </summary>
    private async Task Rebind(List<int> organizationIds, List<string> accountIds, int committeeId, CancellationToken cancellationToken)
    {
        await db.Organizations.Where(o => organizationIds.Contains(o.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.CommitteeId, committeeId).SetProperty(o => o.Version, o => o.Version + 1), cancellationToken);
        await db.Members.Where(m => m.OrganizationId != null && organizationIds.Contains(m.OrganizationId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CommitteeId, committeeId).SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        if (accountIds.Count > 0)
        {
            await db.Users.Where(u => accountIds.Contains(u.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.CommitteeId, committeeId), cancellationToken);
        }
    }

    /// <summary>The periods of each committee named (its years and whether each is decided), in one query.</summary>
    private async Task<Dictionary<int, List<Restructuring.PeriodState>>> PeriodStatesAsync(IEnumerable<int> committeeIds, CancellationToken cancellationToken)
    {
        var ids = committeeIds.Distinct().ToList();
        var periods = await db.ReviewPeriods.AsNoTracking().Where(p => ids.Contains(p.CommitteeId))
            .Select(p => new { p.CommitteeId, p.Year, p.Status }).ToListAsync(cancellationToken);
        return ids.ToDictionary(id => id, id => periods.Where(p => p.CommitteeId == id)
            .Select(p => new Restructuring.PeriodState(p.Year, p.Status == ReviewPeriodStatus.Decided)).ToList());
    }
}
