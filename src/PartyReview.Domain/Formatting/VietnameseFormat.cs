using System.Globalization;

namespace PartyReview.Domain.Formatting;

/// <summary>
/// Vietnamese number and date conventions, fixed here rather than taken from the machine's culture data:
/// 2.748 (thousands), 120,8% (decimal comma), 16/01/2020.
/// </summary>
public static class VietnameseFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>2748 → "2.748".</summary>
    public static string Count(int value) => value.ToString("#,0", Numbers);

    /// <summary>Counts below ten written with two digits, as Party documents do: 4 → "04", 2748 → "2.748".</summary>
    public static string PaddedCount(int value) => value is >= 0 and < 10 ? value.ToString("00", Numbers) : Count(value);

    /// <summary>"2.662/2.748"; with <paramref name="padded"/>, "04/66".</summary>
    public static string Fraction(int part, int whole, bool padded = false) =>
        (padded ? PaddedCount(part) : Count(part)) + "/" + Count(whole);

    /// <summary>A share as a percentage with one decimal: 145/120 → "120,8%". Empty when the whole is zero.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "" : Percent((decimal)part * 100 / whole);

    /// <summary>120.83 → "120,8%".</summary>
    public static string Percent(decimal percent) =>
        Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.#", Numbers) + "%";

    /// <summary>A score with a decimal comma: 85.5 → "85,5".</summary>
    public static string Score(decimal value) => value.ToString("#,0.##", Numbers);

    /// <summary>16/01/2020.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ngày 16 tháng 01 năm 2020", as documents write a date.</summary>
    public static string LongDate(DateOnly date) =>
        $"ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}";
}
