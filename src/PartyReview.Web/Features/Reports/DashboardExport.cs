using Microsoft.Extensions.Localization;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Reports;

/// <summary>The columns of the dashboard's organization table for "Tải Excel" / "Tải CSV": those of the page, with its headers.</summary>
public static class DashboardExport
{
    public static IReadOnlyList<ExportColumn<OrganizationTableRow>> Columns(IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExportColumns<OrganizationTableRow>()
            .RowNumber(text["Drill.No"])
            .Text(text["Dashboard.Code"], r => r.Code)
            .Text(text["Dashboard.OrganizationName"], r => r.Name)
            .Text(text["Subject.Organization"], r =>
                r.Level is { } level ? level.Abbreviation() : r.Reason is { } reason ? text["Reason." + reason] : text["Summary.Pending"])
            .Number(text["Drill.Score"], r => r.Score)
            .Text(text["Subject.Leadership"], r => r.HasLeadership ? r.LeadershipLevel?.Abbreviation() ?? "—" : "")
            .Number(text["Subject.Member"], r => r.Members)
            .Number(QualityLevel.Excellent.Abbreviation(), r => r.Excellent)
            .Number(QualityLevel.Good.Abbreviation(), r => r.Good)
            .Number(QualityLevel.Complete.Abbreviation(), r => r.Complete)
            .Number(QualityLevel.NotComplete.Abbreviation(), r => r.NotComplete)
            .Number(text["Summary.NotRated"], r => r.NotRated)
            .Number(text["Summary.Pending"], r => r.Pending)
            .Number(text["Summary.Absent"], r => r.Absent)
            .All;
    }
}
