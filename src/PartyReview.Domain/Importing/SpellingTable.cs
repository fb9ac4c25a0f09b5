namespace PartyReview.Domain.Importing;

/// <summary>
/// How one typed spelling was read: the value (null when unknown or ambiguous), whether it is a spelling the app itself
/// writes (<see cref="Familiar"/>; any other is shown in the preview), and, when it could be more than one value, the
/// choices it could be (then <see cref="Value"/> is null and the row is refused with them).
/// </summary>
public sealed record SpellingReading<T>(T? Value, bool Familiar, IReadOnlyList<T> Choices)
    where T : struct
{
    public bool IsAmbiguous => Value is null && Choices.Count > 1;
}

/// <summary>
/// The spellings of one kind of value. A spelling is matched first as written (case, diacritics, spacing and dots do not
/// matter), then by its core: without filler words ("mới", "đã", "do", "bị", "được"), without punctuation, with
/// "chưa đủ"/"ít hơn" read as "dưới" and "06" as "6". A core shared by two values is ambiguous unless the row's
/// context (<c>fits</c>) leaves one.
/// </summary>
public sealed class SpellingTable<T>
    where T : struct
{
    private readonly Dictionary<string, T> _exact = new(StringComparer.Ordinal);
    private readonly HashSet<string> _familiar = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<T>> _cores = new(StringComparer.Ordinal);
    private readonly Dictionary<T, string> _names = [];

    /// <param name="entries">Per value: the spellings the app writes (the first is its name in the preview), then other accepted spellings.</param>
    public SpellingTable(params (T Value, string[] Written, string[] Other)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var twoValues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, written, other) in entries)
        {
            _names[value] = written[0];
            foreach (var spelling in written)
            {
                _familiar.Add(ImportSpellings.Key(spelling));
            }

            foreach (var spelling in written.Concat(other))
            {
                var key = ImportSpellings.Key(spelling);
                if (_exact.TryGetValue(key, out var before) && !EqualityComparer<T>.Default.Equals(before, value))
                {
                    twoValues.Add(key);
                }

                _exact[key] = value;
                var core = ImportSpellings.Core(spelling);
                if (core.Length == 0)
                {
                    continue;
                }

                if (!_cores.TryGetValue(core, out var values))
                {
                    _cores[core] = values = [];
                }

                if (!values.Contains(value))
                {
                    values.Add(value);
                }
            }
        }

        // A spelling of two values ("dưới 6 tháng") is read by its core, where both are the choices.
        foreach (var key in twoValues)
        {
            _exact.Remove(key);
        }
    }

    /// <summary>The value's name as the app writes it (the preview and the refusals show it).</summary>
    public string Name(T value) => _names.TryGetValue(value, out var name) ? name : value.ToString() ?? "";

    public T? Lookup(string? text) => Read(text).Value;

    /// <summary>Reads <paramref name="text"/>; <paramref name="fits"/> (the row's context) settles a spelling that could be several values.</summary>
    public SpellingReading<T> Read(string? text, Func<T, bool>? fits = null)
    {
        var key = ImportSpellings.Key(text);
        if (key.Length == 0)
        {
            return new(null, false, []);
        }

        if (_exact.TryGetValue(key, out var value) || _exact.TryGetValue(key.Replace(" ", "", StringComparison.Ordinal), out value))
        {
            return new(value, _familiar.Contains(key), [value]);
        }

        if (!_cores.TryGetValue(ImportSpellings.Core(text), out var candidates))
        {
            return new(null, false, []);
        }

        if (candidates.Count > 1 && fits is not null && candidates.Where(fits).ToList() is { Count: > 0 } fitting)
        {
            candidates = fitting;
        }

        return candidates.Count == 1 ? new(candidates[0], false, candidates) : new(null, false, [.. candidates]);
    }
}
