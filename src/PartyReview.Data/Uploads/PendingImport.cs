namespace PartyReview.Data.Uploads;

/// <summary>
/// An uploaded file waiting in the database between its check and its confirmation, so that any instance can confirm
/// it: the file itself until it is written or refused, who uploaded it, its SHA-256, when, and the last check's outcome.
/// Not domain data: it expires (<c>Import:KeepFor</c>) and nothing refers to it.
/// </summary>
public sealed class PendingImport
{
    public const int IdLength = 32;
    public const int HashLength = 64;
    public const int UserNameMaxLength = 256;
    public const int FileNameMaxLength = 260;

    /// <summary>A random id, 32 lowercase hex digits, in the preview's address.</summary>
    public required string Id { get; init; }

    /// <summary>The account that uploaded it: nobody else finds it.</summary>
    public required string UserName { get; init; }
    public required string FileName { get; init; }

    /// <summary>The SHA-256 of the file as checked: the file confirmed must still have it.</summary>
    public required string Hash { get; init; }
    public long Size { get; init; }
    public DateTime UploadedAt { get; init; }

    /// <summary>When it was written; it then expires from this time, not from its upload.</summary>
    public DateTime? CommittedAt { get; set; }

    /// <summary>Set by the one confirmation that claimed it (a conditional UPDATE), cleared if that one wrote nothing.</summary>
    public DateTime? ClaimedAt { get; set; }

    /// <summary>The last check's outcome, as JSON, for the preview and result pages.</summary>
    public string? Outcome { get; set; }

    /// <summary>The file; dropped (null) once it is written or refused.</summary>
    public byte[]? Content { get; set; }
}
