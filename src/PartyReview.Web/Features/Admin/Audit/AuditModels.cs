using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Admin.Audit;

public sealed class AuditFilter
{
    /// <summary>Text in the user, the action, the old or new value or the source.</summary>
    public string? Q { get; set; }
    public string? User { get; set; }

    /// <summary>One of <see cref="AuditCategories.All"/>.</summary>
    public string? Category { get; set; }

    /// <summary>Local dates, both included.</summary>
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int? Page { get; set; }
}

/// <summary>The kinds of audited change the filter offers, each a set of entity types.</summary>
public static class AuditCategories
{
    public const string Reviews = "reviews";
    public const string Periods = "periods";
    public const string Commendations = "commendations";
    public const string Accounts = "accounts";
    public const string SignIns = "signins";
    public const string SignInFailures = "signin-failures";
    public const string Settings = "settings";

    public static IReadOnlyList<string> All { get; } = [Reviews, Periods, Commendations, Accounts, SignIns, SignInFailures, Settings];
}

/// <summary>One line of the audit log, with the subject named: the member, the organization or the account.</summary>
public sealed record AuditLine(
    long Id, DateTime OccurredAt, string UserName, string EntityType, string Field, string? OldValue, string? NewValue, string? Source,
    string? Subject, int? Year);

public sealed class AuditLogViewModel
{
    public required PagedList<AuditLine> Entries { get; init; }
    public required AuditFilter Filter { get; init; }
    public required int ExportLimit { get; init; }
}
