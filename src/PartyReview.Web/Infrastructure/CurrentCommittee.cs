using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Identity;
using PartyReview.Domain.Committees;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// The committee whose pages the request works on: the one home of that choice (ADR 0008), read once per request.
/// <list type="bullet">
/// <item>A committee account (Admin, Staff, Leader, Clerk, Secretary) works for the committee its account is bound to,
/// read from the database on every request, so a changed binding holds at once.</item>
/// <item>A Province account has none of its own: it reads the committee it chose on the province's pages (a cookie,
/// checked to name a real committee on every request), or none.</item>
/// <item>Outside a request (the operator's commands, the tests' use cases) it is the first committee.</item>
/// </list>
/// Every service filters by this id, so a committee's people never see another committee's rows. A year's pages read
/// <see cref="ForYearAsync"/> instead: after a merge, a successor's earlier years are its predecessor's
/// (<see cref="CommitteeYears"/>), shown under the predecessor's name.
/// </summary>
public sealed class CurrentCommittee(PartyReviewDbContext db, IHttpContextAccessor http)
{
    /// <summary>The cookie holding the committee a Province account is reading.</summary>
    public const string ChoiceCookie = "PartyReview.Committee";

    private Committee? _committee;
    private bool _hasPredecessors;
    private bool _loaded;
    private readonly Dictionary<int, Committee?> _years = [];

    public async Task<Committee?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!_loaded)
        {
            // Whether it succeeded another comes in the same query, so a committee never restructured pays nothing
            // more for its year pages.
            var found = await Query()
                .Select(c => new { Committee = c, HasPredecessors = db.Committees.Any(p => p.SucceededById == c.Id) })
                .FirstOrDefaultAsync(cancellationToken);
            _committee = found?.Committee;
            _hasPredecessors = found?.HasPredecessors ?? false;
            _loaded = true;
        }

        return _committee;
    }

    /// <summary>
    /// The committee holding <paramref name="year"/> for the current one: itself, or the predecessor whose period of the
    /// year it shows (<see cref="CommitteeYears.OwnerOf"/>); itself when none has the year. Null when there is no
    /// current committee. Its name and settings head that year's documents.
    /// </summary>
    public async Task<Committee?> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(cancellationToken);
        if (current is null || !_hasPredecessors)
        {
            return current;
        }

        if (!_years.TryGetValue(year, out var owner))
        {
            var ownerId = CommitteeYears.OwnerOf(db, current.Id, year);
            owner = await db.Committees.AsNoTracking().Where(c => ownerId.Take(1).Contains(c.Id)).FirstOrDefaultAsync(cancellationToken) ?? current;
            _years[year] = owner;
        }

        return owner;
    }

    /// <summary>The id of <see cref="ForYearAsync"/>, or <see cref="NoCommittee"/>.</summary>
    public async Task<int> FilterIdForYearAsync(int year, CancellationToken cancellationToken = default) =>
        (await ForYearAsync(year, cancellationToken))?.Id ?? NoCommittee;

    /// <summary>The committee's id; null on a new installation that has none yet (callers then answer "nothing").</summary>
    public async Task<int?> IdAsync(CancellationToken cancellationToken = default) => (await GetAsync(cancellationToken))?.Id;

    /// <summary>
    /// The id to filter the committee's rows by: when there is no committee (a new installation, a Province account that
    /// chose none) no row matches it, so a list is empty rather than an error. The one home of that rule.
    /// </summary>
    public async Task<int> FilterIdAsync(CancellationToken cancellationToken = default) => await IdAsync(cancellationToken) ?? NoCommittee;

    /// <summary>An id no committee has.</summary>
    public const int NoCommittee = -1;

    private IQueryable<Committee> Query()
    {
        var committees = db.Committees.AsNoTracking();
        var context = http.HttpContext;
        if (context is null)
        {
            return committees.OrderBy(c => c.Id);
        }

        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return committees.Where(_ => false);
        }

        if (user.IsInRole(AppRoles.Province))
        {
            return ProvinceChoice(context) is { } id ? committees.Where(c => c.Id == id) : committees.Where(_ => false);
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return from u in db.Users
               where u.Id == userId
               join c in committees on u.CommitteeId equals c.Id
               select c;
    }

    private static int? ProvinceChoice(HttpContext context) =>
        int.TryParse(context.Request.Cookies[ChoiceCookie], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
