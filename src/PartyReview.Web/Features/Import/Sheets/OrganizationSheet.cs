using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Organizations;
using static PartyReview.Web.Features.Import.RowCells;

namespace PartyReview.Web.Features.Import;

/// <summary>The Organizations sheet: each row adds an organization of a new code or updates the one of its code.</summary>
internal sealed class OrganizationSheet(ImportRun run)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    private sealed record OrganizationRow(string Code, string Name, OrganizationKind Kind, DateOnly FoundedOn, DateOnly? DissolvedOn, bool HasExecutiveCommittee);

    public void Import(IReadOnlyList<ParsedRow> rows) =>
        run.EachRow(rows, row => $"{Code(row["Code"])} – {row["Name"]}", Read, (_, parsed, outcome) => Apply(parsed, outcome));

    private OrganizationRow? Read(ParsedRow row, RowOutcome outcome)
    {
        var code = Code(Required(row, "Code", Organization.CodeMaxLength, outcome));
        var name = Required(row, "Name", Organization.NameMaxLength, outcome);
        var kind = Parse(row, "Kind", ImportSpellings.OrganizationKinds, ImportMessages.UnreadableOrganizationKind, outcome, required: true);
        var founded = Date(row, "FoundedOn", outcome, required: true);
        var dissolved = Date(row, "DissolvedOn", outcome);
        var executive = Parse(row, "HasExecutiveCommittee", ImportSpellings.Flags, ImportMessages.UnreadableFlag, outcome) ?? false;
        if (founded is { } f && dissolved is { } d && d <= f)
        {
            outcome.Fail(row.At("DissolvedOn", ImportMessages.OrganizationDissolvedBeforeFounded));
        }

        if (code is not null && !_seen.TryAdd(code, row.Number))
        {
            outcome.Fail(row.At("Code", ImportMessages.OrganizationDuplicateCode, code, Number(_seen[code])));
        }

        return outcome.Status == RowStatus.Error ? null : new OrganizationRow(code!, name!, kind!.Value, founded!.Value, dissolved, executive);
    }

    private void Apply(OrganizationRow row, RowOutcome outcome)
    {
        if (run.Organizations.TryGet(row.Code, out var existing))
        {
            var before = Describe(existing);
            existing.Name = row.Name;
            existing.Kind = row.Kind;
            existing.FoundedOn = row.FoundedOn;
            existing.DissolvedOn = row.DissolvedOn;
            existing.HasExecutiveCommittee = row.HasExecutiveCommittee;
            var after = Describe(existing);
            if (before != after)
            {
                outcome.Status = RowStatus.Updated;
                run.Audit(nameof(Organization), () => existing.Id, "Nhập: sửa tổ chức", before, after, () => new(existing.Id, null, null));
            }

            return;
        }

        var organization = new Organization
        {
            CommitteeId = run.Committee.Id, Code = row.Code, Name = row.Name, Kind = row.Kind, FoundedOn = row.FoundedOn, DissolvedOn = row.DissolvedOn,
            HasExecutiveCommittee = row.HasExecutiveCommittee,
        };
        run.Db.Organizations.Add(organization);
        run.Organizations.Add(organization, run.NextTemporaryKey());
        outcome.Status = RowStatus.New;
        run.Audit(nameof(Organization), () => organization.Id, "Nhập: thêm tổ chức", null, Describe(organization), () => new(organization.Id, null, null));
    }

    /// <summary>The organization as its audit line tells it.</summary>
    private static string Describe(Organization o) =>
        $"{o.Code} – {o.Name}, {ImportFormat.KindName(o.Kind)}, thành lập {VietnameseFormat.Date(o.FoundedOn)}" +
        (o.DissolvedOn is { } d ? $", giải thể {VietnameseFormat.Date(d)}" : "") + (o.HasExecutiveCommittee ? ", có cấp ủy" : ", không có cấp ủy");
}
