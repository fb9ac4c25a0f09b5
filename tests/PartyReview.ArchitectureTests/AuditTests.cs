using NetArchTest.Rules;

namespace PartyReview.ArchitectureTests;

/// <summary>
/// One audit mechanism (ADR 0006): services record changes with <c>db.Audit.Record(...)</c> and the interceptor in
/// PartyReview.Data.Auditing writes the rows; nobody else creates an AuditEntry. Besides Data.Auditing, the types
/// that may know AuditEntry are the ones that read the log or map it: listed in <see cref="Permitted"/>.
/// </summary>
public sealed class AuditTests
{
    /// <summary>
    /// Temporary: the write paths that still create AuditEntry objects by hand. Issue #12 converts them to
    /// db.Audit.Record; the lead empties this list after merging (an entry that no longer offends fails the test).
    /// </summary>
    private static readonly string[] TemporaryAuditWriters =
    [
        "PartyReview.Web.Features.Import.ImportService",
        "PartyReview.Web.Features.Import.ImportService/Planner",
        "PartyReview.Web.Features.Members.MemberService",
        "PartyReview.Web.Features.Movements.MovementService",
        "PartyReview.Web.Features.Organizations.OrganizationService",
        "PartyReview.Web.Features.Periods.PeriodService",
    ];

    /// <summary>Namespaces whose types may use AuditEntry for good: the writer, the log readers, the EF mapping, the entity.</summary>
    private static readonly string[] PermittedNamespaces =
    [
        "PartyReview.Data.Auditing",
        "PartyReview.Data.Configurations",
        "PartyReview.Domain.Auditing",
        "PartyReview.Web.Features.Admin.Audit",
    ];

    /// <summary>
    /// Types that may use AuditEntry for good: the context declares its set; History (SharedViews.cs) reads it for the
    /// history partial; AccountDirectory and ProfileService read an account's recent sign-ins.
    /// </summary>
    private static readonly string[] PermittedTypes =
    [
        "PartyReview.Data.PartyReviewDbContext",
        "PartyReview.Web.Infrastructure.History",
        "PartyReview.Web.Features.Admin.Accounts.AccountDirectory",
        "PartyReview.Web.Features.Account.ProfileService",
    ];

    private static bool Permitted(string fullName) =>
        PermittedTypes.Contains(fullName) || PermittedNamespaces.Any(n => fullName.StartsWith(n + ".", StringComparison.Ordinal));

    [Fact]
    public void Only_the_auditing_code_creates_audit_entries()
    {
        var result = Types.InAssemblies([Architecture.Domain, Architecture.Data, Architecture.Web])
            .Should().NotHaveDependencyOnAny("PartyReview.Domain.Auditing.AuditEntry").GetResult();
        var users = (result.FailingTypes ?? []).Select(t => t.FullName).Where(n => !Permitted(n)).ToList();
        var offending = users.Except(TemporaryAuditWriters).Order(StringComparer.Ordinal).ToList();
        var stale = TemporaryAuditWriters.Except(users).ToList();
        Assert.True(offending.Count == 0, Architecture.Message(
            "These types use AuditEntry; record through db.Audit.Record(...) and let the interceptor write the row:", offending));
        Assert.True(stale.Count == 0, Architecture.Message("These no longer use AuditEntry; delete them from TemporaryAuditWriters:", stale));
    }
}
