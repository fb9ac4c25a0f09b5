namespace PartyReview.Web.Features.Import;

/// <summary>
/// Reads an uploaded <c>.xlsx</c> (streaming, with the Open XML SAX reader) or <c>.csv</c> (UTF-8 with or without BOM,
/// comma, semicolon or tab) as rows of text. Refuses, with <see cref="ImportFileException"/>, what cannot be read
/// safely: a broken or password-protected workbook, formulas, cells or row counts over the limits.
/// </summary>
public static class TableReader
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0];

    public static bool IsWorkbookName(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool IsCsvName(string fileName) => fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The rows of every sheet in order. <paramref name="stream"/> must be seekable.</summary>
    public static IEnumerable<TableRow> Read(Stream stream, string fileName, ImportOptions limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (stream.Length == 0)
        {
            throw new ImportFileException(ImportMessages.FileEmpty);
        }

        var head = new byte[4];
        var read = stream.Read(head, 0, 4);
        stream.Position = 0;
        if (IsWorkbookName(fileName))
        {
            if (read == 4 && head.AsSpan().SequenceEqual(CompoundFileMagic))
            {
                throw new ImportFileException(ImportMessages.FilePasswordProtected);
            }

            if (read < 4 || !head.AsSpan().SequenceEqual(ZipMagic))
            {
                throw new ImportFileException(ImportMessages.FileNotWorkbook);
            }

            return WorkbookReader.Read(stream, limits);
        }

        if (IsCsvName(fileName))
        {
            if (read == 4 && (head.AsSpan().SequenceEqual(ZipMagic) || head.AsSpan().SequenceEqual(CompoundFileMagic)))
            {
                throw new ImportFileException(ImportMessages.FileCsvIsWorkbook);
            }

            return CsvReader.Read(stream, Path.GetFileName(fileName), limits);
        }

        throw new ImportFileException(ImportMessages.FileWrongType);
    }

    /// <summary>"AB12" → 27 (0-based).</summary>
    public static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = index * 26 + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? null : index - 1;
    }

    /// <summary>0 → "A", 27 → "AB".</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        index++;
        while (index > 0)
        {
            var remainder = (index - 1) % 26;
            name = (char)('A' + remainder) + name;
            index = (index - 1) / 26;
        }

        return name;
    }
}
