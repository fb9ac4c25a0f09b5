using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Movements;
using PartyReview.Web.Features.Organizations;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Movements;

/// <summary>A year's admission targets: the committee's and any organization's own.</summary>
public sealed class AdmissionTargetService(PartyReviewDbContext db, LedgerLookups lookups, IAuditContext audit)
{
    private const string EntityType = "AdmissionTarget";

    public async Task<TargetsViewModel> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        var committeeId = await lookups.CommitteeIdAsync(cancellationToken);
        var targets = await db.AdmissionTargets.AsNoTracking().Where(t => t.CommitteeId == committeeId && t.Year == year).ToListAsync(cancellationToken);
        return new TargetsViewModel
        {
            Year = year,
            Form = new TargetsForm
            {
                CommitteeTarget = targets.SingleOrDefault(t => t.OrganizationId == null)?.Target,
                Organizations = targets.Where(t => t.OrganizationId != null).ToDictionary(t => t.OrganizationId!.Value, t => (int?)t.Target),
            },
            Organizations = await OrganizationsAsync(cancellationToken),
        };
    }

    public async Task<IReadOnlyList<OrganizationOption>> OrganizationsAsync(CancellationToken cancellationToken = default) =>
        [.. (await lookups.OrganizationNamesAsync(cancellationToken)).Select(n => new OrganizationOption(n.Key, "", n.Value))];

    /// <summary>Saves the year's admission targets (the committee's and any organization's), audited.</summary>
    public async Task<Result> SaveAsync(int year, TargetsForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var committeeId = await lookups.CommitteeIdAsync(cancellationToken);
        var names = await lookups.OrganizationNamesAsync(cancellationToken);
        if (form.Organizations.Keys.Any(id => !names.ContainsKey(id)))
        {
            return Result.Fail(null, MovementsMessages.OrganizationUnknown);
        }

        if (form.Organizations.Values.Any(v => v is < 0 or > 100_000))
        {
            return Result.Fail(null, MovementsMessages.TargetOutOfRange);
        }

        var targets = await db.AdmissionTargets.Where(t => t.CommitteeId == committeeId && t.Year == year).ToListAsync(cancellationToken);
        audit.Source = $"Chỉ tiêu kết nạp năm {year}";
        var wanted = form.Organizations.Where(p => p.Value is not null).Select(p => ((int?)p.Key, p.Value!.Value)).ToList();
        if (form.CommitteeTarget is { } committeeTarget)
        {
            wanted.Add((null, committeeTarget));
        }

        foreach (var target in targets.Where(t => wanted.All(w => w.Item1 != t.OrganizationId)))
        {
            db.AdmissionTargets.Remove(target);
            Audit(target.OrganizationId, target.Target, null, names);
        }

        foreach (var (organization, value) in wanted)
        {
            var target = targets.SingleOrDefault(t => t.OrganizationId == organization);
            if (target is null)
            {
                db.AdmissionTargets.Add(new AdmissionTarget { CommitteeId = committeeId, Year = year, OrganizationId = organization, Target = value });
                Audit(organization, null, value, names);
            }
            else if (target.Target != value)
            {
                Audit(organization, target.Target, value, names);
                target.Target = value;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok;
    }

    private void Audit(int? organization, int? old, int? value, IReadOnlyDictionary<int, string> names) =>
        db.Audit.Record(EntityType, organization ?? 0,
            organization is { } o ? $"Chỉ tiêu kết nạp – {names.GetValueOrDefault(o)}" : "Chỉ tiêu kết nạp – toàn Đảng bộ",
            old?.ToString(CultureInfo.InvariantCulture), value?.ToString(CultureInfo.InvariantCulture), organizationId: organization);
}
