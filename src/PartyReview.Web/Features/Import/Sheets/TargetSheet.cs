using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using static PartyReview.Web.Features.Import.RowCells;

namespace PartyReview.Web.Features.Import;

/// <summary>The Admission targets sheet: each row sets the committee's (or an organization's) admission target of a year.</summary>
internal sealed class TargetSheet(ImportRun run)
{
    private readonly Dictionary<(int, int?), int> _seen = [];
    private Dictionary<(int Year, int? Organization), AdmissionTarget> _targets = [];

    private sealed record TargetRow(int Year, Organization? Organization, int? OrganizationKey, int Target);

    public async Task ImportAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
    {
        _targets = (await run.Db.AdmissionTargets.Where(t => t.CommitteeId == run.Committee.Id).ToListAsync(cancellationToken))
            .ToDictionary(t => (t.Year, t.OrganizationId));
        run.EachRow(rows, row => $"Chỉ tiêu {row["Year"]} {Code(row["OrganizationCode"]) ?? "toàn Đảng bộ"}", Read, (_, parsed, outcome) => Apply(parsed, outcome));
    }

    private TargetRow? Read(ParsedRow row, RowOutcome outcome)
    {
        var year = Integer(row, "Year", 2000, 2100, outcome, required: true);
        var organization = run.Organizations.Find(row, "OrganizationCode", outcome, required: false);
        var value = Integer(row, "Target", 0, 100_000, outcome, required: true);
        int? organizationKey = organization is null ? null : run.Organizations.KeyOf(organization);
        if (year is { } y && !_seen.TryAdd((y, organizationKey), row.Number))
        {
            outcome.Fail(new ImportMessage(ImportMessages.TargetDuplicate, Number(_seen[(y, organizationKey)])));
        }

        return outcome.Status == RowStatus.Error ? null : new TargetRow(year!.Value, organization, organizationKey, value!.Value);
    }

    private void Apply(TargetRow row, RowOutcome outcome)
    {
        var organization = row.Organization;
        var action = (organization is null ? "Chỉ tiêu kết nạp – toàn Đảng bộ" : $"Chỉ tiêu kết nạp – {organization.Code} – {organization.Name}") + $" năm {row.Year}";
        var value = row.Target.ToString(CultureInfo.InvariantCulture);
        if (_targets.TryGetValue((row.Year, row.OrganizationKey), out var target))
        {
            if (target.Target == row.Target)
            {
                return;
            }

            var old = target.Target;
            target.Target = row.Target;
            outcome.Status = RowStatus.Updated;
            run.Audit("AdmissionTarget", () => organization?.Id ?? 0, action, old.ToString(CultureInfo.InvariantCulture), value, () => new(organization?.Id, null, null));
            return;
        }

        target = new AdmissionTarget { CommitteeId = run.Committee.Id, Year = row.Year, OrganizationId = row.OrganizationKey, Target = row.Target };
        run.Db.AdmissionTargets.Add(target);
        _targets[(row.Year, row.OrganizationKey)] = target;
        outcome.Status = RowStatus.New;
        run.Audit("AdmissionTarget", () => organization?.Id ?? 0, action, null, value, () => new(organization?.Id, null, null));
    }
}
