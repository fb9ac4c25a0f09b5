using System.Globalization;

namespace PartyReview.Domain.Members;

/// <summary>The committee's member codes that the app assigns when none is typed: "DV" and five digits (DV00042).</summary>
public static class MemberCodes
{
    public const string Prefix = "DV";

    public static string Format(int number) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{number:00000}");

    /// <summary>The number of an assigned code ("DV00042" → 42), or null for a code typed another way.</summary>
    public static int? NumberOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(code.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>The number the next assigned code gets, after the highest among <paramref name="codes"/>.</summary>
    public static int NextNumber(IEnumerable<string> codes) => codes.Select(NumberOf).Max() is { } highest ? highest + 1 : 1;
}
