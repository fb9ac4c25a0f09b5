using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Auditing;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;

namespace PartyReview.Web.Features.Admin.Audit;

/// <summary>
/// The audit log: every audited change and sign-in, filtered, counted and paged in the database (two queries a page),
/// and exported (.xlsx, .csv) through the shared list exporter.
/// </summary>
public sealed class AuditLogService(PartyReviewDbContext db, CurrentCommittee currentCommittee)
{
    /// <summary>The most lines one export holds; a larger log is exported by narrowing the filter (e.g. by dates).</summary>
    public const int ExportLimit = 50_000;

    public async Task<PagedList<AuditLine>> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var entries = Filtered(filter, await currentCommittee.FilterIdAsync(cancellationToken));
        var page = Paging.Clamp(filter.Page);
        var total = await entries.CountAsync(cancellationToken);
        var lines = await Lines(entries.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
                .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize))
            .ToListAsync(cancellationToken);
        return new PagedList<AuditLine>(lines, page, Paging.DefaultPageSize, total);
    }

    /// <summary>The filtered log for its export, newest first, at most <see cref="ExportLimit"/> lines, projected in the database.</summary>
    public async Task<IQueryable<AuditLine>> ExportQueryAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Lines(Filtered(filter, await currentCommittee.FilterIdAsync(cancellationToken)).OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(ExportLimit));
    }

    /// <summary>The export's columns, with the Vietnamese headers of the log.</summary>
    public static IReadOnlyList<ExportColumn<AuditLine>> ExportColumns() => new ExportColumns<AuditLine>()
        .DateTime("Thời gian", l => l.OccurredAt)
        .Text("Người thực hiện", l => l.UserName)
        .Text("Loại", l => TypeName(l.EntityType))
        .Text("Đối tượng", l => l.Subject)
        .Number("Năm", l => l.Year)
        .Text("Nội dung", l => l.Field)
        .Text("Giá trị cũ", l => l.OldValue)
        .Text("Giá trị mới", l => l.NewValue)
        .Text("Nguồn", l => l.Source)
        .All;

    public static DateTime Local(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime();

    /// <summary>The Vietnamese name of an entity type, for the export (the page localizes it).</summary>
    public static string TypeName(string entityType) => entityType switch
    {
        nameof(MemberReview) => "Xếp loại đảng viên",
        nameof(OrganizationReview) => "Xếp loại tổ chức cơ sở đảng",
        nameof(LeadershipReview) => "Xếp loại tập thể lãnh đạo",
        nameof(ReviewPeriod) => "Kỳ đánh giá",
        nameof(CommendationDecision) => "Quyết định khen thưởng",
        AccountAudit.Account => "Tài khoản",
        AccountAudit.SignIn => "Đăng nhập",
        AccountAudit.Committee => "Cài đặt đảng bộ",
        _ => entityType,
    };

    /// <summary>
    /// The committee's part of the log: lines about its organizations and their members, and the other lines (settings,
    /// periods, decisions, accounts, sign-ins) written by or for its own accounts. Another committee's lines never show.
    /// Attempts to sign in with an email no account has belong to no committee: every committee's log shows them, as
    /// the installation's own warning signs.
    /// </summary>
    private IQueryable<AuditEntry> Filtered(AuditFilter filter, int committeeId)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.OrganizationId != null
            ? db.Organizations.Any(o => o.Id == a.OrganizationId && o.CommitteeId == committeeId)
            : db.Users.Any(u => u.CommitteeId == committeeId && (u.UserName == a.UserName || u.Id == a.EntityId))
              || (a.EntityType == AccountAudit.SignIn && !db.Users.Any(u => u.UserName == a.UserName)));
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = filter.Q.Trim();
            entries = entries.Where(a => a.UserName.Contains(text) || a.Field.Contains(text) || a.OldValue!.Contains(text)
                                         || a.NewValue!.Contains(text) || a.Source!.Contains(text));
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            entries = entries.Where(a => a.UserName.Contains(user));
        }

        entries = filter.Category switch
        {
            AuditCategories.Reviews => entries.Where(a =>
                a.EntityType == nameof(MemberReview) || a.EntityType == nameof(OrganizationReview) || a.EntityType == nameof(LeadershipReview)),
            AuditCategories.Periods => entries.Where(a => a.EntityType == nameof(ReviewPeriod)),
            AuditCategories.Commendations => entries.Where(a => a.EntityType == nameof(CommendationDecision)),
            AuditCategories.Accounts => entries.Where(a => a.EntityType == AccountAudit.Account),
            AuditCategories.SignIns => entries.Where(a => a.EntityType == AccountAudit.SignIn),
            AuditCategories.SignInFailures => entries.Where(a => a.EntityType == AccountAudit.SignIn && a.Field == AccountAudit.SignInFailed),
            AuditCategories.Settings => entries.Where(a => a.EntityType == AccountAudit.Committee),
            _ => entries,
        };

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime();
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime();
            entries = entries.Where(a => a.OccurredAt < end);
        }

        return entries;
    }

    /// <summary>The page's entries with their subject: the member (and organization), the organization, or the account.</summary>
    private IQueryable<AuditLine> Lines(IQueryable<AuditEntry> page) =>
        from a in page
        join u in db.Users on a.EntityId equals u.Id into accounts
        from u in accounts.DefaultIfEmpty()
        join m in db.Members on a.MemberId equals (int?)m.Id into members
        from m in members.DefaultIfEmpty()
        join o in db.Organizations on a.OrganizationId equals (int?)o.Id into organizations
        from o in organizations.DefaultIfEmpty()
        join p in db.ReviewPeriods on a.ReviewPeriodId equals (int?)p.Id into periods
        from p in periods.DefaultIfEmpty()
        orderby a.OccurredAt descending, a.Id descending
        select new AuditLine(
            a.Id, a.OccurredAt, a.UserName, a.EntityType, a.Field, a.OldValue, a.NewValue, a.Source,
            m != null ? m.FullName + " (" + o!.Code + ")" : o != null ? o.Code + " " + o.Name : u != null ? u.Email : null,
            p != null ? p.Year : null);
}
