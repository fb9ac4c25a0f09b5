using Xunit;

namespace PartyReview.TestSupport;

/// <summary>
/// Tests that need something outside .NET (Chromium, a PostgreSQL server) skip with the reason on a developer's
/// machine that lacks it, and fail under CI (CI=true), where a missing dependency is a broken build.
/// </summary>
public static class TestRequirement
{
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Unavailable(string reason)
    {
        if (IsCi)
        {
            Assert.Fail($"{reason} (CI=true: a missing dependency is a failure, not a skip)");
        }

        Assert.Skip(reason);
    }
}
