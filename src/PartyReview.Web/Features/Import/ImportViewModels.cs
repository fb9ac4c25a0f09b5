namespace PartyReview.Web.Features.Import;

public sealed class ImportIndexViewModel
{
    public long MaxFileBytes { get; init; }
    public int MaxRows { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<SheetFormat> Sheets => ImportFormat.All;
}

public sealed class ImportPreviewViewModel
{
    public required StoredImport Import { get; init; }
    public required IReadOnlyList<SheetSummary> Sheets { get; init; }
    public required IReadOnlyList<StoredRow> Shown { get; init; }
    public string? Error { get; set; }

    /// <summary>A confirmation is running or done: the page offers neither confirming nor cancelling.</summary>
    public bool Claimed { get; init; }
}
