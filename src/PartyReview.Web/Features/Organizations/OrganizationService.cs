using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Text;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Organizations;

/// <summary>The committee's grassroots organizations: list, search, create, edit, history.</summary>
public sealed class OrganizationService(PartyReviewDbContext db, CurrentCommittee currentCommittee, TimeProvider clock)
{
    /// <summary>
    /// The organizations (not dissolved) in <paramref name="scope"/>, by code, for a form's drop-down: at most
    /// <see cref="OrganizationChoiceModel.MaxOptions"/> of them and the selected one; searchable when there are more.
    /// </summary>
    public async Task<OrganizationChoiceModel> OptionsAsync(Scope scope, int? selectedId = null, CancellationToken cancellationToken = default)
    {
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        var organizations = db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId).InScope(scope, o => o.Id);
        var first = await organizations.Where(o => o.DissolvedOn == null)
            .OrderBy(o => o.Code).Take(OrganizationChoiceModel.MaxOptions + 1)
            .Select(o => new OrganizationOption(o.Id, o.Code, o.Name)).ToListAsync(cancellationToken);
        var selected = selectedId is { } id && first.Count > OrganizationChoiceModel.MaxOptions
            ? await organizations.Where(o => o.Id == id).Select(o => new OrganizationOption(o.Id, o.Code, o.Name)).FirstOrDefaultAsync(cancellationToken)
            : null;
        return OrganizationChoiceModel.From(first, selected);
    }

    /// <summary>
    /// The organizations (not dissolved) whose code or name (without accents) holds <paramref name="query"/>, by code, at
    /// most <see cref="OrganizationChoiceModel.MaxOptions"/>: what a drop-down's search box asks for. In
    /// <paramref name="scope"/>, or the whole committee when <paramref name="wholeCommittee"/> (a transfer's counterpart).
    /// </summary>
    public async Task<IReadOnlyList<OrganizationOption>> SearchOptionsAsync(string? query, Scope scope, bool wholeCommittee, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        var organizations = db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId && o.DissolvedOn == null);
        if (!wholeCommittee)
        {
            organizations = organizations.InScope(scope, o => o.Id);
        }

        var key = VietnameseText.SearchKey(query);
        if (key.Length > 0)
        {
            var code = query!.Trim().ToUpperInvariant();
            organizations = organizations.Where(o => o.SearchName.Contains(key) || o.Code.Contains(code));
        }

        return await organizations.OrderBy(o => o.Code).Take(OrganizationChoiceModel.MaxOptions)
            .Select(o => new OrganizationOption(o.Id, o.Code, o.Name)).ToListAsync(cancellationToken);
    }

    public async Task<PagedList<OrganizationLine>> ListAsync(string? query, OrganizationKind? kind, Scope scope, int page, CancellationToken cancellationToken = default)
    {
        var organizations = await QueryAsync(query, kind, scope, cancellationToken);
        var total = await organizations.CountAsync(cancellationToken);
        var items = await organizations
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<OrganizationLine>(items, page, Paging.DefaultPageSize, total);
    }

    /// <summary>The list's rows with its filters and scope, by code, projected in the database: paged by the page, streamed by the export.</summary>
    public async Task<IQueryable<OrganizationLine>> QueryAsync(string? query, OrganizationKind? kind, Scope scope, CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        var committeeId = committee?.Id ?? CurrentCommittee.NoCommittee;
        var organizations = db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId).InScope(scope, o => o.Id);

        var key = VietnameseText.SearchKey(query);
        if (key.Length > 0)
        {
            var code = query!.Trim().ToUpperInvariant();
            organizations = organizations.Where(o => o.SearchName.Contains(key) || o.Code.Contains(code));
        }

        if (kind is { } k)
        {
            organizations = organizations.Where(o => o.Kind == k);
        }

        return organizations
            .OrderBy(o => o.Code)
            .Select(o => new OrganizationLine(o.Id, o.Code, o.Name, o.Kind, o.FoundedOn, o.DissolvedOn, o.HasExecutiveCommittee,
                db.Members.Count(m => m.OrganizationId == o.Id && m.LeftOn == null)));
    }

    public async Task<OrganizationDetailsViewModel?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.CommitteeId == committee!.Id, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var form = ToForm(organization);
        form.ParentCode = organization.ParentId is { } parentId
            ? await db.Organizations.Where(o => o.Id == parentId).Select(o => o.Code).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new OrganizationDetailsViewModel
        {
            Id = organization.Id,
            Organization = form,
            Members = await db.Members.CountAsync(m => m.OrganizationId == id && m.LeftOn == null, cancellationToken),
            History = await History.OfOrganizationAsync(db, id, cancellationToken),
        };
    }

    /// <summary>Creates or updates; the field errors when refused.</summary>
    public async Task<Result> SaveAsync(int? id, OrganizationForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committee = await currentCommittee.GetAsync(cancellationToken) ?? throw new InvalidOperationException("No committee.");
        var errors = new List<ResultError>();
        var code = form.Code!.Trim().ToUpperInvariant();
        if (await db.Organizations.AnyAsync(o => o.CommitteeId == committee.Id && o.Code == code && o.Id != id, cancellationToken))
        {
            errors.Add(new(nameof(form.Code), OrganizationsMessages.CodeTaken, code));
        }

        if (form.DissolvedOn is { } dissolved && dissolved <= form.FoundedOn)
        {
            errors.Add(new(nameof(form.DissolvedOn), OrganizationsMessages.DissolvedBeforeFounded));
        }

        if (form.FoundedOn > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            errors.Add(new(nameof(form.FoundedOn), OrganizationsMessages.FoundedInFuture));
        }

        // The tree (ADR 0008): a chi bộ trực thuộc names its đảng bộ cơ sở; nothing else has a parent.
        var parentCode = string.IsNullOrWhiteSpace(form.ParentCode) ? null : form.ParentCode.Trim().ToUpperInvariant();
        var parent = parentCode is null ? null
            : await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.CommitteeId == committee.Id && o.Code == parentCode, cancellationToken);
        if (parentCode is not null && parent is null)
        {
            errors.Add(new(nameof(form.ParentCode), OrganizationsMessages.ParentUnknown, parentCode));
        }
        else if (form.Kind is { } kind)
        {
            var hasChildren = id is { } existing && await db.Organizations.AnyAsync(o => o.ParentId == existing, cancellationToken);
            var candidate = new Organization { Id = id ?? 0, CommitteeId = committee.Id, Code = code, Name = form.Name ?? "", Kind = kind };
            foreach (var problem in OrganizationTree.Check(candidate, parent, hasChildren).Distinct())
            {
                errors.Add(problem switch
                {
                    TreeProblem.AffiliatedCellWithoutParent => new(nameof(form.ParentCode), OrganizationsMessages.ParentMissing),
                    TreeProblem.HasChildren => new(nameof(form.Kind), OrganizationsMessages.HasChildren),
                    _ => new(nameof(form.ParentCode), OrganizationsMessages.ParentInvalid),
                });
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var organization = id is null
            ? db.Organizations.Add(new Organization { CommitteeId = committee.Id, Code = code, Name = form.Name! }).Entity
            : await db.Organizations.SingleOrDefaultAsync(o => o.Id == id && o.CommitteeId == committee.Id, cancellationToken)
              ?? throw new KeyNotFoundException();
        if (id is not null && form.Version is { } shown && shown != organization.Version)
        {
            return Stale(organization, form, code);
        }

        organization.Code = code;
        organization.Name = form.Name!;
        organization.Kind = form.Kind!.Value;
        organization.FoundedOn = form.FoundedOn!.Value;
        organization.DissolvedOn = form.DissolvedOn;
        organization.HasExecutiveCommittee = form.HasExecutiveCommittee;
        organization.ParentId = parent?.Id;
        organization.MarkChanged();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between the check and this UPDATE (… WHERE Version = shown).
            var fresh = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organization.Id, cancellationToken);
            return Stale(fresh, form, code);
        }

        return Result.Ok;
    }

    /// <summary>The save refused as a conflict, with what the other person saved.</summary>
    private static Result Stale(Organization current, OrganizationForm mine, string myCode)
    {
        var theirs = ToForm(current);
        theirs.Code = current.Code;
        return Result.Stale(EditConflict.Of(current.Version, Shown(theirs), Shown(new OrganizationForm
        {
            Code = myCode, Name = mine.Name?.Trim(), Kind = mine.Kind, FoundedOn = mine.FoundedOn, DissolvedOn = mine.DissolvedOn,
            HasExecutiveCommittee = mine.HasExecutiveCommittee,
        })));
    }

    private static ConflictValue[] Shown(OrganizationForm form) =>
    [
        new("Organization.Code", form.Code),
        new("Organization.Name", form.Name),
        new("Organization.Kind", form.Kind is { } kind ? "OrganizationKind." + kind : null, ValueIsKey: true),
        new("Organization.FoundedOn", form.FoundedOn is { } founded ? VietnameseFormat.Date(founded) : null),
        new("Organization.DissolvedOn", form.DissolvedOn is { } dissolved ? VietnameseFormat.Date(dissolved) : null),
        new("Organization.HasExecutiveCommittee", form.HasExecutiveCommittee ? "Common.Yes" : "Common.No", ValueIsKey: true),
    ];

    private static OrganizationForm ToForm(Organization o) => new()
    {
        Code = o.Code,
        Name = o.Name,
        Kind = o.Kind,
        FoundedOn = o.FoundedOn,
        DissolvedOn = o.DissolvedOn,
        HasExecutiveCommittee = o.HasExecutiveCommittee,
        Version = o.Version,
    };
}
