using Microsoft.EntityFrameworkCore;

namespace PartyReview.Web.Infrastructure;

/// <summary>Paging defaults: one page size for every paged list, and the database doing the counting and the paging.</summary>
public static class Paging
{
    public const int DefaultPageSize = 25;

    public static int Clamp(int? page) => Math.Max(1, page ?? 1);

    /// <summary>
    /// One page of an ordered query: the rows counted by the database, the page number held within the pages there are,
    /// and only that page's rows read. Two queries, whatever the size of the list.
    /// </summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> rows, int? page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var total = await rows.CountAsync(cancellationToken);
        return await rows.ToPageAsync(total, page, cancellationToken);
    }

    /// <summary>One page of an ordered query whose rows were counted elsewhere (by a cheaper query of the same rows).</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> rows, int total, int? page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var number = Math.Min(Clamp(page), Math.Max(1, (total + DefaultPageSize - 1) / DefaultPageSize));
        var items = total == 0 ? [] : await rows.Skip((number - 1) * DefaultPageSize).Take(DefaultPageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, number, DefaultPageSize, total);
    }

    /// <summary>
    /// One page of rows the server has already computed (e.g. figures per organization derived from several grouped
    /// queries): only that page is shown. A null page is the whole list on one page (for an export).
    /// </summary>
    public static PagedList<T> ToPage<T>(this IReadOnlyList<T> rows, int? page)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (page is null)
        {
            return new PagedList<T>(rows, 1, Math.Max(1, rows.Count), rows.Count);
        }

        var number = Math.Min(Clamp(page), Math.Max(1, (rows.Count + DefaultPageSize - 1) / DefaultPageSize));
        return new PagedList<T>([.. rows.Skip((number - 1) * DefaultPageSize).Take(DefaultPageSize)], number, DefaultPageSize, rows.Count);
    }
}

/// <summary>One page of a list, with what the pager needs.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
