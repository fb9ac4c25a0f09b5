using System.Globalization;
using PartyReview.Domain.Formatting;

namespace PartyReview.Web.Features.Periods;

/// <summary>What keeps a period from being decided: the subjects with no decided value, and those "vắng mặt".</summary>
public sealed record UndecidedSubjects(SubjectCounts Pending, SubjectCounts Absent)
{
    public bool IsEmpty => Pending.Total + Absent.Total == 0;
}

/// <summary>
/// A count of members, organizations (TCCS) and leadership collectives. As a message argument it reads in the user's
/// language, naming only the kinds counted: "12 đảng viên, 1 tổ chức" / "12 members, 1 organization".
/// </summary>
public sealed record SubjectCounts(int Members, int Organizations, int Leadership) : IFormattable
{
    public int Total => Members + Organizations + Leadership;

    public override string ToString() => ToString(null, CultureInfo.CurrentUICulture);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var parts = new List<string>();
        Add(Members, "đảng viên", "member", "members");
        Add(Organizations, "tổ chức", "organization", "organizations");
        Add(Leadership, "tập thể lãnh đạo", "leadership collective", "leadership collectives");
        return string.Join(", ", parts);

        void Add(int count, string vietnamese, string one, string many)
        {
            if (count > 0)
            {
                parts.Add(english
                    ? $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}"
                    : $"{VietnameseFormat.Count(count)} {vietnamese}");
            }
        }
    }
}
