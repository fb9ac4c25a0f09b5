using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.FunctionalTests.Admin;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>
/// Every main form posted with bad values (empty, too long, not a number, not a date) in both languages: the Vietnamese
/// page holds no English validation text (data annotations, model binding, client-side data-val messages), and the
/// English page none of the Vietnamese ones.
/// </summary>
public sealed partial class ValidationLanguageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly string[] English = ["The field", "field is required", "is required", "is invalid", "is not valid", "must be a", "must be between", "The value '"];
    private static readonly string[] Vietnamese = ["Vui lòng nhập", "không hợp lệ", "phải là một số", "dài tối đa", "phải dài", "không khớp"];

    public enum Values { Empty, Bad }

    public static TheoryData<string, string, Values> Cases()
    {
        var data = new TheoryData<string, string, Values>();
        string[] forms = ["organization-new", "organization-edit", "member-new", "member-edit", "period-open", "period-settings", "ledger-entry",
            "targets", "admissions", "account-new", "settings", "password", "report-version"];
        foreach (var form in forms)
        {
            foreach (var culture in new[] { "vi-VN", "en-US" })
            {
                data.Add(form, culture, Values.Empty);
                data.Add(form, culture, Values.Bad);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_form_with_bad_values_answers_in_the_users_language_only(string form, string culture, Values values)
    {
        var (email, page, action) = await FormAsync(form);
        using var client = await factory.SignInAsync(email);
        using (var set = await AdminSteps.PostAsync(client, "/", "/Culture/Set", ("culture", culture), ("returnUrl", "/")))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        var formHtml = await client.GetStringAsync(new Uri(page, UriKind.Relative), Token);
        AssertOneLanguage(formHtml, culture, $"{form} (form page)");

        using var response = await AdminSteps.PostAsync(client, page, action, [.. FieldsOf(formHtml, action, values)]);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetStringAsync(response.Headers.Location, Token)
            : await response.Content.ReadAsStringAsync(Token);
        AssertOneLanguage(html, culture, $"{form} ({values})");
    }

    private static void AssertOneLanguage(string html, string culture, string what)
    {
        var text = WebUtility.HtmlDecode(html);
        foreach (var marker in culture == "vi-VN" ? English : Vietnamese)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            Assert.True(at < 0, $"{what} in {culture} shows \"{marker}\": …{(at < 0 ? "" : text.Substring(Math.Max(0, at - 120), Math.Min(240, text.Length - Math.Max(0, at - 120))))}…");
        }
    }

    private async Task<(string Email, string Page, string Action)> FormAsync(string form)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var organization = await db.Organizations.Where(o => o.Code == "TCCS48").Select(o => o.Id).SingleAsync(Token);
        var member = await db.Members.Where(m => m.OrganizationId == organization).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Token);
        return form switch
        {
            "organization-new" => ("staff@demo.local", "/Organizations/New", "/Organizations/New"),
            "organization-edit" => ("staff@demo.local", $"/Organizations/{organization}/Edit", $"/Organizations/{organization}/Edit"),
            "member-new" => ("staff@demo.local", "/Members/New", "/Members/New"),
            "member-edit" => ("staff@demo.local", $"/Members/{member}/Edit", $"/Members/{member}/Edit"),
            "period-open" => ("staff@demo.local", "/Periods", "/Periods"),
            "period-settings" => ("staff@demo.local", "/Periods/2026", "/Periods/2026/Settings"),
            "ledger-entry" => ("staff@demo.local", $"/Members/{member}", $"/Members/{member}/Events"),
            "targets" => ("staff@demo.local", "/Movements/Targets/2026", "/Movements/Targets/2026"),
            "admissions" => ("staff@demo.local", "/Movements/Admissions/New", "/Movements/Admissions/New"),
            "account-new" => ("admin@demo.local", "/Admin/Accounts/New", "/Admin/Accounts/New"),
            "settings" => ("admin@demo.local", "/Admin/Settings", "/Admin/Settings"),
            "password" => ("staff@demo.local", "/Account/Me", "/Account/Me/Password"),
            "report-version" => ("staff@demo.local", "/Reports/Summary/2019", "/Reports/Summary/2019/Versions"),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
        };
    }

    /// <summary>The form's fields as the page shows them, hidden ones kept, the others given the bad values.</summary>
    private static List<(string Name, string Value)> FieldsOf(string html, string action, Values values)
    {
        var form = FormPattern().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups[1].Value) == action)
            ?? throw new InvalidOperationException($"No form posting to {action}");
        var fields = new List<(string, string)>();
        foreach (Match element in FieldPattern().Matches(form.Groups[2].Value))
        {
            var attributes = AttributePattern().Matches(element.Value)
                .GroupBy(a => a.Groups[1].Value, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value), StringComparer.OrdinalIgnoreCase);
            if (!attributes.TryGetValue("name", out var name) || name == "__RequestVerificationToken")
            {
                continue;
            }

            var tag = element.Groups[1].Value.ToUpperInvariant();
            var kind = tag == "INPUT" ? attributes.GetValueOrDefault("type", "text").ToUpperInvariant() : tag;
            if (kind is "CHECKBOX" or "RADIO" or "SUBMIT" or "BUTTON" or "FILE")
            {
                continue;
            }

            if (kind == "HIDDEN")
            {
                fields.Add((name, attributes.GetValueOrDefault("value", "")));
                continue;
            }

            var numeric = kind == "NUMBER" || attributes.ContainsKey("data-val-number") || attributes.GetValueOrDefault("inputmode") is "numeric" or "decimal";
            fields.Add((name, values == Values.Empty ? "" : kind switch
            {
                _ when numeric => "abc",
                "DATE" => "31/02/abc",
                "SELECT" => "abc",
                "PASSWORD" => "x",
                _ => new string('x', 2_100),
            }));
        }

        return fields;
    }

    [GeneratedRegex("<form\\b[^>]*\\baction=\"([^\"]*)\"[^>]*>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();

    [GeneratedRegex("([\\w-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();
}
