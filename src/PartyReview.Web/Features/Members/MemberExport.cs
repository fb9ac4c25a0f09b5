using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Members;

/// <summary>The member list's columns for "Tải Excel" / "Tải CSV": those of the page, with its headers.</summary>
public static class MemberExport
{
    public const string FileStem = "dang-vien";

    public static IReadOnlyList<ExportColumn<MemberLine>> Columns(IStringLocalizer<SharedResource> text, bool includeLeft)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExportColumns<MemberLine>()
            .Text(text["Member.Code"], m => m.MemberCode)
            .Text(text["Entry.Member"], m => m.FullName)
            .Date(text["Member.BirthDate"], m => m.BirthDate)
            .Date(text["Member.AdmittedOn"], m => m.AdmittedOn)
            .Text(text["Member.CardNumber"], m => m.PartyCardNumber)
            .Text(text["Member.Status"], m => text["MemberStatus." + m.Status])

            // The page writes "· đã chuyển đi 12/03/2020" after the status; the file gives the date its own column.
            .If(includeLeft, c => c.Date(text["Export.LeftOn"], m => m.LeftOn))
            .Text(text["Subject.Organization"], m => m.Organization)
            .All;
    }
}
