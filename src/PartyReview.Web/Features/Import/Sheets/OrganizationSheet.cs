using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Organizations;
using static PartyReview.Web.Features.Import.RowCells;

namespace PartyReview.Web.Features.Import;

/// <summary>The Organizations sheet: each row adds an organization of a new code or updates the one of its code.</summary>
internal sealed class OrganizationSheet(ImportRun run)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    private sealed record OrganizationRow(
        string Code, string Name, OrganizationKind Kind, DateOnly FoundedOn, DateOnly? DissolvedOn, bool HasExecutiveCommittee, Organization? Parent);

    /// <summary>The chi bộ trực thuộc whose đảng bộ cơ sở is new in this file: their parent is written once it has an id.</summary>
    public List<(Organization Child, Organization Parent)> PendingParents { get; } = [];

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

        // The tree (ADR 0008): a chi bộ trực thuộc names its đảng bộ cơ sở (stored, or on a row above); nothing else has a parent.
        var parent = Code(row["ParentCode"]) is null ? null : run.Organizations.Find(row, "ParentCode", outcome, required: false);
        if (kind is { } k && outcome.Status != RowStatus.Error)
        {
            var existing = code is not null && run.Organizations.TryGet(code, out var known) ? known : null;
            var candidate = new Organization { Id = existing?.Id ?? 0, CommitteeId = run.Committee.Id, Code = code ?? "", Name = name ?? "", Kind = k };
            var hasChildren = existing is not null && run.Organizations.ChildrenOf(run.Organizations.KeyOf(existing)).Count > 0;
            foreach (var problem in OrganizationTree.Check(candidate, parent, hasChildren))
            {
                outcome.Fail(problem switch
                {
                    TreeProblem.AffiliatedCellWithoutParent => row.At("ParentCode", ImportMessages.OrganizationParentMissing),
                    TreeProblem.HasChildren => row.At("Kind", ImportMessages.OrganizationHasChildren, code ?? ""),
                    _ => row.At("ParentCode", ImportMessages.OrganizationParentInvalid, parent?.Code ?? ""),
                });
            }
        }

        return outcome.Status == RowStatus.Error ? null : new OrganizationRow(code!, name!, kind!.Value, founded!.Value, dissolved, executive, parent);
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
            SetParent(existing, row.Parent);
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
        SetParent(organization, row.Parent);
        outcome.Status = RowStatus.New;
        run.Audit(nameof(Organization), () => organization.Id, "Nhập: thêm tổ chức", null, Describe(organization), () => new(organization.Id, null, null));
    }

    /// <summary>
    /// The parent as the run knows it: its key (an id, or the temporary key of one the run adds), so that the rules see
    /// the tree on a dry run too; a new parent's real id is written after the stage is flushed (<see cref="WriteParents"/>).
    /// </summary>
    private void SetParent(Organization organization, Organization? parent)
    {
        organization.ParentId = parent is null ? null : run.Organizations.KeyOf(parent);
        if (parent is not null && parent.Id == 0)
        {
            PendingParents.Add((organization, parent));
        }
    }

    /// <summary>Once the stage is written, the new đảng bộ cơ sở have ids: their chi bộ get them as parent.</summary>
    public bool WriteParents()
    {
        foreach (var (child, parent) in PendingParents)
        {
            child.ParentId = run.Organizations.KeyOf(parent);
        }

        return PendingParents.Count > 0;
    }

    /// <summary>The organization as its audit line tells it.</summary>
    private static string Describe(Organization o) =>
        $"{o.Code} – {o.Name}, {ImportFormat.KindName(o.Kind)}, thành lập {VietnameseFormat.Date(o.FoundedOn)}" +
        (o.DissolvedOn is { } d ? $", giải thể {VietnameseFormat.Date(d)}" : "") + (o.HasExecutiveCommittee ? ", có cấp ủy" : ", không có cấp ủy");
}
