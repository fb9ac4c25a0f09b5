using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Organizations;

/// <summary>The organization list's columns for "Tải Excel" / "Tải CSV": those of the page, with its headers.</summary>
public static class OrganizationExport
{
    public const string FileStem = "to-chuc-co-so-dang";

    public static IReadOnlyList<ExportColumn<OrganizationLine>> Columns(IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExportColumns<OrganizationLine>()
            .Text(text["Organization.Code"], o => o.Code)
            .Text(text["Organization.Name"], o => o.Name)
            .Text(text["Organization.Kind"], o => text["OrganizationKind." + o.Kind])
            .Date(text["Organization.FoundedOn"], o => o.FoundedOn)

            // The page marks a dissolved organization with a badge beside its name; the file gives the date its own column.
            .Date(text["Organization.DissolvedOn"], o => o.DissolvedOn)
            .Text(text["Organization.HasExecutiveCommittee"], o => o.HasExecutiveCommittee ? text["Common.Yes"] : text["Common.No"])
            .Number(text["Nav.Members"], o => o.Members)
            .All;
    }
}
