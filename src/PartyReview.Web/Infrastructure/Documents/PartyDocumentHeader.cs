using PartyReview.Domain.Committees;
using PartyReview.Domain.Formatting;

namespace PartyReview.Web.Infrastructure.Documents;

/// <summary>
/// The header of a Party document (Hướng dẫn 36-HD/VPTW): top left the upper body, the issuing body in bold, a star and
/// the number and symbol; top right "ĐẢNG CỘNG SẢN VIỆT NAM", underlined, and the place and date in italics.
/// </summary>
public sealed record PartyDocumentHeader(string UpperBody, string IssuingBody, string NumberAndSymbol, string PlaceAndDate)
{
    public const string PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM";

    public static PartyDocumentHeader For(Committee committee, string numberAndSymbol, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(committee);
        return new PartyDocumentHeader(
            committee.UpperBodyName.ToUpperInvariant(),
            IssuingBodyName(committee).ToUpperInvariant(),
            numberAndSymbol,
            $"{committee.Place}, {VietnameseFormat.LongDate(date)}");
    }

    /// <summary>
    /// The issuing body without the province, which the upper body's line already names: "Đảng ủy Khối Các cơ quan tỉnh"
    /// (upper-cased in the header, as written in sentences otherwise).
    /// </summary>
    public static string IssuingBodyName(Committee committee)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var name = committee.Name.Trim();
        var place = " " + committee.Place.Trim();
        if (name.EndsWith(place, StringComparison.Ordinal) && committee.UpperBodyName.EndsWith(place, StringComparison.Ordinal))
        {
            name = name[..^place.Length];
        }

        return name;
    }
}
