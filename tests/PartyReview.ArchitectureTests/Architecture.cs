using System.Reflection;
using NetArchTest.Rules;

namespace PartyReview.ArchitectureTests;

/// <summary>The app's assemblies and the shared ways of running a rule and telling its failures.</summary>
internal static class Architecture
{
    public static Assembly Domain { get; } = typeof(global::PartyReview.Domain.Members.Member).Assembly;

    public static Assembly Data { get; } = typeof(global::PartyReview.Data.PartyReviewDbContext).Assembly;

    public static Assembly Web { get; } = typeof(global::PartyReview.Web.Infrastructure.CurrentCommittee).Assembly;

    private const string Explained = "Has dependency on: ";

    /// <summary>The forbidden dependency NetArchTest found in a failing type (the first one it met).</summary>
    public static string DependencyOf(IType type) =>
        type.Explanation is { } explanation && explanation.StartsWith(Explained, StringComparison.Ordinal)
            ? explanation[Explained.Length..]
            : type.Explanation ?? "?";

    /// <summary>"From → To" for each failing type of a dependency rule, in order.</summary>
    public static List<string> Failures(NetArchTest.Rules.TestResult result) =>
        [.. (result.FailingTypes ?? []).Select(t => $"{t.FullName} → {DependencyOf(t)}").Order(StringComparer.Ordinal)];

    /// <summary>No type of <paramref name="assembly"/> depends on any of <paramref name="forbidden"/> (namespaces or types).</summary>
    public static void AssertNoDependency(Assembly assembly, string rule, params string[] forbidden)
    {
        var result = Types.InAssembly(assembly).Should().NotHaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, Message(rule, Failures(result)));
    }

    public static string Message(string rule, IEnumerable<string> lines) =>
        $"{rule}{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", lines)}";
}
