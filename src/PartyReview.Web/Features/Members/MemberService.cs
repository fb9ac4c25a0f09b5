using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Text;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Members;

/// <summary>The committee's members: search (with or without diacritics), Vietnamese order, create, edit, history.</summary>
public sealed class MemberService(
    PartyReviewDbContext db, CurrentCommittee currentCommittee, LedgerService ledger, MemberLedgerQuery ledgers, TimeProvider clock)
{
    public async Task<PagedList<MemberLine>> ListAsync(
        string? query, int? organizationId, MemberStatus? status, bool includeLeft, int page, Scope scope, DateOnly? on = null,
        CancellationToken cancellationToken = default)
    {
        var members = await QueryAsync(query, organizationId, status, includeLeft, on, scope, cancellationToken);
        var total = await members.CountAsync(cancellationToken);
        var items = await members.Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize).ToListAsync(cancellationToken);
        return new PagedList<MemberLine>(items, page, Paging.DefaultPageSize, total);
    }

    /// <summary>
    /// The list's rows with its filters, in Vietnamese name order, projected in the database: the page counts and pages
    /// it, the export streams all of it. With <paramref name="on"/>, membership as the ledger gives it at the end of that
    /// date (organization and status then), instead of today. Only the members in <paramref name="scope"/> (where
    /// they are then).
    /// </summary>
    public async Task<IQueryable<MemberLine>> QueryAsync(
        string? query, int? organizationId, MemberStatus? status, bool includeLeft, DateOnly? on, Scope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);

        // A Secretary's list is their organization's, whatever organization the link asks for.
        organizationId = scope.IsWholeCommittee ? organizationId : null;
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        var members = db.Members.AsNoTracking().Where(m => m.CommitteeId == committeeId);
        if (on is { } date)
        {
            return QueryOn(Search(members, query), committeeId, date, organizationId, status, scope);
        }

        if (!includeLeft)
        {
            members = members.Where(m => m.LeftOn == null);
        }

        members = Search(members, query).InScope(scope, m => m.OrganizationId);
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
    private IQueryable<MemberLine> QueryOn(IQueryable<Member> members, int committeeId, DateOnly date, int? organizationId, MemberStatus? status, Scope scope)
    {
        var placed = from m in members
                     join p in LedgerQueries.PlacementsOn(db, committeeId, date).InScope(scope, p => p.OrganizationId) on m.Id equals p.MemberId
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

    /// <summary>A member's file; null when unknown or outside <paramref name="scope"/> (where they belong now).</summary>
    public async Task<MemberDetailsViewModel?> GetAsync(int id, Scope scope, CancellationToken cancellationToken = default)
    {
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        var member = await (
                from m in db.Members.AsNoTracking().InScope(scope, m => m.OrganizationId)
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
        var steps = await (
                from s in db.ReviewSteps.AsNoTracking()
                join p in db.ReviewPeriods on s.ReviewPeriodId equals p.Id
                where s.MemberId == id && s.Subject == Domain.Reviews.Steps.StepSubject.Member
                orderby p.Year descending, s.Step
                select new MemberStepLine(p.Year, s.Step, s.Score, s.CommonPoints, s.TaskPoints, s.Level, s.NotRatedReason, s.AdjustmentReason, s.RecordedBy, s.RecordedAt))
            .ToListAsync(cancellationToken);
        return new MemberDetailsViewModel
        {
            Member = member,
            Reviews = reviews,
            Steps = steps,
            Ledger = (await ledgers.GetLedgerAsync(id, scope, cancellationToken))!,
            History = await History.OfMemberAsync(db, id, cancellationToken),
        };
    }

    public async Task<MemberForm?> GetFormAsync(int id, CancellationToken cancellationToken = default)
    {
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        return await db.Members.AsNoTracking().Where(m => m.Id == id && m.CommitteeId == committeeId)
            .Select(m => new MemberForm { MemberCode = m.MemberCode, FullName = m.FullName, Gender = m.Gender, BirthDate = m.BirthDate, Version = m.Version })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Creates a member with the first entry of their ledger (admitted here, or received from outside), or updates an
    /// existing member's own particulars; the field errors when refused.
    /// </summary>
    public async Task<Result> SaveAsync(int? id, MemberForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committee = await currentCommittee.GetAsync(cancellationToken) ?? throw new InvalidOperationException("No committee.");
        var code = form.MemberCode!.Trim().ToUpperInvariant();
        var codeTaken = await db.Members.AnyAsync(m => m.CommitteeId == committee.Id && m.MemberCode == code && m.Id != id, cancellationToken)
            ? new ResultError(nameof(form.MemberCode), MovementsMessages.CodeTaken, code)
            : null;
        if (id is null)
        {
            return await CreateAsync(committee.Id, code, codeTaken, form, cancellationToken);
        }

        if (codeTaken is not null)
        {
            return Result.Fail([codeTaken]);
        }

        var existing = await db.Members.SingleOrDefaultAsync(m => m.Id == id && m.CommitteeId == committee.Id, cancellationToken) ?? throw new KeyNotFoundException();
        if (form.Version is { } shown && shown != existing.Version)
        {
            return Stale(existing, form, code);
        }

        if (!AdmissionRules.IsOldEnough(form.BirthDate!.Value, existing.AdmittedOn))
        {
            return Result.Fail(nameof(form.BirthDate), MovementsMessages.TooYoung);
        }

        existing.MemberCode = code;
        existing.FullName = form.FullName!;
        existing.Gender = form.Gender!.Value;
        existing.BirthDate = form.BirthDate!.Value;
        existing.MarkChanged();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between the check and this UPDATE (… WHERE Version = shown).
            var fresh = await db.Members.AsNoTracking().SingleAsync(m => m.Id == existing.Id, cancellationToken);
            return Stale(fresh, form, code);
        }

        return Result.Ok;
    }

    /// <summary>The save refused as a conflict, with the particulars the other person saved.</summary>
    private static Result Stale(Member current, MemberForm mine, string myCode) => Result.Stale(EditConflict.Of(
        current.Version,
        Particulars(current.MemberCode, current.FullName, current.Gender, current.BirthDate),
        Particulars(myCode, mine.FullName?.Trim(), mine.Gender, mine.BirthDate)));

    private static ConflictValue[] Particulars(string? code, string? name, Gender? gender, DateOnly? birthDate) =>
    [
        new("Member.Code", code),
        new("Entry.Member", name),
        new("Member.Gender", gender is { } g ? "Gender." + g : null, ValueIsKey: true),
        new("Member.BirthDate", birthDate is { } d ? VietnameseFormat.Date(d) : null),
    ];

    private async Task<Result> CreateAsync(int committeeId, string code, ResultError? codeTaken, MemberForm form, CancellationToken cancellationToken)
    {
        var errors = await NewMemberErrorsAsync(committeeId, form, cancellationToken);
        if (codeTaken is not null || errors.Count > 0)
        {
            return Result.Fail(codeTaken is null ? errors : [codeTaken, .. errors]);
        }

        var received = form.EntryKind == MembershipEventKind.TransferredIn;
        var member = new Member
        {
            CommitteeId = committeeId,
            MemberCode = code,
            FullName = form.FullName!,
            Gender = form.Gender!.Value,
            BirthDate = form.BirthDate!.Value,
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

        // What a member received from outside brings: their admission and official dates, which their ledger here does not hold.
        var origin = received ? new MemberOrigin(form.AdmittedOn, form.OfficialOn) : MemberOrigin.None;
        var result = await ledger.EnterAsync(member, first, origin, cancellationToken);
        return result.Succeeded ? result : Result.Fail(result.Errors.Select(e => e with
        {
            Field = e.Field == nameof(EventForm.CardNumber) ? nameof(form.PartyCardNumber)
                : e.Field == nameof(EventForm.OccurredOn) ? (received ? nameof(form.ReceivedOn) : nameof(form.AdmittedOn))
                : null,
        }));
    }

    private async Task<List<ResultError>> NewMemberErrorsAsync(int committeeId, MemberForm form, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new List<ResultError>();
        var received = form.EntryKind == MembershipEventKind.TransferredIn;
        if (form.EntryKind is not (MembershipEventKind.Admitted or MembershipEventKind.TransferredIn))
        {
            errors.Add(new(nameof(form.EntryKind), MembersMessages.EntryKindRequired));
        }

        if (form.OrganizationId is not { } organization
            || !await db.Organizations.AnyAsync(o => o.Id == organization && o.CommitteeId == committeeId, cancellationToken))
        {
            errors.Add(new(nameof(form.OrganizationId), MembersMessages.OrganizationRequired));
        }

        if (form.AdmittedOn is not { } admitted)
        {
            errors.Add(new(nameof(form.AdmittedOn), MembersMessages.AdmittedOnRequired));
        }
        else if (admitted > today)
        {
            errors.Add(new(nameof(form.AdmittedOn), MembersMessages.AdmittedOnInFuture));
        }
        else if (form.BirthDate is { } born && !AdmissionRules.IsOldEnough(born, admitted))
        {
            errors.Add(new(nameof(form.BirthDate), MovementsMessages.TooYoung));
        }

        if (received && form.ReceivedOn is not { })
        {
            errors.Add(new(nameof(form.ReceivedOn), MembersMessages.ReceivedOnRequired));
        }
        else if (received && form.ReceivedOn < form.AdmittedOn)
        {
            errors.Add(new(nameof(form.ReceivedOn), MembersMessages.ReceivedBeforeAdmission));
        }

        if (received && form.OfficialOn is { } official && form.AdmittedOn is { } a && official < Probation.EndsOn(a))
        {
            errors.Add(new(nameof(form.OfficialOn), MembersMessages.OfficialTooEarly));
        }

        return errors;
    }
}
