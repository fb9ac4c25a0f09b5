namespace PartyReview.Web.Infrastructure.Exports;

/// <summary>
/// What the "Tải Excel" / "Tải CSV" links need: the export's path and the page's query, kept as it is (filters) but
/// without the page number, since an export holds every page.
/// </summary>
public sealed record ExportLinks(string Path, IQueryCollection Query)
{
    public string LinkTo(ExportFormat format)
    {
        var parameters = Query.Where(q => q.Key is not ("page" or "format"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append("format=" + TableExport.Extension(format));
        return Path + (Path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join("&", parameters);
    }
}
