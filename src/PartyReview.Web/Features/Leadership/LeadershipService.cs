using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Text;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Leadership;

/// <summary>
/// An organization's cấp ủy: who holds which post for which term. Adding, ending and removing a seat are each one
/// SaveChanges (one transaction) with its audit line.
/// </summary>
public sealed class LeadershipService(PartyReviewDbContext db, CurrentCommittee currentCommittee, TimeProvider clock)
{
    /// <summary>The most members the add form offers at once; more are found by typing a name or code.</summary>
    public const int MaxOptions = 30;

    public const string EntityType = nameof(LeadershipSeat);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The page: the organization's seats, and the members the add form offers (matching <paramref name="query"/>, members on <paramref name="on"/>).</summary>
    public async Task<LeadershipViewModel?> GetAsync(int organizationId, string? query, DateOnly? on, CancellationToken cancellationToken = default)
    {
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId && o.CommitteeId == committeeId)
            .Select(o => new { o.Name, o.HasExecutiveCommittee })
            .SingleOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var today = Today;
        var seats = await (from s in db.LeadershipSeats.AsNoTracking()
                           join m in db.Members on s.MemberId equals m.Id
                           where s.OrganizationId == organizationId
                           select new SeatLine(s.Id, m.Id, m.MemberCode, m.FullName, s.Post, s.StartsOn, s.EndsOn, s.Version))
            .ToListAsync(cancellationToken);
        var date = on ?? today;
        var (candidates, more) = await CandidatesAsync(committeeId, organizationId, query, date, cancellationToken);
        return new LeadershipViewModel
        {
            OrganizationId = organizationId,
            OrganizationName = organization.Name,
            HasExecutiveCommittee = organization.HasExecutiveCommittee,
            Today = today,
            Current = [.. seats.Where(s => s.EndsOn is null || s.EndsOn >= today).OrderBy(s => s.Post).ThenBy(s => s.StartsOn).ThenBy(s => s.FullName, StringComparer.Ordinal)],
            Past = [.. seats.Where(s => s.EndsOn < today).OrderByDescending(s => s.EndsOn).ThenBy(s => s.Post)],
            Query = query,
            On = date,
            Candidates = candidates,
            MoreCandidates = more,
            Form = new SeatForm { StartsOn = date },
        };
    }

    /// <summary>The organization's members on <paramref name="date"/> (from the ledger) matching the search, by name, at most <see cref="MaxOptions"/>.</summary>
    private async Task<(IReadOnlyList<SeatMemberOption>, bool More)> CandidatesAsync(
        int committeeId, int organizationId, string? query, DateOnly date, CancellationToken cancellationToken)
    {
        // A đảng bộ cơ sở's cấp ủy is drawn from its members, those of its chi bộ trực thuộc included (ADR 0008).
        var placed = LedgerQueries.PlacementsOn(db, committeeId, date).Where(p => p.OrganizationId == organizationId || p.TccsId == organizationId).Select(p => p.MemberId);
        var members = db.Members.AsNoTracking().Where(m => placed.Contains(m.Id));
        var key = VietnameseText.SearchKey(query);
        if (key.Length > 0)
        {
            var code = query!.Trim().ToUpperInvariant();
            members = members.Where(m => m.SearchName.Contains(key) || m.MemberCode.Contains(code));
        }

        var found = await members.OrderBy(m => m.SortKey).ThenBy(m => m.Id)
            .Select(m => new SeatMemberOption(m.Id, m.MemberCode, m.FullName))
            .Take(MaxOptions + 1).ToListAsync(cancellationToken);
        return (found.Take(MaxOptions).ToList(), found.Count > MaxOptions);
    }

    /// <summary>Records a seat; refused with the rules' reasons (member of the organization on the first day, end ≥ start, one Bí thư, no overlapping seat).</summary>
    public async Task<Result> AddAsync(int organizationId, SeatForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && o.CommitteeId == committeeId, cancellationToken))
        {
            throw new KeyNotFoundException();
        }

        var seat = LeadershipSeat.Create(organizationId, form.MemberId!.Value, form.Post!.Value, form.StartsOn!.Value, form.EndsOn);
        var start = seat.StartsOn;
        var belongs = await LedgerQueries.PlacementsOn(db, committeeId, start)
            .AnyAsync(p => p.MemberId == seat.MemberId && (p.OrganizationId == organizationId || p.TccsId == organizationId), cancellationToken);
        var others = await db.LeadershipSeats.AsNoTracking().Where(s => s.OrganizationId == organizationId).ToListAsync(cancellationToken);
        var problems = LeadershipRules.Check(seat, others, belongs);
        if (problems.Count > 0)
        {
            return Result.Fail(problems.Select(p => new ResultError(FieldOf(p), LeadershipMessages.KeyOf(p), VietnameseFormat.Date(start))));
        }

        db.LeadershipSeats.Add(seat);
        db.Audit.Record(EntityType, seat.MemberId, "Thêm chức vụ cấp ủy", null, await DescribeAsync(seat, cancellationToken),
            organizationId: organizationId, memberId: seat.MemberId);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok;
    }

    /// <summary>Ends a running term on its last day; null when the seat is not the organization's.</summary>
    public async Task<Result?> EndAsync(int organizationId, int seatId, EndSeatForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var seat = await FindAsync(organizationId, seatId, cancellationToken);
        if (seat is null)
        {
            return null;
        }

        if (seat.Version != form.Version)
        {
            return Result.Fail(null, LeadershipMessages.Changed);
        }

        var before = await DescribeAsync(seat, cancellationToken);
        if (!seat.TryEnd(form.EndsOn!.Value))
        {
            return Result.Fail(nameof(form.EndsOn), LeadershipMessages.CannotEnd, VietnameseFormat.Date(seat.StartsOn));
        }

        db.Audit.Record(EntityType, seat.MemberId, "Kết thúc nhiệm kỳ cấp ủy", before, await DescribeAsync(seat, cancellationToken),
            organizationId: organizationId, memberId: seat.MemberId);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Removes a seat entered by mistake; null when the seat is not the organization's.</summary>
    public async Task<Result?> RemoveAsync(int organizationId, int seatId, int version, CancellationToken cancellationToken = default)
    {
        var seat = await FindAsync(organizationId, seatId, cancellationToken);
        if (seat is null)
        {
            return null;
        }

        if (seat.Version != version)
        {
            return Result.Fail(null, LeadershipMessages.Changed);
        }

        db.Audit.Record(EntityType, seat.MemberId, "Xóa chức vụ cấp ủy", await DescribeAsync(seat, cancellationToken), null,
            organizationId: organizationId, memberId: seat.MemberId);
        db.LeadershipSeats.Remove(seat);
        return await SaveAsync(cancellationToken);
    }

    private async Task<Result> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed or removed by someone else between the check and this UPDATE/DELETE (… WHERE Version = shown).
            return Result.Fail(null, LeadershipMessages.Changed);
        }
    }

    private async Task<LeadershipSeat?> FindAsync(int organizationId, int seatId, CancellationToken cancellationToken)
    {
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        return await db.LeadershipSeats
            .Where(s => s.Id == seatId && s.OrganizationId == organizationId && db.Organizations.Any(o => o.Id == organizationId && o.CommitteeId == committeeId))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The seat as its audit line tells it: "Nguyễn Văn A (DV0001), Bí thư, 01/07/2020–30/06/2025".</summary>
    private async Task<string> DescribeAsync(LeadershipSeat seat, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == seat.MemberId)
            .Select(m => m.FullName + " (" + m.MemberCode + ")").SingleOrDefaultAsync(cancellationToken);
        var end = seat.EndsOn is { } ends ? VietnameseFormat.Date(ends) : "nay";
        return $"{member}, {VietnamesePost(seat.Post)}, {VietnameseFormat.Date(seat.StartsOn)}–{end}";
    }

    public static string VietnamesePost(LeadershipPost post) => post switch
    {
        LeadershipPost.Secretary => "Bí thư",
        LeadershipPost.DeputySecretary => "Phó Bí thư",
        LeadershipPost.StandingMember => "Ủy viên Ban Thường vụ",
        LeadershipPost.CommitteeMember => "Cấp ủy viên",
        _ => "Thủ trưởng cơ quan, đơn vị",
    };

    private static string? FieldOf(SeatProblem problem) => problem switch
    {
        SeatProblem.EndsBeforeStart => nameof(SeatForm.EndsOn),
        SeatProblem.NotAMemberOnStart => nameof(SeatForm.MemberId),
        SeatProblem.SecondSecretary => nameof(SeatForm.Post),
        _ => nameof(SeatForm.MemberId),
    };
}
