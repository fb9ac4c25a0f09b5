using Microsoft.Extensions.Localization;
using PartyReview.Domain.Commendations;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Commendations;

/// <summary>An award's list of candidates for "Tải Excel" / "Tải CSV": the page's columns and headers.</summary>
public static class CommendationExport
{
    public static string FileStem(int year, AwardKind award) => award switch
    {
        AwardKind.ExemplaryOrganization => $"khen-thuong-{year}-tccs-tieu-bieu",
        AwardKind.OutstandingPartyBuilding => $"khen-thuong-{year}-tccs-xay-dung-dang",
        AwardKind.ExcellentMember => $"khen-thuong-{year}-dang-vien-htxsnv",
        _ => $"khen-thuong-{year}-dang-vien-htxsnv-nhieu-nam-lien",
    };

    public static IReadOnlyList<ExportColumn<Candidate>> Columns(IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExportColumns<Candidate>()
            .RowNumber(text["Drill.No"])
            .Text(text["Commendations.Name"], c => c.Name)
            .Text(text["Commendations.Unit"], c => c.Unit)
            .Text(text["Commendations.Why"], c => c.Why)

            // The page shows the decision that already awards a candidate as a badge beside the reason.
            .Text(text["Commendations.AwardedBy"], c => c.AwardedBy)
            .All;
    }
}
