using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Members;
using PartyReview.Domain.Text;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Members;

/// <summary>The committee's members: search (with or without diacritics), Vietnamese order, create, edit, history.</summary>
public sealed class MemberService(PartyReviewDbContext db, CurrentCommittee currentCommittee, TimeProvider clock)
{
    public async Task<PagedList<MemberLine>> ListAsync(
        string? query, int? organizationId, MemberStatus? status, bool includeLeft, int page, CancellationToken cancellationToken = default)
    {
        var committeeId = (await currentCommittee.GetAsync(cancellationToken))?.Id ?? -1;
        var members = db.Members.AsNoTracking().Where(m => m.CommitteeId == committeeId);
        if (!includeLeft)
        {
            members = members.Where(m => m.LeftOn == null);
        }

        var key = VietnameseText.SearchKey(query);
        if (key.Length > 0)
        {
            var raw = query!.Trim();
            var code = raw.ToUpperInvariant();
            members = members.Where(m => m.SearchName.Contains(key) || m.PartyCardNumber == raw || m.MemberCode == code);
        }

        if (organizationId is { } organization)
        {
            members = members.Where(m => m.OrganizationId == organization);
        }

        if (status is { } s)
        {
            members = members.Where(m => m.Status == s);
        }

        var total = await members.CountAsync(cancellationToken);
        var items = await (
                from m in members
                join o in db.Organizations on m.OrganizationId equals o.Id into joined
                from o in joined.DefaultIfEmpty()
                orderby m.SortKey, m.Id
                select new MemberLine(m.Id, m.MemberCode, m.FullName, m.Gender, m.BirthDate, m.AdmittedOn, m.Status, m.PartyCardNumber, o == null ? null : o.Name, m.LeftOn))
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<MemberLine>(items, page, Paging.DefaultPageSize, total);
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
            History = await History.ReadAsync(db, a => a.MemberId == id, cancellationToken),
        };
    }

    public async Task<MemberForm?> GetFormAsync(int id, CancellationToken cancellationToken = default)
    {
        var committeeId = (await currentCommittee.GetAsync(cancellationToken))?.Id ?? -1;
        return await db.Members.AsNoTracking().Where(m => m.Id == id && m.CommitteeId == committeeId)
            .Select(m => new MemberForm
            {
                MemberCode = m.MemberCode, FullName = m.FullName, Gender = m.Gender, BirthDate = m.BirthDate, AdmittedOn = m.AdmittedOn,
                OfficialOn = m.OfficialOn, PartyCardNumber = m.PartyCardNumber, Status = m.Status, OrganizationId = m.OrganizationId,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Creates or updates; returns the field errors, empty when saved.</summary>
    public async Task<Dictionary<string, string>> SaveAsync(int? id, MemberForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committee = await currentCommittee.GetAsync(cancellationToken) ?? throw new InvalidOperationException("No committee.");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new Dictionary<string, string>();
        var code = form.MemberCode!.Trim().ToUpperInvariant();
        var card = string.IsNullOrWhiteSpace(form.PartyCardNumber) ? null : form.PartyCardNumber.Trim();
        if (await db.Members.AnyAsync(m => m.CommitteeId == committee.Id && m.MemberCode == code && m.Id != id, cancellationToken))
        {
            errors[nameof(form.MemberCode)] = $"Mã đảng viên {code} đã được dùng.";
        }

        if (card is not null && await db.Members.AnyAsync(m => m.PartyCardNumber == card && m.Id != id, cancellationToken))
        {
            errors[nameof(form.PartyCardNumber)] = $"Số thẻ đảng {card} đã cấp cho đảng viên khác.";
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == form.OrganizationId && o.CommitteeId == committee.Id, cancellationToken))
        {
            errors[nameof(form.OrganizationId)] = "Tổ chức không tồn tại.";
        }

        if (form.AdmittedOn > today)
        {
            errors[nameof(form.AdmittedOn)] = "Ngày kết nạp không được ở tương lai.";
        }

        if (form.BirthDate is { } born && form.AdmittedOn is { } admitted && born.AddYears(18) > admitted)
        {
            errors[nameof(form.BirthDate)] = "Đảng viên phải đủ 18 tuổi khi kết nạp.";
        }

        if (form.OfficialOn is { } official && official < form.AdmittedOn!.Value.AddMonths(12))
        {
            errors[nameof(form.OfficialOn)] = "Ngày chính thức phải sau ngày kết nạp ít nhất 12 tháng.";
        }

        if (form.Status == MemberStatus.Official && form.OfficialOn is null)
        {
            errors[nameof(form.OfficialOn)] = "Đảng viên chính thức cần có ngày chuyển chính thức.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var member = id is null
            ? db.Members.Add(new Member { CommitteeId = committee.Id, MemberCode = code, FullName = form.FullName! }).Entity
            : await db.Members.SingleOrDefaultAsync(m => m.Id == id && m.CommitteeId == committee.Id, cancellationToken) ?? throw new KeyNotFoundException();
        member.MemberCode = code;
        member.FullName = form.FullName!;
        member.Gender = form.Gender!.Value;
        member.BirthDate = form.BirthDate!.Value;
        member.AdmittedOn = form.AdmittedOn!.Value;
        member.OfficialOn = form.OfficialOn;
        member.PartyCardNumber = card;
        member.Status = form.Status!.Value;
        member.OrganizationId = form.OrganizationId;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}
