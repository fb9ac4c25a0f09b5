using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.FunctionalTests.Admin;
using PartyReview.Web.Features.Admin;
using PartyReview.Web.Features.Commendations;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Features.Reviews;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>
/// The services' refusals come from the features' resources: in the English interface the main error paths show the
/// English message and none of the Vietnamese one, and in Vietnamese the reverse.
/// </summary>
public sealed class ServiceMessageLanguageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Cultures => ["vi-VN", "en-US"];

    private static async Task<HttpClient> SignInAsync(PartyReviewFactory factory, string email, string culture)
    {
        var client = await factory.SignInAsync(email);
        using var set = await AdminSteps.PostAsync(client, "/", "/Culture/Set", ("culture", culture), ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        return client;
    }

    private static void ShowsOnly(string html, string culture, (string Vietnamese, string English) message)
    {
        // The messages hold no character Razor would escape.
        var (shown, hidden) = culture == "en-US" ? (message.English, message.Vietnamese) : (message.Vietnamese, message.English);
        Assert.Contains(shown, html, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task A_refused_commendation_draft_is_told_in_the_users_language(string culture)
    {
        using var clerk = await SignInAsync(factory, "clerk@demo.local", culture);
        using var refused = await AdminSteps.PostAsync(clerk, "/Commendations/2019", "/Commendations/2019/Decisions", ("Award", "ExemplaryOrganization"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        var page = await clerk.GetStringAsync(new Uri("/Commendations/2019", UriKind.Relative), Token);
        ShowsOnly(page, culture, ("Chọn ít nhất một người hoặc tổ chức được khen thưởng.", "Choose at least one member or organization to commend."));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task A_refused_account_is_told_in_the_users_language(string culture)
    {
        using var admin = await SignInAsync(factory, "admin@demo.local", culture);
        using var refused = await AdminSteps.CreateAccountAsync(admin, $"no-role-{culture}@demo.local", "Không vai trò", roles: []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        ShowsOnly(await refused.Content.ReadAsStringAsync(Token), culture, ("Hãy chọn ít nhất một vai trò.", "Choose at least one role."));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task A_refused_report_version_is_told_in_the_users_language(string culture)
    {
        using var staff = await SignInAsync(factory, "staff@demo.local", culture);
        using var refused = await AdminSteps.PostAsync(staff, "/Reports/Summary/2019", "/Reports/Summary/2019/Versions", ("reportText", "   "));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        var page = await staff.GetStringAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), Token);
        ShowsOnly(page, culture, ("Nội dung báo cáo không được để trống.", "The report text cannot be empty."));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task A_refused_entry_save_tells_the_rules_findings_in_the_users_language(string culture)
    {
        // A 2026 (Quy định 366) organization not yet entered: a disciplined member rated HTXSNV, a score of 250.
        int organizationId, version;
        List<int> reviews;
        bool hasLeadership;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            organizationId = await db.Organizations.Where(o => o.Code == "TCCS48").Select(o => o.Id).SingleAsync(Token);
            var periodId = await db.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);
            version = await db.OrganizationReviews.Where(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId).Select(r => r.Version).SingleAsync(Token);
            reviews = await db.MemberReviews.Where(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId).Select(r => r.Id).ToListAsync(Token);
            hasLeadership = await db.LeadershipReviews.AnyAsync(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId, Token);
        }

        var fields = new List<(string, string)> { ("Version", version.ToString(CultureInfo.InvariantCulture)), ("Organization.Note", "") };
        if (hasLeadership)
        {
            fields.Add(("Leadership.Note", ""));
        }

        for (var i = 0; i < reviews.Count; i++)
        {
            fields.Add(($"Members[{i}].ReviewId", reviews[i].ToString(CultureInfo.InvariantCulture)));
        }

        fields.AddRange([("Members[0].Level", "1"), ("Members[0].Discipline", "Reprimand"), ("Members[1].Score", "250")]);
        using var staff = await SignInAsync(factory, "staff@demo.local", culture);
        var path = $"/Periods/2026/Entry/{organizationId}";
        using var refused = await AdminSteps.PostAsync(staff, path, path, [.. fields]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        var html = await refused.Content.ReadAsStringAsync(Token);
        ShowsOnly(html, culture, ("Đảng viên bị kỷ luật trong năm: phải xếp loại không hoàn thành nhiệm vụ.", "Member disciplined during the year: must be rated Not complete (KHTNV)."));
        ShowsOnly(html, culture, ("Điểm phải từ 0 đến 100.", "The score must be between 0 and 100."));
        ShowsOnly(html, culture, ("HTXSNV 1 — tối đa 20 % của 0 HTTNV = 0 — vượt 1", "HTXSNV 1 — at most 20 % of 0 HTTNV = 0 — 1 over"));
        Assert.DoesNotContain("The field Score", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(CommendationsMessages), "Commendations")]
    [InlineData(typeof(ReportsMessages), "Reports")]
    [InlineData(typeof(AdminMessages), "Admin")]
    [InlineData(typeof(ReviewsMessages), "Reviews")]
    public void Every_message_key_has_its_Vietnamese_and_English_text(Type messages, string feature)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var resources = new ResourceManager($"PartyReview.Web.Resources.Features.{feature}.{messages.Name}", messages.Assembly);
        static HashSet<string> Keys(ResourceSet set) => set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        var vietnamese = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var english = Keys(resources.GetResourceSet(new CultureInfo("en"), true, false)!);
        var constants = messages.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        if (messages == typeof(ReviewsMessages))
        {
            // The rules' findings are keyed in the domain (RuleTexts) and rendered from the Reviews resources.
            constants.UnionWith(RuleTexts.Vietnamese.Keys);
        }

        Assert.NotEmpty(constants);
        Assert.Equal(vietnamese.Order(), english.Order());
        Assert.Equal(constants.Order(), vietnamese.Order());
    }

    [Fact]
    public void The_rules_Vietnamese_record_and_the_Vietnamese_interface_say_the_same()
    {
        var resources = new ResourceManager("PartyReview.Web.Resources.Features.Reviews.ReviewsMessages", typeof(ReviewsMessages).Assembly);
        foreach (var (key, vietnamese) in RuleTexts.Vietnamese)
        {
            Assert.Equal(vietnamese, resources.GetString(key, CultureInfo.InvariantCulture));
            var english = resources.GetString(key, new CultureInfo("en"));
            Assert.False(string.IsNullOrEmpty(english), key);
            Assert.NotEqual(vietnamese, english);
        }
    }
}
