using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Text;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Organizations;

/// <summary>The committee's grassroots organizations: list, search, create, edit, history.</summary>
public sealed class OrganizationService(PartyReviewDbContext db, CurrentCommittee currentCommittee)
{
    public async Task<PagedList<OrganizationLine>> ListAsync(string? query, OrganizationKind? kind, int? onlyOrganization, int page, CancellationToken cancellationToken = default)
    {
        var organizations = await QueryAsync(query, kind, onlyOrganization, cancellationToken);
        var total = await organizations.CountAsync(cancellationToken);
        var items = await organizations
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<OrganizationLine>(items, page, Paging.DefaultPageSize, total);
    }

    /// <summary>The list's rows with its filters and scope, by code, projected in the database: paged by the page, streamed by the export.</summary>
    public async Task<IQueryable<OrganizationLine>> QueryAsync(string? query, OrganizationKind? kind, int? onlyOrganization, CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        var committeeId = committee?.Id ?? -1;
        var organizations = db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId);
        if (onlyOrganization is { } only)
        {
            organizations = organizations.Where(o => o.Id == only);
        }

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

        return new OrganizationDetailsViewModel
        {
            Id = organization.Id,
            Organization = ToForm(organization),
            Members = await db.Members.CountAsync(m => m.OrganizationId == id && m.LeftOn == null, cancellationToken),
            History = await History.ReadAsync(db, a => a.OrganizationId == id && a.MemberId == null, cancellationToken),
        };
    }

    /// <summary>Creates or updates; returns the field errors, empty when saved.</summary>
    public async Task<Dictionary<string, string>> SaveAsync(int? id, OrganizationForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committee = await currentCommittee.GetAsync(cancellationToken) ?? throw new InvalidOperationException("No committee.");
        var errors = new Dictionary<string, string>();
        var code = form.Code!.Trim().ToUpperInvariant();
        if (await db.Organizations.AnyAsync(o => o.CommitteeId == committee.Id && o.Code == code && o.Id != id, cancellationToken))
        {
            errors[nameof(form.Code)] = $"Mã {code} đã được dùng cho tổ chức khác.";
        }

        if (form.DissolvedOn is { } dissolved && dissolved <= form.FoundedOn)
        {
            errors[nameof(form.DissolvedOn)] = "Ngày giải thể phải sau ngày thành lập.";
        }

        if (form.FoundedOn > DateOnly.FromDateTime(DateTime.Today))
        {
            errors[nameof(form.FoundedOn)] = "Ngày thành lập không được ở tương lai.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var organization = id is null
            ? db.Organizations.Add(new Organization { CommitteeId = committee.Id, Code = code, Name = form.Name! }).Entity
            : await db.Organizations.SingleOrDefaultAsync(o => o.Id == id && o.CommitteeId == committee.Id, cancellationToken)
              ?? throw new KeyNotFoundException();
        organization.Code = code;
        organization.Name = form.Name!;
        organization.Kind = form.Kind!.Value;
        organization.FoundedOn = form.FoundedOn!.Value;
        organization.DissolvedOn = form.DissolvedOn;
        organization.HasExecutiveCommittee = form.HasExecutiveCommittee;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private static OrganizationForm ToForm(Organization o) => new()
    {
        Code = o.Code,
        Name = o.Name,
        Kind = o.Kind,
        FoundedOn = o.FoundedOn,
        DissolvedOn = o.DissolvedOn,
        HasExecutiveCommittee = o.HasExecutiveCommittee,
    };
}
