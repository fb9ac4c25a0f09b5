namespace PartyReview.Web.Infrastructure;

/// <summary>Paging defaults.</summary>
public static class Paging
{
    public const int DefaultPageSize = 25;

    public static int Clamp(int? page) => Math.Max(1, page ?? 1);
}

/// <summary>One page of a list, with what the pager needs.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
