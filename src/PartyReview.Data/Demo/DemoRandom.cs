using PartyReview.Domain.Members;

namespace PartyReview.Data.Demo;

/// <summary>The demo's random draws, the same for every demo committee (each passes its own source).</summary>
internal static class DemoRandom
{
    /// <summary>A Vietnamese full name: a family name by its weight, then a middle and a given name of the gender.</summary>
    public static string Name(Random random, Gender gender)
    {
        var total = DemoNames.FamilyNames.Sum(f => f.Weight);
        var draw = random.Next(total);
        var family = DemoNames.FamilyNames.First(f => (draw -= f.Weight) < 0).Name;
        var (middles, givens) = gender == Gender.Male
            ? (DemoNames.MaleMiddleNames, DemoNames.MaleGivenNames)
            : (DemoNames.FemaleMiddleNames, DemoNames.FemaleGivenNames);
        return $"{family} {middles[random.Next(middles.Length)]} {givens[random.Next(givens.Length)]}";
    }

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static DateOnly Date(Random random, DateOnly from, DateOnly to) => from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
}
