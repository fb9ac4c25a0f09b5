using System.Globalization;
using System.IO.Compression;
using PartyReview.Domain.Formatting;

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

            CheckZip(stream, limits);
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

    /// <summary>The last column of a worksheet (XFD), 0-based.</summary>
    public const int LastColumn = 16_383;

    /// <summary>The last row of a worksheet.</summary>
    public const int LastRow = 1_048_576;

    /// <summary>
    /// "AB12" → 27 (0-based); null without column letters. A reference beyond a worksheet's range (after column XFD,
    /// e.g. "XFDXFDXFD1", or after row 1 048 576) gives -1: the caller refuses the file.
    /// </summary>
    public static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        while (letters < reference.Length && reference[letters] is >= 'A' and <= 'Z')
        {
            if (letters == 3)
            {
                return -1;
            }

            index = index * 26 + (reference[letters] - 'A' + 1);
            letters++;
        }

        if (letters == 0)
        {
            return null;
        }

        var digits = reference.AsSpan(letters);
        if (index - 1 > LastColumn || digits.Length > 7 ||
            digits.Length > 0 && (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row is < 1 or > LastRow))
        {
            return -1;
        }

        return index - 1;
    }

    /// <summary>
    /// Refuses a workbook whose zip holds too many entries or more than <see cref="ImportOptions.MaxUnzippedBytes"/>
    /// once unzipped, from the sizes its directory declares (the unzipping stops at the declared size), before any part
    /// of it is read.
    /// </summary>
    private static string Megabytes(decimal bytes) => VietnameseFormat.Count((int)Math.Min(int.MaxValue, Math.Round(bytes / 1024 / 1024, MidpointRounding.AwayFromZero)));

    private static void CheckZip(Stream stream, ImportOptions limits)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxZipEntries)
            {
                throw new ImportFileException(ImportMessages.FileTooManyParts, VietnameseFormat.Count(entries.Count), VietnameseFormat.Count(limits.MaxZipEntries));
            }

            long total = 0;
            foreach (var entry in entries)
            {
                total += entry.Length;
                if (entry.Length < 0 || total < 0 || total > limits.MaxUnzippedBytes)
                {
                    var declared = entries.Sum(e => (decimal)Math.Max(0, e.Length));
                    throw new ImportFileException(ImportMessages.FileUnzippedOverLimit, Megabytes(declared), Megabytes(limits.MaxUnzippedBytes));
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException(ImportMessages.FileWorkbookBroken);
        }
        finally
        {
            stream.Position = 0;
        }
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
