namespace PartyReview.ArchitectureTests;

/// <summary>
/// Features talk through their public surface and never in a circle.
/// <para>
/// A feature's public surface, what another feature may use, is chosen by name: its services and named queries
/// (names ending in Service, Queries, Query), the shapes they hand out (ViewModel, Model, Form, Line, Option) and its
/// message keys (Messages), plus the few types listed in SurfaceTypes. Everything else in Features/X (controllers,
/// exports, helpers, records a service keeps to itself) is X's own. Types outside the features (Infrastructure, Data,
/// Domain) are not concerned, nor are the compiled Razor views.
/// </para>
/// </summary>
public sealed class FeatureTests
{
    // ---- Allow-lists: the one place. Each entry is a known breach being removed; delete it once it is gone (a stale
    // ---- entry fails the test, so the lists only shrink).

    /// <summary>Feature cycles tolerated for now, "A&lt;-&gt;B" in alphabetical order.</summary>
    private static readonly string[] AllowedCycles =
    [
    ];

    /// <summary>Reaches into another feature's internals tolerated for now, "From → To" (full type names).</summary>
    private static readonly string[] AllowedReachIns =
    [
    ];

    /// <summary>Types that are part of their feature's surface although their name does not say so.</summary>
    private static readonly string[] SurfaceTypes =
    [
        "PartyReview.Web.Features.Membership.Placement", // the row of the public query LedgerQueries.PlacementsOn
        "PartyReview.Web.Features.Membership.HeadcountChange", // the row of the public query LedgerQueries.HeadcountChanges
        "PartyReview.Web.Features.Periods.OpenPeriodRoster", // the public use case "an open period's list follows the ledger"
    ];

    private static readonly string[] SurfaceSuffixes = ["Service", "Queries", "Query", "ViewModel", "Model", "Form", "Line", "Option", "Messages"];

    public static bool IsPublicSurface(string fullName)
    {
        if (SurfaceTypes.Contains(fullName.Split('/')[0]))
        {
            return true;
        }

        var name = FeatureMap.ShortName(fullName);
        return SurfaceSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal));
    }

    [Fact]
    public void The_feature_map_sees_the_features_and_their_dependencies()
    {
        // Guards the test itself: a map that found nothing would let every rule below pass.
        Assert.Contains(FeatureMap.Dependencies, d => d.FromFeature == "Home" && d.ToFeature == "Reports");
        Assert.Contains(FeatureMap.Dependencies, d => d.FromFeature == "Members" && d.ToFeature == "Movements");
    }

    [Fact]
    public void A_feature_uses_another_feature_only_through_its_public_surface()
    {
        var reachIns = FeatureMap.Dependencies.Where(d => !IsPublicSurface(d.To)).Select(d => d.ToString()).ToList();
        var offending = reachIns.Except(AllowedReachIns).ToList();
        var stale = AllowedReachIns.Except(reachIns).ToList();
        Assert.True(offending.Count == 0, Architecture.Message(
            "These types use another feature's internals; go through its service (or make the type part of its surface):", offending));
        Assert.True(stale.Count == 0, Architecture.Message("These allowed reach-ins are gone; delete them from AllowedReachIns:", stale));
    }

    [Fact]
    public void No_two_features_use_each_other()
    {
        var uses = FeatureMap.Dependencies.GroupBy(d => (d.FromFeature, d.ToFeature)).ToDictionary(g => g.Key, g => g.ToList());
        var cycles = uses.Keys.Where(k => string.CompareOrdinal(k.FromFeature, k.ToFeature) < 0 && uses.ContainsKey((k.ToFeature, k.FromFeature)))
            .ToDictionary(k => $"{k.FromFeature}<->{k.ToFeature}", k => uses[k].Concat(uses[(k.ToFeature, k.FromFeature)]));
        var offending = cycles.Where(c => !AllowedCycles.Contains(c.Key))
            .SelectMany(c => c.Value.Select(d => $"{c.Key}: {d}")).ToList();
        var stale = AllowedCycles.Where(c => !cycles.ContainsKey(c)).ToList();
        Assert.True(offending.Count == 0, Architecture.Message("These features use each other (a cycle); one of them must stop:", offending));
        Assert.True(stale.Count == 0, Architecture.Message("These allowed cycles are gone; delete them from AllowedCycles:", stale));
    }
}
