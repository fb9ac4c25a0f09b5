using Microsoft.Extensions.Localization;
using PartyReview.Domain.Movements;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Movements;

/// <summary>The movements page's table and the probation list, for "Tải Excel" / "Tải CSV", with the pages' headers.</summary>
public static class MovementExport
{
    public static string YearFileStem(int year) => $"bien-dong-dang-vien-{year}";

    public const string ProbationFileStem = "dang-vien-du-bi-den-han";

    /// <summary>
    /// One row per organization as on the page, then (for committee-wide users, as on the page) the committee's row.
    /// The page's "TCCS02 Đảng bộ Sở Tài chính" cell becomes a code and a name column.
    /// </summary>
    public static IReadOnlyList<OrganizationMovements> YearRows(YearMovementsViewModel model, bool withCommitteeRow, string committeeRowName)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!withCommitteeRow)
        {
            return model.Organizations.Items;
        }

        var c = model.Committee;
        return [.. model.Organizations.Items, new OrganizationMovements(
            0, "", committeeRowName, c.MembersAtStart ?? 0, c.Admitted, c.Count(MembershipEventKind.MadeOfficial),
            c.Count(MembershipEventKind.TransferredIn), c.Count(MembershipEventKind.TransferredOut), c.Count(MembershipEventKind.Removed),
            c.Count(MembershipEventKind.StruckOff), c.Count(MembershipEventKind.Deceased), c.Count(MembershipEventKind.PartyCardIssued),
            c.MembersAtEnd ?? 0, c.AdmissionTarget)];
    }

    public static IReadOnlyList<ExportColumn<OrganizationMovements>> YearColumns(IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExportColumns<OrganizationMovements>()
            .Text(text["Organization.Code"], o => o.Code)
            .Text(text["Subject.Organization"], o => o.Name)
            .Number(text["Movement.AtStartShort"], o => o.AtStart)
            .Number(text["MovementKind.Admitted"], o => o.Admitted)
            .Number(text["Movement.Target"], o => o.Target)
            .Number(text["MovementKind.MadeOfficial"], o => o.MadeOfficial)
            .Number(text["MovementKind.TransferredIn"], o => o.In)
            .Number(text["MovementKind.TransferredOut"], o => o.Out)
            .Number(text["MovementKind.Removed"], o => o.Removed)
            .Number(text["MovementKind.StruckOff"], o => o.StruckOff)
            .Number(text["MovementKind.Deceased"], o => o.Deceased)
            .Number(text["MovementKind.PartyCardIssued"], o => o.Cards)
            .Number(text["Movement.AtEndShort"], o => o.AtEnd)
            .All;
    }

    /// <summary>The page's two tables in one list: those waiting for the decision, then those whose months end soon.</summary>
    public static IReadOnlyList<(string Group, ProbationLine Line)> ProbationRows(ProbationViewModel model, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(text);
        string waiting = text["Movement.Waiting"], upcoming = text["Movement.Upcoming"];
        return [.. model.Waiting.Select(l => (waiting, l)), .. model.Upcoming.Select(l => (upcoming, l))];
    }

    public static IReadOnlyList<ExportColumn<(string Group, ProbationLine Line)>> ProbationColumns(IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExportColumns<(string Group, ProbationLine Line)>()
            .Text(text["Export.Group"], r => r.Group)
            .Text(text["Entry.Member"], r => r.Line.FullName)
            .Text(text["Member.Code"], r => r.Line.MemberCode)
            .Text(text["Subject.Organization"], r => r.Line.Organization)
            .Date(text["Member.AdmittedOn"], r => r.Line.AdmittedOn)
            .Date(text["Movement.ProbationEnds"], r => r.Line.ProbationEndsOn)
            .Date(text["Movement.DecisionDue"], r => r.Line.DecisionDueOn)
            .Text(text["Movement.Standing"], r => r.Line.IsOverdue ? text["Movement.Overdue", -r.Line.DaysLeft] : text["Movement.DaysLeft", r.Line.DaysLeft])
            .All;
    }
}
