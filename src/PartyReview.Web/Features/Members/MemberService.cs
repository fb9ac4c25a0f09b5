using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Web.Features.Movements;
using PartyReview.Domain.Text;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Members;

/// <summary>The committee's members: search (with or without diacritics), Vietnamese order, create, edit, history.</summary>
public sealed class MemberService(PartyReviewDbContext db, CurrentCommittee currentCommittee, MovementService movements, TimeProvider clock)
{
    public async Task<PagedList<MemberLine>> ListAsync(
        string? query, int? organizationId, MemberStatus? status, bool includeLeft, int page, DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var members = await QueryAsync(query, organizationId, status, includeLeft, on, cancellationToken);
        var total = await members.CountAsync(cancellationToken);
        var items = await members.Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize).ToListAsync(cancellationToken);
        return new PagedList<MemberLine>(items, page, Paging.DefaultPageSize, total);
    }

    /// <summary>
    /// The list's rows with its filters, in Vietnamese name order, projected in the database: the page counts and pages
    /// it, the export streams all of it. With <paramref name="on"/>, membership as the ledger gives it at the end of that
    /// date (organization and status then), instead of today.
    /// </summary>
    public async Task<IQueryable<MemberLine>> QueryAsync(
        string? query, int? organizationId, MemberStatus? status, bool includeLeft, DateOnly? on, CancellationToken cancellationToken = default)
    {
        var committeeId = (await currentCommittee.GetAsync(cancellationToken))?.Id ?? -1;
        var members = db.Members.AsNoTracking().Where(m => m.CommitteeId == committeeId);
        if (on is { } date)
        {
            return QueryOn(Search(members, query), committeeId, date, organizationId, status);
        }

        if (!includeLeft)
        {
            members = members.Where(m => m.LeftOn == null);
        }

        members = Search(members, query);
        if (organizationId is { } organization)
        {
            members = members.Where(m => m.OrganizationId == organization);
        }

        if (status is { } s)
        {
            members = members.Where(m => m.Status == s);
        }

        return from m in members
               join o in db.Organizations on m.OrganizationId equals o.Id into joined
               from o in joined.DefaultIfEmpty()
               orderby m.SortKey, m.Id
               select new MemberLine(m.Id, m.MemberCode, m.FullName, m.Gender, m.BirthDate, m.AdmittedOn, m.Status, m.PartyCardNumber, o == null ? null : o.Name, m.LeftOn);
    }

    private static IQueryable<Member> Search(IQueryable<Member> members, string? query)
    {
        var key = VietnameseText.SearchKey(query);
        if (key.Length == 0)
        {
            return members;
        }

        var raw = query!.Trim();
        var code = raw.ToUpperInvariant();
        return members.Where(m => m.SearchName.Contains(key) || m.PartyCardNumber == raw || m.MemberCode == code);
    }

    /// <summary>The members at the end of a date, where the ledger places them then, with their status then.</summary>
    private IQueryable<MemberLine> QueryOn(IQueryable<Member> members, int committeeId, DateOnly date, int? organizationId, MemberStatus? status)
    {
        var placed = from m in members
                     join p in LedgerQueries.PlacementsOn(db, committeeId, date) on m.Id equals p.MemberId
                     join o in db.Organizations on p.OrganizationId equals o.Id
                     where organizationId == null || p.OrganizationId == organizationId
                     select new { Member = m, Organization = o.Name, Official = m.OfficialOn != null && m.OfficialOn <= date };
        if (status is { } s)
        {
            var official = s == MemberStatus.Official;
            placed = placed.Where(x => x.Official == official);
        }

        return placed.OrderBy(x => x.Member.SortKey).ThenBy(x => x.Member.Id)
            .Select(x => new MemberLine(
                x.Member.Id, x.Member.MemberCode, x.Member.FullName, x.Member.Gender, x.Member.BirthDate, x.Member.AdmittedOn,
                x.Official ? MemberStatus.Official : MemberStatus.Probationary, x.Member.PartyCardNumber, x.Organization, null));
    }

    public async Task<IReadOnlyList<OrganizationOption>> OrganizationsAsync(int? only, CancellationToken cancellationToken = default)
    {
        var committeeId = (await currentCommittee.GetAsync(cancellationToken))?.Id ?? -1;
        return await db.Organizations.AsNoTracking()
            .Where(o => o.CommitteeId == committeeId && o.DissolvedOn == null && (only == null || o.Id == only))
            .OrderBy(o => o.Code).Select(o => new OrganizationOption(o.Id, o.Code, o.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The member's organization now, for scope checks; null when unknown.</summary>
    public Task<int?> OrganizationOfAsync(int id, CancellationToken cancellationToken = default) =>
        db.Members.Where(m => m.Id == id).Select(m => m.OrganizationId).SingleOrDefaultAsync(cancellationToken);

    public async Task<MemberDetailsViewModel?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var committeeId = (await currentCommittee.GetAsync(cancellationToken))?.Id ?? -1;
        var member = await (
                from m in db.Members.AsNoTracking()
                join o in db.Organizations on m.OrganizationId equals o.Id into joined
                from o in joined.DefaultIfEmpty()
                where m.Id == id && m.CommitteeId == committeeId
                select new MemberLine(m.Id, m.MemberCode, m.FullName, m.Gender, m.BirthDate, m.AdmittedOn, m.Status, m.PartyCardNumber, o == null ? null : o.Name, m.LeftOn))
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var reviews = await (
                from r in db.MemberReviews.AsNoTracking()
                join p in db.ReviewPeriods on r.ReviewPeriodId equals p.Id
                join o in db.Organizations on r.OrganizationId equals o.Id
                where r.MemberId == id
                orderby p.Year descending
                select new MemberReviewLine(p.Year, r.Level, r.Score, r.NotRatedReason, o.Name))
            .ToListAsync(cancellationToken);
        return new MemberDetailsViewModel
        {
            Member = member,
            Reviews = reviews,
            Ledger = (await movements.GetLedgerAsync(id, cancellationToken))!,
            History = await History.ReadAsync(db, a => a.MemberId == id, cancellationToken),
        };
    }

    public async Task<MemberForm?> GetFormAsync(int id, CancellationToken cancellationToken = default)
    {
        var committeeId = (await currentCommittee.GetAsync(cancellationToken))?.Id ?? -1;
        return await db.Members.AsNoTracking().Where(m => m.Id == id && m.CommitteeId == committeeId)
            .Select(m => new MemberForm { MemberCode = m.MemberCode, FullName = m.FullName, Gender = m.Gender, BirthDate = m.BirthDate })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Creates a member with the first entry of their ledger (admitted here, or received from outside), or updates an
    /// existing member's own particulars; returns the field errors, empty when saved.
    /// </summary>
    public async Task<Dictionary<string, string>> SaveAsync(int? id, MemberForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committee = await currentCommittee.GetAsync(cancellationToken) ?? throw new InvalidOperationException("No committee.");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new Dictionary<string, string>();
        var code = form.MemberCode!.Trim().ToUpperInvariant();
        if (await db.Members.AnyAsync(m => m.CommitteeId == committee.Id && m.MemberCode == code && m.Id != id, cancellationToken))
        {
            errors[nameof(form.MemberCode)] = $"Mã đảng viên {code} đã được dùng.";
        }

        if (id is not null)
        {
            if (errors.Count > 0)
            {
                return errors;
            }

            var existing = await db.Members.SingleOrDefaultAsync(m => m.Id == id && m.CommitteeId == committee.Id, cancellationToken) ?? throw new KeyNotFoundException();
            if (form.BirthDate!.Value.AddYears(18) > existing.AdmittedOn)
            {
                errors[nameof(form.BirthDate)] = "Đảng viên phải đủ 18 tuổi khi kết nạp.";
                return errors;
            }

            existing.MemberCode = code;
            existing.FullName = form.FullName!;
            existing.Gender = form.Gender!.Value;
            existing.BirthDate = form.BirthDate!.Value;
            await db.SaveChangesAsync(cancellationToken);
            return errors;
        }

        var received = form.EntryKind == MembershipEventKind.TransferredIn;
        if (form.EntryKind is not (MembershipEventKind.Admitted or MembershipEventKind.TransferredIn))
        {
            errors[nameof(form.EntryKind)] = "Chọn kết nạp mới hoặc tiếp nhận chuyển sinh hoạt đến.";
        }

        if (form.OrganizationId is not { } organization
            || !await db.Organizations.AnyAsync(o => o.Id == organization && o.CommitteeId == committee.Id, cancellationToken))
        {
            errors[nameof(form.OrganizationId)] = "Chọn tổ chức đảng viên sinh hoạt.";
        }

        if (form.AdmittedOn is not { } admitted)
        {
            errors[nameof(form.AdmittedOn)] = "Nhập ngày kết nạp.";
        }
        else if (admitted > today)
        {
            errors[nameof(form.AdmittedOn)] = "Ngày kết nạp không được ở tương lai.";
        }
        else if (form.BirthDate is { } born && born.AddYears(18) > admitted)
        {
            errors[nameof(form.BirthDate)] = "Đảng viên phải đủ 18 tuổi khi kết nạp.";
        }

        if (received && form.ReceivedOn is not { })
        {
            errors[nameof(form.ReceivedOn)] = "Nhập ngày tiếp nhận.";
        }
        else if (received && form.ReceivedOn < form.AdmittedOn)
        {
            errors[nameof(form.ReceivedOn)] = "Ngày tiếp nhận phải sau ngày kết nạp.";
        }

        if (received && form.OfficialOn is { } official && form.AdmittedOn is { } a && official < a.AddMonths(MembershipLedger.ProbationMonths))
        {
            errors[nameof(form.OfficialOn)] = "Ngày chính thức phải sau ngày kết nạp ít nhất 12 tháng.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var member = new Member
        {
            CommitteeId = committee.Id,
            MemberCode = code,
            FullName = form.FullName!,
            Gender = form.Gender!.Value,
            BirthDate = form.BirthDate!.Value,
            AdmittedOn = form.AdmittedOn!.Value,
            OfficialOn = received ? form.OfficialOn : null,
        };
        var first = new MembershipEvent
        {
            Kind = form.EntryKind!.Value,
            OccurredOn = received ? form.ReceivedOn!.Value : form.AdmittedOn!.Value,
            OrganizationId = form.OrganizationId!.Value,
            DecisionNumber = string.IsNullOrWhiteSpace(form.DecisionNumber) ? null : form.DecisionNumber.Trim(),
            CardNumber = received && !string.IsNullOrWhiteSpace(form.PartyCardNumber) ? form.PartyCardNumber.Trim() : null,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await movements.EnterAsync(member, first, cancellationToken);
        if (!result.Succeeded)
        {
            errors[result.Field == nameof(EventForm.CardNumber) ? nameof(form.PartyCardNumber)
                : result.Field == nameof(EventForm.OccurredOn) ? (received ? nameof(form.ReceivedOn) : nameof(form.AdmittedOn))
                : ""] = result.Error!;
        }

        return errors;
    }
}
