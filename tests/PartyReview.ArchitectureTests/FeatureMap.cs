using NetArchTest.Rules;

namespace PartyReview.ArchitectureTests;

/// <summary>A type of one feature that uses a type of another (type names as NetArchTest gives them, nested with '/').</summary>
internal sealed record FeatureDependency(string From, string To)
{
    public string FromFeature => FeatureMap.FeatureOf(From)!;

    public string ToFeature => FeatureMap.FeatureOf(To)!;

    public override string ToString() => $"{From} → {To}";
}

/// <summary>
/// The features of the web app (PartyReview.Web.Features.X, X the first name after Features; Admin.Accounts belongs to
/// Admin) and every type-level dependency from one feature to another. Compiled Razor views are not counted.
/// </summary>
internal static class FeatureMap
{
    public const string Namespace = "PartyReview.Web.Features";

    private static readonly Lazy<IReadOnlyList<FeatureDependency>> CrossFeature = new(FindCrossFeatureDependencies);

    public static IReadOnlyList<FeatureDependency> Dependencies => CrossFeature.Value;

    /// <summary>The feature a type belongs to, or null outside the features.</summary>
    public static string? FeatureOf(string fullName) =>
        fullName.StartsWith(Namespace + ".", StringComparison.Ordinal) ? fullName[(Namespace.Length + 1)..].Split('.', '/')[0] : null;

    /// <summary>The name of a type as it is declared: without its namespace, its generic arity or the types nested in it.</summary>
    public static string ShortName(string fullName)
    {
        var name = fullName.Split('/')[0];
        name = name[(name.LastIndexOf('.') + 1)..];
        var generic = name.IndexOfAny(['`', '<']);
        return generic < 0 ? name : name[..generic];
    }

    private static List<FeatureDependency> FindCrossFeatureDependencies()
    {
        var topLevel = Types.InAssembly(Architecture.Web).That().AreNotNested().GetTypes()
            .Select(t => t.FullName).Where(n => FeatureOf(n) is not null).ToList();
        var features = topLevel.Select(n => FeatureOf(n)!).Distinct().Order(StringComparer.Ordinal).ToList();
        var found = new List<FeatureDependency>();
        foreach (var feature in features)
        {
            var others = topLevel.Where(n => FeatureOf(n) != feature).ToList();
            var result = Types.InAssembly(Architecture.Web).That().ResideInNamespace($"{Namespace}.{feature}")
                .Should().NotHaveDependencyOnAny([.. others]).GetResult();
            // ResideInNamespace matches a prefix: "Features.Members" would take in "Features.Membership".
            foreach (var type in (result.FailingTypes ?? []).Where(t => FeatureOf(t.FullName) == feature))
            {
                found.AddRange(AllDependencies(type, others).Select(to => new FeatureDependency(type.FullName, to)));
            }
        }

        return [.. found.Distinct().OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.To, StringComparer.Ordinal)];
    }

    /// <summary>
    /// NetArchTest explains a failing type by the first forbidden dependency it meets; ask again without the ones found
    /// until the type has no more, so that every pair is known.
    /// </summary>
    private static List<string> AllDependencies(IType failing, List<string> forbidden)
    {
        var found = new List<string>();
        var type = failing;
        while (type is not null)
        {
            var named = Matching(Architecture.DependencyOf(type), forbidden).Except(found).ToList();
            if (named.Count == 0)
            {
                // Not a name this map knows (cannot happen with top-level names); keep it rather than loop.
                found.Add(Architecture.DependencyOf(type));
                break;
            }

            found.AddRange(named);
            var remaining = forbidden.Except(found).ToArray();
            var again = Types.InAssembly(Architecture.Web).That().MeetCustomRule(t => t.FullName == failing.FullName)
                .Should().NotHaveDependencyOnAny(remaining).GetResult();
            type = again.FailingTypes is { Count: > 0 } failingAgain ? failingAgain[0] : null;
        }

        return found;
    }

    /// <summary>The forbidden type names that a dependency (maybe generic, maybe nested) names.</summary>
    private static IEnumerable<string> Matching(string dependency, List<string> forbidden) =>
        forbidden.Where(name =>
        {
            for (var at = dependency.IndexOf(name, StringComparison.Ordinal); at >= 0; at = dependency.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                var before = at == 0 ? ' ' : dependency[at - 1];
                var after = end == dependency.Length ? ' ' : dependency[end];
                if (!char.IsLetterOrDigit(before) && before != '.' && !char.IsLetterOrDigit(after) && after != '_')
                {
                    return true;
                }
            }

            return false;
        });
}
