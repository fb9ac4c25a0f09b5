using PartyReview.Domain.Members;

namespace PartyReview.Data.Demo;

// The members present at the end of 2019 and those who left during it: who, where, and which 2019 story.
internal sealed partial class DemoPlan
{
    private const int ScaledFrom = 35;

    /// <summary>Members per organization at the end of 2019: cells as given, the larger bodies scaled to 2.748 in all.</summary>
    private static int[] ActiveSizes()
    {
        var weights = DemoNames.Organizations.Select(o => o.Size).ToArray();
        var fixedTotal = weights.Where(w => w < ScaledFrom).Sum();
        var scaledTotal = weights.Where(w => w >= ScaledFrom).Sum();
        var factor = (double)(ActiveMembersAtEndOf2019 - fixedTotal) / scaledTotal;
        var sizes = weights.Select(w => w < ScaledFrom ? w : (int)Math.Round(w * factor)).ToArray();
        var largest = Array.IndexOf(sizes, sizes.Max());
        sizes[largest] += ActiveMembersAtEndOf2019 - sizes.Sum();
        return sizes;
    }

    private void BuildMembers()
    {
        var sizes = ActiveSizes();
        for (var org = 0; org < sizes.Length; org++)
        {
            // The members of the two new organizations all came to them by transfer in 2019.
            var story = DemoNames.FoundedIn2019.Contains(org) ? Story.TransferredIn2019 : Story.Regular;
            for (var n = 0; n < sizes[org]; n++)
            {
                _facts.Add(new MemberFacts(_facts.Count, org, story));
            }
        }

        // Those who left in 2019 come from the larger organizations.
        var large = Enumerable.Range(0, sizes.Length).Where(o => DemoNames.Organizations[o].Size >= 40).ToArray();
        var leavers = new[] { (Story.TransferredOut2019, TransferredOut2019), (Story.Removed2019, Removed2019), (Story.StruckOff2019, StruckOff2019) };
        foreach (var (story, count) in leavers)
        {
            for (var n = 0; n < count; n++)
            {
                _facts.Add(new MemberFacts(_facts.Count, large[_random.Next(large.Length)], story));
            }
        }

        var regular = Shuffle(_facts.Where(f => f.Story == Story.Regular).ToList());
        var position = 0;
        var transferredSoFar = _facts.Count(f => f.Story == Story.TransferredIn2019);
        foreach (var (story, count) in new[]
                 {
                     (Story.Admitted2019Early, Admitted2019BeforeJune), (Story.Admitted2019Late, Admitted2019AfterJune),
                     (Story.MadeOfficial2019, MadeOfficial2019), (Story.TransferredIn2019, TransferredIn2019 - transferredSoFar),
                     (Story.Exempt, Exempt), (Story.Suspended2019, Suspended2019),
                 })
        {
            for (var n = 0; n < count; n++)
            {
                regular[position++].Story = story;
            }
        }

        var cardNumber = 10_500_000;
        foreach (var facts in _facts)
        {
            // Every one of them is official by 2020 and holds a card; the ledger issues it.
            var member = CreateMember(facts);
            member.PartyCardNumber = (cardNumber += 1 + _random.Next(40)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Members.Add(member);
        }

        // A name every search test can look for.
        Members[0].FullName = "Nguyễn Văn An";
        Members[0].Gender = Gender.Male;
    }

    private Member CreateMember(MemberFacts facts)
    {
        var admittedOn = facts.Story switch
        {
            Story.Admitted2019Early => RandomDate(new DateOnly(2019, 1, 5), new DateOnly(2019, 6, 15)),
            Story.Admitted2019Late => RandomDate(new DateOnly(2019, 7, 1), new DateOnly(2019, 12, 10)),
            Story.MadeOfficial2019 => RandomDate(new DateOnly(2018, 1, 10), new DateOnly(2018, 11, 30)),
            Story.Exempt => RandomDate(new DateOnly(1968, 1, 1), new DateOnly(1985, 12, 31)),
            _ => RandomDate(new DateOnly(1982, 1, 1), new DateOnly(2017, 12, 31)),
        };
        facts.JoinedOn = admittedOn;
        if (facts.Story == Story.TransferredIn2019)
        {
            var founded = Organizations[facts.Organization].FoundedOn;
            var from = founded.Year == SeedYear ? founded : new DateOnly(2019, 1, 10);
            facts.JoinedOn = RandomDate(from, new DateOnly(2019, 11, 30));
        }

        if (facts.Story is Story.TransferredOut2019 or Story.Removed2019 or Story.StruckOff2019)
        {
            facts.LeftOn = RandomDate(new DateOnly(2019, 2, 1), new DateOnly(2019, 11, 30));
        }

        var gender = _random.Next(100) < 57 ? Gender.Male : Gender.Female;
        var birthDate = facts.Story == Story.Exempt
            ? RandomDate(new DateOnly(1940, 1, 1), new DateOnly(1949, 12, 31))
            : RandomDate(admittedOn.AddYears(-38), admittedOn.AddYears(-22));
        var officialOn = admittedOn.AddYears(1);
        return new Member
        {
            MemberCode = MemberCodes.Format(facts.Index + 1),
            FullName = RandomName(gender),
            Gender = gender,
            BirthDate = birthDate,
            AdmittedOn = admittedOn,
            OfficialOn = officialOn,
        };
    }
}
