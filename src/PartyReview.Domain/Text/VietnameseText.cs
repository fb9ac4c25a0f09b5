using System.Globalization;
using System.Text;

namespace PartyReview.Domain.Text;

/// <summary>
/// Vietnamese search and ordering: "nguyen van an" finds "Nguyễn Văn An", and names sort by given name (the last word),
/// then middle and family names, letter by letter in the Vietnamese alphabet (a ă â b c d đ e ê …), then by tone.
/// Keys are plain digits and letters so that every database orders them the same way.
/// </summary>
public static class VietnameseText
{
    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

    // Tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
    private static readonly Dictionary<char, int> Tones = new()
    {
        ['\u0300'] = 1, // huyền
        ['\u0309'] = 2, // hỏi
        ['\u0303'] = 3, // ngã
        ['\u0301'] = 4, // sắc
        ['\u0323'] = 5, // nặng
    };

    /// <summary>Lower case, without diacritics, đ as d, single spaces: the form search compares.</summary>
    public static string SearchKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key that orders full names the Vietnamese way: given name, then middle names, then family name.</summary>
    public static string NameSortKey(string? fullName)
    {
        var words = (fullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "";
        }

        // Given name first, then the middle names, then the family name.
        var ordered = words.Length == 1 ? words : [words[^1], .. words[1..^1], words[0]];
        var letters = new StringBuilder();
        var tones = new StringBuilder();
        foreach (var word in ordered)
        {
            if (letters.Length > 0)
            {
                letters.Append("00");
            }

            AppendWord(word, letters, tones);
        }

        return letters.Append('-').Append(tones).ToString();
    }

    private static void AppendWord(string word, StringBuilder letters, StringBuilder tones)
    {
        foreach (var composed in word.ToLowerInvariant().Normalize(NormalizationForm.FormC))
        {
            var decomposed = composed.ToString().Normalize(NormalizationForm.FormD);
            var tone = 0;
            var letter = new StringBuilder();
            foreach (var c in decomposed)
            {
                if (Tones.TryGetValue(c, out var t))
                {
                    tone = t;
                }
                else
                {
                    letter.Append(c);
                }
            }

            // The letter without its tone, composed again: "ấ" → "â".
            var baseLetter = letter.ToString().Normalize(NormalizationForm.FormC);
            var index = baseLetter.Length == 1 ? Alphabet.IndexOf(baseLetter[0], StringComparison.Ordinal) : -1;
            letters.Append(index >= 0 ? (index + 1).ToString("00", CultureInfo.InvariantCulture) : "99");
            tones.Append(tone.ToString(CultureInfo.InvariantCulture));
        }
    }
}
