using System.Globalization;
using PartyReview.Domain.Importing;

namespace PartyReview.Web.Features.Import;

/// <summary>Reads one typed cell of a row; a cell that cannot be read refuses the row with a message naming the cell.</summary>
internal static class RowCells
{
    public static string? Text(ParsedRow row, string key, int max, RowOutcome outcome)
    {
        var value = row[key];
        if (value is { Length: var length } && length > max)
        {
            outcome.Fail(row.At(key, ImportMessages.CellTooLong, Number(length), Number(max)));
            return null;
        }

        return value;
    }

    public static string? Required(ParsedRow row, string key, int max, RowOutcome outcome)
    {
        var value = Text(row, key, max, outcome);
        if (value is null && row[key] is null)
        {
            outcome.Fail(row.At(key, ImportMessages.CellEmpty));
        }

        return value;
    }

    public static DateOnly? Date(ParsedRow row, string key, RowOutcome outcome, bool required = false)
    {
        var text = row[key];
        if (text is null)
        {
            if (required)
            {
                outcome.Fail(row.At(key, ImportMessages.CellEmpty));
            }

            return null;
        }

        if (ImportSpellings.Date(text) is { } date)
        {
            return date;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2_958_466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }

        outcome.Fail(row.At(key, ImportMessages.CellBadDate, text));
        return null;
    }

    /// <summary>A value read with <paramref name="parse"/>; when it cannot be read, the row is refused with <paramref name="unreadable"/> ({1} the text).</summary>
    public static T? Parse<T>(ParsedRow row, string key, Func<string?, T?> parse, string unreadable, RowOutcome outcome, bool required = false, params string[] hints)
        where T : struct
    {
        var text = row[key];
        if (text is null)
        {
            if (required)
            {
                outcome.Fail(row.At(key, ImportMessages.CellEmpty));
            }

            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            outcome.Fail(row.At(key, unreadable, [text, .. hints]));
        }

        return value;
    }

    /// <summary>
    /// A value read with a spelling table: unknown refuses the row with <paramref name="unreadable"/>, a spelling of two
    /// values refuses it with the choices (unless <paramref name="fits"/>, the row's context, settles it), and a spelling
    /// the app does not write itself is noted on the outcome, so the preview shows how it was read.
    /// </summary>
    public static T? Parse<T>(
        ParsedRow row, string key, SpellingTable<T> table, string unreadable, RowOutcome outcome, bool required = false, Func<T, bool>? fits = null,
        params string[] hints)
        where T : struct
    {
        var text = row[key];
        if (text is null)
        {
            if (required)
            {
                outcome.Fail(row.At(key, ImportMessages.CellEmpty));
            }

            return null;
        }

        var reading = table.Read(text, fits);
        if (reading.IsAmbiguous)
        {
            outcome.Fail(row.At(key, ImportMessages.AmbiguousSpelling, text, string.Join(" / ", reading.Choices.Select(c => "«" + table.Name(c) + "»"))));
            return null;
        }

        if (reading.Value is not { } value)
        {
            outcome.Fail(row.At(key, unreadable, [text, .. hints]));
            return null;
        }

        if (!reading.Familiar)
        {
            outcome.Readings.Add(new SpellingRead(row.Format.Columns[row.Format.IndexOf(key)].Header, text.Trim(), table.Name(value)));
        }

        return value;
    }

    public static int? Integer(ParsedRow row, string key, int min, int max, RowOutcome outcome, bool required = false)
    {
        var number = Parse(row, key, ImportSpellings.Number, ImportMessages.UnreadableNumber, outcome, required, Number(min), Number(max));
        if (number is null)
        {
            return null;
        }

        if (number != Math.Floor(number.Value) || number < min || number > max)
        {
            outcome.Fail(row.At(key, ImportMessages.CellNotInteger, row[key]!, Number(min), Number(max)));
            return null;
        }

        return (int)number.Value;
    }

    public static string? Code(string? value) => value?.Trim().ToUpperInvariant();

    /// <summary>A number as the messages always wrote it (an interpolated int: no grouping).</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
