using Microsoft.Extensions.Localization;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Reports;

/// <summary>A drill-down's title and, for "Tải Excel" / "Tải CSV", its columns: those of the page, with its headers.</summary>
public static class DrillExport
{
    /// <summary>"Đảng viên – Hoàn thành xuất sắc nhiệm vụ – 2019", or "Kết nạp đảng viên 2019"; also the file's name.</summary>
    public static string Title(IStringLocalizer<SharedResource> text, int year, DrillSubject subject, DrillLevel level, NotRatedReason? reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        var subjectLabel = SubjectLabel(text, subject);
        if (subject == DrillSubject.Admission)
        {
            return $"{subjectLabel} {year}";
        }

        var levelLabel = level switch
        {
            DrillLevel.All => text["Drill.All"].Value,
            DrillLevel.GoodOrBetter => text["Level.GoodOrBetter"].Value,
            DrillLevel.Rated => text["Summary.Rated"].Value,
            DrillLevel.NotRated => reason is { } r ? $"{text["Summary.NotRated"].Value}: {text["Reason." + r].Value}" : text["Summary.NotRated"].Value,
            DrillLevel.Pending => text["Summary.Pending"].Value,
            DrillLevel.Absent => text["Summary.Absent"].Value,
            DrillLevel.Undecided => text["Summary.Undecided"].Value,
            _ => text["Level." + (QualityLevel)(int)level].Value,
        };
        return $"{subjectLabel} – {levelLabel} – {year}";
    }

    public static string SubjectLabel(IStringLocalizer<SharedResource> text, DrillSubject subject)
    {
        ArgumentNullException.ThrowIfNull(text);
        return subject switch
        {
            DrillSubject.Admission => text["Drill.Admissions"].Value,
            DrillSubject.AffiliatedCell => text["OrganizationKind.AffiliatedCell"].Value,
            _ => text["Subject." + (SubjectKind)(int)subject].Value,
        };
    }

    public static IReadOnlyList<ExportColumn<DrillRow>> Columns(IStringLocalizer<SharedResource> text, DrillSubject subject, bool usesPointScale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var isMember = subject is DrillSubject.Member or DrillSubject.Admission;
        var admission = subject == DrillSubject.Admission;
        return new ExportColumns<DrillRow>()
            .RowNumber(text["Drill.No"])
            .Text(text["Dashboard.Code"], r => r.Code)
            .Text(isMember ? text["Drill.MemberName"] : text["Dashboard.OrganizationName"], r => r.Name)
            .If(isMember, c => c.Text(text["Drill.Organization"], r => r.OrganizationName))
            .If(admission, c => c.Date(text["Drill.AdmittedOn"], r => r.Date))
            .If(!admission, c => c.Text(text["Drill.Result"], r =>
                r.Level is { } level ? text["Level." + level] : r.Reason is { } reason ? text["Reason." + reason] : text["Summary.Pending"]))
            .If(!admission && usesPointScale, c => c.Number(text["Drill.Score"], r => r.Score))
            .All;
    }
}
