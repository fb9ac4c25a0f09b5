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

    /// <summary>Where uploaded files wait for confirmation; empty for the system's temporary folder.</summary>
    public string? Folder { get; set; }

    /// <summary>How long an unconfirmed upload is kept.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(24);
}
