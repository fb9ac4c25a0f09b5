namespace PartyReview.Web.Features.Import;

/// <summary>The limits a file is read within (configuration section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest file accepted, in bytes (default 10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most data rows a file may hold, over all its sheets.</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>The longest text a cell may hold.</summary>
    public int MaxCellLength { get; set; } = 1_000;

    /// <summary>
    /// The most a workbook may hold once unzipped, all its parts together, in bytes (default 100 MB): checked from the
    /// zip's entries before any sheet is read.
    /// </summary>
    public long MaxUnzippedBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The most entries (parts) a workbook's zip may hold.</summary>
    public int MaxZipEntries { get; set; } = 1_000;

    /// <summary>How long an unconfirmed upload (and a confirmed one's outcome) is kept.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often expired uploads are deleted.</summary>
    public TimeSpan CleanEvery { get; set; } = TimeSpan.FromMinutes(10);
}
