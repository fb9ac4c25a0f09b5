using PartyReview.Domain.Formatting;

namespace PartyReview.Web.Features.Import;

/// <summary>What the import does (or would do) with one row.</summary>
public enum RowStatus
{
    Unchanged = 0,
    New = 1,
    Updated = 2,
    Error = 3,
}

/// <summary>One row's outcome: where it is, what it is about, what happens to it and, for an error, why and in which cell.</summary>
public sealed class RowOutcome
{
    public required SheetKind Kind { get; init; }
    public required string Sheet { get; init; }
    public required int Row { get; init; }
    public string Subject { get; set; } = "";
    public RowStatus Status { get; set; }
    public List<ImportMessage> Messages { get; } = [];

    /// <summary>The spellings of this row the app does not write itself, and how they were read.</summary>
    public List<SpellingRead> Readings { get; } = [];

    /// <summary>The messages in Vietnamese, joined.</summary>
    public string Message => string.Join("; ", Messages.Select(m => m.Vietnamese));

    /// <summary>Refuses the row with <paramref name="message"/>.</summary>
    public void Fail(ImportMessage message)
    {
        Status = RowStatus.Error;
        Messages.Add(message);
    }
}

/// <summary>A cell's spelling that is not the app's own ("Thành lập dưới 6 tháng") and the value it was read as.</summary>
public sealed record SpellingRead(string Column, string Text, string ReadAs);

/// <summary>How one unfamiliar spelling was read, and on how many rows: the preview lists them so nothing is read silently.</summary>
public sealed record SpellingCount(SheetKind Kind, string Column, string Text, string ReadAs, int Rows)
{
    public static List<SpellingCount> Of(IEnumerable<RowOutcome> rows) =>
    [
        .. rows.SelectMany(r => r.Readings.Select(s => (r.Kind, Reading: s)))
            .GroupBy(x => (x.Kind, x.Reading.Column, Key: Domain.Importing.ImportSpellings.Key(x.Reading.Text), x.Reading.ReadAs))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Column, StringComparer.Ordinal).ThenByDescending(g => g.Count())
            .Select(g => new SpellingCount(g.Key.Kind, g.Key.Column, g.First().Reading.Text, g.Key.ReadAs, g.Count())),
    ];
}

/// <summary>The counts of one sheet.</summary>
public sealed record SheetSummary(SheetKind Kind, string Title, int New, int Updated, int Unchanged, int Errors)
{
    public int Total => New + Updated + Unchanged + Errors;
}

/// <summary>What reading and checking a file gave: a refusal of the whole file, or every row's outcome.</summary>
public sealed class ImportResult
{
    /// <summary>Why the whole file is refused, or null.</summary>
    public ImportMessage? Refusal { get; init; }

    public string? FileError => Refusal?.Vietnamese;
    public List<RowOutcome> Rows { get; init; } = [];
    public bool Committed { get; set; }
    public TimeSpan Elapsed { get; set; }

    /// <summary>The unfamiliar spellings and how each was read, with their counts.</summary>
    public IReadOnlyList<SpellingCount> Spellings => SpellingCount.Of(Rows);

    public bool HasErrors => FileError is not null || Rows.Any(r => r.Status == RowStatus.Error);
    public int Changes => Rows.Count(r => r.Status is RowStatus.New or RowStatus.Updated);

    public IReadOnlyList<SheetSummary> Sheets => [.. Rows.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => new SheetSummary(
        g.Key, ImportFormat.For(g.Key).Title, g.Count(r => r.Status == RowStatus.New), g.Count(r => r.Status == RowStatus.Updated),
        g.Count(r => r.Status == RowStatus.Unchanged), g.Count(r => r.Status == RowStatus.Error)))];

    public static ImportResult Refused(ImportMessage message) => new() { Refusal = message };

    public string Describe() => FileError ?? string.Join(", ", Sheets.Select(s =>
        $"{s.Title}: {VietnameseFormat.Count(s.New)} mới, {VietnameseFormat.Count(s.Updated)} cập nhật, {VietnameseFormat.Count(s.Unchanged)} không đổi, {VietnameseFormat.Count(s.Errors)} lỗi"));
}

/// <summary>Where a running import stands, for the progress bar: the stage as a key of <see cref="ImportMessages"/>.</summary>
public sealed record ImportProgressInfo(string Stage, int Rows, int Percent);
