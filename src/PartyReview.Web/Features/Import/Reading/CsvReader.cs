using System.Globalization;
using System.Text;
using PartyReview.Domain.Formatting;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// Reads a CSV file (UTF-8 with or without BOM; comma, semicolon or tab, detected on the first line) as rows, with a
/// small state machine for quoted fields; refuses binary content, other encodings, formulas and over-long cells.
/// </summary>
internal static class CsvReader
{
    public static IEnumerable<TableRow> Read(Stream stream, string name, ImportOptions limits)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        char? delimiter = null;
        var number = 0;
        var rows = 0;
        var record = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        var justClosed = false;
        var buffer = new char[8192];
        var pending = new List<char>();
        int count;
        while ((count = ReadChars(reader, buffer)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                pending.Add(buffer[i]);
            }

            if (delimiter is null)
            {
                var firstLineEnd = pending.IndexOf('\n');
                if (firstLineEnd < 0 && pending.Count < 65_536)
                {
                    continue;
                }

                delimiter = DetectDelimiter(pending, firstLineEnd < 0 ? pending.Count : firstLineEnd);
            }

            foreach (var row in Consume(pending, final: false))
            {
                yield return row;
            }

            pending.Clear();
        }

        delimiter ??= DetectDelimiter(pending, pending.Count);
        foreach (var row in Consume(pending, final: true))
        {
            yield return row;
        }

        if (number == 0)
        {
            throw new ImportFileException(ImportMessages.FileEmpty);
        }

        IEnumerable<TableRow> Consume(List<char> chars, bool final)
        {
            var rowsOut = new List<TableRow>();
            foreach (var c in chars)
            {
                if (c == '\0')
                {
                    throw new ImportFileException(ImportMessages.FileNotText);
                }

                if (inQuotes)
                {
                    if (c == '"')
                    {
                        inQuotes = false;
                        justClosed = true;
                    }
                    else
                    {
                        Append(c);
                    }

                    continue;
                }

                if (c == '"')
                {
                    if (quoted && justClosed)
                    {
                        // A doubled quote inside a quoted field.
                        Append('"');
                    }

                    quoted = true;
                    inQuotes = true;
                    justClosed = false;
                    continue;
                }

                justClosed = false;

                if (c == delimiter)
                {
                    EndField();
                    continue;
                }

                if (c == '\r')
                {
                    continue;
                }

                if (c == '\n')
                {
                    EndField();
                    if (EndRecord() is { } row)
                    {
                        rowsOut.Add(row);
                    }

                    continue;
                }

                Append(c);
            }

            if (final && (field.Length > 0 || record.Count > 0))
            {
                EndField();
                if (EndRecord() is { } row)
                {
                    rowsOut.Add(row);
                }
            }

            return rowsOut;
        }

        void Append(char c)
        {
            if (field.Length >= limits.MaxCellLength)
            {
                throw new ImportFileException(ImportMessages.FileCsvCellTooLong, name, (number + 1).ToString(CultureInfo.InvariantCulture),
                    (record.Count + 1).ToString(CultureInfo.InvariantCulture), VietnameseFormat.Count(limits.MaxCellLength));
            }

            field.Append(c);
        }

        void EndField()
        {
            var text = field.ToString();
            if (!quoted)
            {
                text = text.Trim();
            }

            record.Add(text.Length == 0 ? null : text);
            field.Clear();
            quoted = false;
        }

        TableRow? EndRecord()
        {
            number++;
            var cells = record.ToArray();
            record.Clear();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                return null;
            }

            if (cells.FirstOrDefault(c => c is ['=', ..]) is { } formula)
            {
                throw new ImportFileException(ImportMessages.FileCsvFormula, name, number.ToString(CultureInfo.InvariantCulture), Shorten(formula));
            }

            if (++rows > limits.MaxRows + 2)
            {
                throw ImportFileException.TooManyRows(limits);
            }

            return new TableRow(name, number, [.. cells.Select(Unescape)]);
        }
    }

    private static int ReadChars(StreamReader reader, char[] buffer)
    {
        try
        {
            return reader.Read(buffer, 0, buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException(ImportMessages.FileNotUtf8);
        }
    }

    private static char DetectDelimiter(List<char> chars, int end)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var inQuotes = false;
        for (var i = 0; i < end && i < chars.Count; i++)
        {
            switch (chars[i])
            {
                case '"': inQuotes = !inQuotes; break;
                case ',' when !inQuotes: commas++; break;
                case ';' when !inQuotes: semicolons++; break;
                case '\t' when !inQuotes: tabs++; break;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>The export writes a leading apostrophe before =, +, - or @ so spreadsheets do not run it; reading removes it.</summary>
    private static string? Unescape(string? value) =>
        value is ['\'', '=' or '+' or '-' or '@', ..] ? value[1..] : value;

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
