using PartyReview.Domain.Organizations;

namespace PartyReview.Data.Demo;

// The 68 organizations of the committee, two of them founded in 2019.
internal sealed partial class DemoPlan
{
    private void BuildOrganizations()
    {
        for (var i = 0; i < DemoNames.Organizations.Length; i++)
        {
            var (name, _) = DemoNames.Organizations[i];
            var foundedIn2019 = DemoNames.FoundedIn2019.Contains(i);
            Organizations.Add(new Organization
            {
                Code = $"TCCS{i + 1:00}",
                Name = name,
                Kind = name.StartsWith("Đảng bộ", StringComparison.Ordinal) ? OrganizationKind.PartyCommittee : OrganizationKind.Cell,
                FoundedOn = foundedIn2019
                    ? new DateOnly(2019, 8 + Array.IndexOf(DemoNames.FoundedIn2019, i), 15)
                    : new DateOnly(1976 + _random.Next(0, 37), 1 + _random.Next(12), 1 + _random.Next(28)),
                HasExecutiveCommittee = !DemoNames.WithoutExecutiveCommittee.Contains(i),
            });
        }
    }
}
