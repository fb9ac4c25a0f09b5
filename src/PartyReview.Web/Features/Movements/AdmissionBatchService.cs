using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Movements;

/// <summary>Admissions from one decision: every filled row of the batch into one organization, all of them or none.</summary>
public sealed class AdmissionBatchService(
    PartyReviewDbContext db, LedgerLookups lookups, LedgerWriter writer, IAuditContext audit, ILogger<AdmissionBatchService> logger)
{
    /// <summary>Admits the batch; null when its organization is outside the user's scope.</summary>
    public async Task<Result?> AdmitAsync(AdmissionBatchForm form, Scope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(scope);
        var organizationId = form.OrganizationId!.Value;
        if (!scope.Includes(organizationId))
        {
            logger.LogWarning("{User} was refused admissions into organization {OrganizationId}", audit.UserName, organizationId);
            return null;
        }

        var committeeId = await lookups.CommitteeIdAsync(cancellationToken);
        var date = form.AdmittedOn!.Value;
        var rows = form.Rows.Select((row, index) => (row, index)).Where(r => !r.row.IsBlank).ToList();
        var errors = new List<ResultError>();
        if (!(await lookups.OrganizationNamesAsync(cancellationToken)).ContainsKey(organizationId))
        {
            errors.Add(new(nameof(form.OrganizationId), MovementsMessages.OrganizationUnknown));
        }

        if (date > lookups.Today)
        {
            errors.Add(new(nameof(form.AdmittedOn), MovementsMessages.AdmissionInFuture, VietnameseFormat.Date(date)));
        }
        else if ((await lookups.LockedYearsAsync(cancellationToken)).Contains(date.Year))
        {
            errors.Add(new(nameof(form.AdmittedOn), MovementsMessages.LockedYear, date.Year));
        }

        if (rows.Count == 0)
        {
            errors.Add(new(null, MovementsMessages.NoAdmissionRows));
        }

        errors.AddRange(await RowErrorsAsync(rows, committeeId, date, cancellationToken));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var nextNumber = await NextMemberNumberAsync(committeeId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var members = new List<(Member Member, MembershipEvent Event)>();
        foreach (var (row, _) in rows)
        {
            var code = Code(row);
            var member = new Member
            {
                CommitteeId = committeeId,
                MemberCode = string.IsNullOrEmpty(code) ? MemberCodes.Format(nextNumber++) : code,
                FullName = row.FullName!,
                Gender = row.Gender!.Value,
                BirthDate = row.BirthDate!.Value,
            };
            var entry = new MembershipEvent
            {
                Kind = MembershipEventKind.Admitted, OccurredOn = date, OrganizationId = organizationId,
                DecisionNumber = LedgerLookups.Clean(form.DecisionNumber), RecordedBy = audit.UserName, RecordedAt = lookups.UtcNow,
            };
            member.ApplyLedger(MembershipLedger.Replay(MemberOrigin.None, [entry]).State);
            db.Members.Add(member);
            members.Add((member, entry));
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Source = $"Kết nạp {members.Count} đảng viên theo quyết định {form.DecisionNumber!.Trim()}";
        foreach (var (member, entry) in members)
        {
            await writer.ApplyAsync(new LedgerWrite(member, MemberOrigin.None, []) { Additions = [entry] }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Admitted {Count} members into organization {OrganizationId}", members.Count, organizationId);
        return Result.Ok;
    }

    private async Task<List<ResultError>> RowErrorsAsync(List<(AdmissionRow Row, int Index)> rows, int committeeId, DateOnly date, CancellationToken cancellationToken)
    {
        var errors = new List<ResultError>();
        var codes = rows.Select(r => Code(r.Row)).Where(c => !string.IsNullOrEmpty(c)).ToList();
        var taken = (await db.Members.Where(m => m.CommitteeId == committeeId && codes.Contains(m.MemberCode)).Select(m => m.MemberCode).ToListAsync(cancellationToken)).ToHashSet();
        var seen = new HashSet<string>();
        foreach (var (row, index) in rows)
        {
            var prefix = $"Rows[{index}].";
            if (string.IsNullOrWhiteSpace(row.FullName))
            {
                errors.Add(new(prefix + nameof(row.FullName), MovementsMessages.FullNameRequired));
            }

            if (row.Gender is null)
            {
                errors.Add(new(prefix + nameof(row.Gender), MovementsMessages.GenderRequired));
            }

            if (row.BirthDate is not { } born)
            {
                errors.Add(new(prefix + nameof(row.BirthDate), MovementsMessages.BirthDateRequired));
            }
            else if (!AdmissionRules.IsOldEnough(born, date))
            {
                errors.Add(new(prefix + nameof(row.BirthDate), MovementsMessages.TooYoung));
            }

            var code = Code(row);
            if (!string.IsNullOrEmpty(code) && (taken.Contains(code) || !seen.Add(code)))
            {
                errors.Add(new(prefix + nameof(row.MemberCode), MovementsMessages.CodeTaken, code));
            }
        }

        return errors;
    }

    private static string? Code(AdmissionRow row) => row.MemberCode?.Trim().ToUpperInvariant();

    /// <summary>The number of the code the next new member gets when none is typed (<see cref="MemberCodes"/>).</summary>
    private async Task<int> NextMemberNumberAsync(int committeeId, CancellationToken cancellationToken)
    {
        var highest = await db.Members.Where(m => m.CommitteeId == committeeId && m.MemberCode.StartsWith(MemberCodes.Prefix))
            .OrderByDescending(m => m.MemberCode).Select(m => m.MemberCode).Take(1).ToListAsync(cancellationToken);
        return MemberCodes.NextNumber(highest);
    }
}
