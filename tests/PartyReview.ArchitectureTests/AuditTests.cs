using NetArchTest.Rules;

namespace PartyReview.ArchitectureTests;

/// <summary>
/// One audit mechanism (ADR 0006): services record changes with <c>db.Audit.Record(...)</c> and the interceptor in
/// PartyReview.Data.Auditing writes the rows; nobody else creates an AuditEntry. Besides Data.Auditing, the types
/// that may know AuditEntry are the ones that read the log or map it: listed in <see cref="Permitted"/>.
/// </summary>
public sealed class AuditTests
{
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
        var offending = users.Order(StringComparer.Ordinal).ToList();
        Assert.True(offending.Count == 0, Architecture.Message(
            "These types use AuditEntry; record through db.Audit.Record(...) and let the interceptor write the row:", offending));
    }
}
