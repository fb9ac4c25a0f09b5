using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Admin.Settings;

/// <summary>The committee's settings: read, and saved with one audit line per changed field (or created on a new installation).</summary>
public sealed class SettingsService(
    PartyReviewDbContext db, CurrentCommittee currentCommittee, IHttpContextAccessor http, IAuditContext audit, TimeProvider clock, ILogger<SettingsService> logger)
{
    public const string Source = "Cài đặt đảng bộ";

    public async Task<SettingsViewModel> GetAsync(CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        var periods = committee is null ? [] : await db.ReviewPeriods.AsNoTracking()
            .Where(p => p.CommitteeId == committee.Id).OrderByDescending(p => p.Year)
            .Select(p => new { p.Year, p.Status, p.ExcellenceQuotaPercent, p.ExemplaryOrganizationAwardName, p.ConsecutiveYears })
            .ToListAsync(cancellationToken);
        return new SettingsViewModel
        {
            Exists = committee is not null,
            Form = committee is null ? new CommitteeSettingsForm { TermStartYear = clock.GetLocalNow().Year } : ToForm(committee),
            BuiltInWording = committee is null ? null : DecisionClauses.Defaults(committee, clock.GetLocalNow().Year),
            Periods = [.. periods.Select(p => new PeriodAwardLine(
                p.Year, p.Status, p.ExcellenceQuotaPercent,
                p.ExemplaryOrganizationAwardName ?? Eligibility.DefaultName(AwardKind.ExemplaryOrganization, p.Year, p.ConsecutiveYears),
                p.ExemplaryOrganizationAwardName is null, p.ConsecutiveYears))],
        };
    }

    /// <summary>
    /// Saves the settings; on a new installation this creates the committee. Refused as a conflict when the committee
    /// was saved by someone else since the form was shown (its version).
    /// </summary>
    public async Task<Result> SaveAsync(CommitteeSettingsForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var committeeId = await currentCommittee.IdAsync(cancellationToken);
        var committee = committeeId is { } id ? await db.Committees.SingleAsync(c => c.Id == id, cancellationToken) : null;
        audit.Source = Source;
        if (committee is null)
        {
            committee = new Committee
            {
                Name = Clean(form.Name)!,
                ShortName = Clean(form.ShortName)!,
                UpperBodyName = Clean(form.UpperBodyName)!,
                Place = Clean(form.Place)!,
                DocumentSymbol = Clean(form.DocumentSymbol)!,
            };
            db.Committees.Add(committee);
            Apply(committee, form);
            await db.SaveChangesAsync(cancellationToken);

            // The Admin who creates the committee works for it from now on (a new installation's first Admin has none).
            var actor = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
            await db.Users.Where(u => u.Id == actor && u.CommitteeId == null)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.CommitteeId, committee.Id), cancellationToken);
            db.Audit.Record(AccountAudit.Committee, committee.Id, "Tạo đảng bộ", null, $"{committee.Name}; {committee.DocumentSymbol}; {committee.Place}");
            logger.LogInformation("Created the committee {Name}", committee.Name);
        }
        else
        {
            if (form.Version is { } shown && shown != committee.Version)
            {
                return Stale(committee, form);
            }

            var before = ToForm(committee);
            Apply(committee, form);
            var after = ToForm(committee);
            foreach (var (label, oldValue, newValue) in Changes(before, after))
            {
                db.Audit.Record(AccountAudit.Committee, committee.Id, label, oldValue, newValue);
            }

            committee.MarkChanged();
            logger.LogInformation("Updated the settings of the committee {Name}", committee.Name);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between the check and this UPDATE (… WHERE Version = shown): nothing is written.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Stale(await db.Committees.AsNoTracking().SingleAsync(c => c.Id == committee.Id, cancellationToken), form);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Ok;
    }

    /// <summary>The save refused as a conflict, with the settings the other person saved.</summary>
    private static Result Stale(Committee current, CommitteeSettingsForm mine)
    {
        var wanted = new Committee { Name = "", ShortName = "", UpperBodyName = "", Place = "", DocumentSymbol = "" };
        Apply(wanted, mine);
        return Result.Stale(EditConflict.Of(current.Version, Shown(ToForm(current)), Shown(ToForm(wanted))));
    }

    private static ConflictValue[] Shown(CommitteeSettingsForm form) =>
    [
        new("Settings.Name", form.Name),
        new("Settings.ShortName", form.ShortName),
        new("Settings.UpperBodyName", form.UpperBodyName),
        new("Settings.Place", form.Place),
        new("Settings.DocumentSymbol", form.DocumentSymbol),
        new("Settings.TermStartYear", form.TermStartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Settings.DefaultSigner", form.DefaultSigner),
        new("Settings.DefaultSignerTitle", form.DefaultSignerTitle),
        new("Settings.DefaultQuota", form.DefaultExcellenceQuotaPercent?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Settings.Clause.Preamble", form.DecisionPreamble),
        new("Settings.Clause.Proposal", form.DecisionProposal),
        new("Settings.Clause.Article2", form.DecisionArticle2),
        new("Settings.Clause.Article3", form.DecisionArticle3),
        new("Settings.Clause.Recipients", form.DecisionRecipients),
    ];

    private static void Apply(Committee committee, CommitteeSettingsForm form)
    {
        committee.Name = Clean(form.Name)!;
        committee.ShortName = Clean(form.ShortName)!;
        committee.UpperBodyName = Clean(form.UpperBodyName)!;
        committee.Place = Clean(form.Place)!;
        committee.DocumentSymbol = Clean(form.DocumentSymbol)!;
        committee.TermStartYear = form.TermStartYear!.Value;
        committee.DefaultSigner = Clean(form.DefaultSigner);
        committee.DefaultSignerTitle = Clean(form.DefaultSignerTitle);
        committee.DefaultExcellenceQuotaPercent = form.DefaultExcellenceQuotaPercent!.Value;
        committee.DecisionPreamble = Clause(form.DecisionPreamble);
        committee.DecisionProposal = Clause(form.DecisionProposal);
        committee.DecisionArticle2 = Clause(form.DecisionArticle2);
        committee.DecisionArticle3 = Clause(form.DecisionArticle3);
        committee.DecisionRecipients = Clause(form.DecisionRecipients);
    }

    /// <summary>A clause of the decisions' wording: trimmed lines, at most <see cref="DecisionClauses.MaxLength"/> characters.</summary>
    private static string? Clause(string? value) => DecisionClauses.Clean(value) is { } clean ? clean[..Math.Min(clean.Length, DecisionClauses.MaxLength)] : null;

    private static IEnumerable<(string Label, string? Old, string? New)> Changes(CommitteeSettingsForm before, CommitteeSettingsForm after)
    {
        (string Label, string? Old, string? New)[] all =
        [
            ("Tên đảng bộ", before.Name, after.Name),
            ("Tên gọi tắt", before.ShortName, after.ShortName),
            ("Cấp trên trực tiếp", before.UpperBodyName, after.UpperBodyName),
            ("Địa danh ghi ngày văn bản", before.Place, after.Place),
            ("Ký hiệu văn bản", before.DocumentSymbol, after.DocumentSymbol),
            ("Năm đầu nhiệm kỳ", before.TermStartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), after.TermStartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Người ký mặc định", before.DefaultSigner, after.DefaultSigner),
            ("Chức vụ người ký", before.DefaultSignerTitle, after.DefaultSignerTitle),
            ("Tỷ lệ HTXSNV mặc định (%)", before.DefaultExcellenceQuotaPercent?.ToString(System.Globalization.CultureInfo.InvariantCulture), after.DefaultExcellenceQuotaPercent?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Căn cứ của quyết định", before.DecisionPreamble, after.DecisionPreamble),
            ("Xét đề nghị của quyết định", before.DecisionProposal, after.DecisionProposal),
            ("Điều 2 của quyết định", before.DecisionArticle2, after.DecisionArticle2),
            ("Điều 3 của quyết định", before.DecisionArticle3, after.DecisionArticle3),
            ("Nơi nhận của quyết định", before.DecisionRecipients, after.DecisionRecipients),
        ];
        return all.Where(c => c.Old != c.New);
    }

    private static CommitteeSettingsForm ToForm(Committee c) => new()
    {
        Name = c.Name,
        ShortName = c.ShortName,
        UpperBodyName = c.UpperBodyName,
        Place = c.Place,
        DocumentSymbol = c.DocumentSymbol,
        TermStartYear = c.TermStartYear,
        DefaultSigner = c.DefaultSigner,
        DefaultSignerTitle = c.DefaultSignerTitle,
        DefaultExcellenceQuotaPercent = c.DefaultExcellenceQuotaPercent,
        DecisionPreamble = c.DecisionPreamble,
        DecisionProposal = c.DecisionProposal,
        DecisionArticle2 = c.DecisionArticle2,
        DecisionArticle3 = c.DecisionArticle3,
        DecisionRecipients = c.DecisionRecipients,
        Version = c.Version,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
