using Microsoft.Extensions.Localization;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Periods;

/// <summary>
/// The period overview's table for "Tải Excel" / "Tải CSV": the page's columns and headers, where a cell of the page
/// packs several figures ("12/30", "3 · 20 · 5 · 0", "HTXSNV (92,5)") the file gives each its own number column.
/// </summary>
public static class OverviewExport
{
    public static string FileStem(int year) => $"tien-do-ky-danh-gia-{year}";

    public static IReadOnlyList<ExportColumn<OverviewLine>> Columns(IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExportColumns<OverviewLine>()
            .Text(text["Organization.Code"], l => l.Code)
            .Text(text["Subject.Organization"], l => l.Name)
            .Text(text["Export.EntryStatus"], l => text["EntryStatus." + l.EntryStatus])
            .Number(text["Overview.Progress"], l => l.Entered)
            .Number(text["Export.MemberCount"], l => l.Members)
            .Text(text["Overview.OrganizationLevel"], l => l.Level is { } level ? level.Abbreviation() : l.Reason is not null ? text["Summary.NotRated"] : "")
            .Number(text["Drill.Score"], l => l.Score)
            .Text(text["Overview.LeadershipLevel"], l => !l.HasLeadership ? text["Overview.NoLeadership"] : l.LeadershipLevel?.Abbreviation() ?? "")
            .Number(QualityLevel.Excellent.Abbreviation(), l => l.Excellent)
            .Number(QualityLevel.Good.Abbreviation(), l => l.Good)
            .Number(QualityLevel.Complete.Abbreviation(), l => l.Complete)
            .Number(QualityLevel.NotComplete.Abbreviation(), l => l.NotComplete)
            .Text(text["Overview.Warnings"], l => string.Join("\n", l.Warnings))
            .Text(text["Overview.LastSaved"], l => l.LastSavedBy)
            .DateTime(text["Export.LastSavedAt"], l => l.LastSavedAt)
            .All;
    }
}
