using System.Collections;
using System.Globalization;
using System.Resources;
using PartyReview.Domain.Movements;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Features.Organizations;
using PartyReview.Web.Features.Periods;

namespace PartyReview.FunctionalTests.Movements;

/// <summary>The messages of Movements, Members, Organizations and Periods: both languages hold every key the services return.</summary>
public sealed class FeatureMessagesTests
{
    public static TheoryData<string, string[]> Features => new()
    {
        { "Movements", [.. MovementsMessages.Keys] },
        { "Members", [.. MembersMessages.Keys] },
        { "Organizations", [.. OrganizationsMessages.Keys] },
        { "Periods", [.. PeriodsMessages.Keys] },
        { "Province", [.. PartyReview.Web.Features.Province.ProvinceMessages.Keys] },
    };

    [Theory]
    [MemberData(nameof(Features))]
    public void Every_key_has_its_Vietnamese_text_and_its_English_translation(string feature, string[] keys)
    {
        var resources = new ResourceManager($"PartyReview.Web.Resources.Features.{feature}.{feature}Messages", typeof(Program).Assembly);
        static HashSet<string> Keys(ResourceSet set) => set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        var vietnamese = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var english = Keys(resources.GetResourceSet(new CultureInfo("en"), true, false)!);
        Assert.Equal(vietnamese.Order(), english.Order());
        Assert.Equal(keys.Order(), vietnamese.Order());
    }

    [Fact]
    public void A_ledger_refusal_reads_as_before_in_Vietnamese()
    {
        var admitted = new MembershipEvent { Kind = MembershipEventKind.Admitted, OccurredOn = new DateOnly(2025, 3, 1), OrganizationId = 1 };
        var early = new MembershipEvent { Kind = MembershipEventKind.MadeOfficial, OccurredOn = new DateOnly(2026, 2, 27), OrganizationId = 1 };
        var (_, error) = MembershipLedger.Replay(MemberOrigin.None, [admitted, early]);

        Assert.Equal("Chưa đủ 12 tháng dự bị: kết nạp ngày 01/03/2025, sớm nhất chuyển chính thức ngày 01/03/2026.", MovementsMessages.Vietnamese(error!));
    }
}
