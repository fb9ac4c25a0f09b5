using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>
/// Every id-taking action of every controller, found by reflection (a route parameter that names a record: <c>{id}</c>,
/// <c>{…Id}</c>, <c>{year}</c>), GET and POST (with a valid antiforgery token), answers 404 for a record that does not
/// exist: never 500, never 200, never a redirect. Signed in as Admin, who passes every policy. An action added later is
/// walked too. So is every action that takes a record's id from the query string or the form instead (an <c>int</c> or
/// <c>int?</c> parameter named <c>id</c> or <c>…Id</c> that its route does not name, e.g. <c>?organizationId=</c>).
/// </summary>
public sealed partial class UnknownIdWalkTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private const int MissingNumber = 987_654;
    private const int MissingYear = 2099;
    private static readonly string Missing = MissingNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>One walked request: its method, the template it came from and the address asked.</summary>
    public sealed record Walk(string Method, string Template, string Path);

    /// <summary>Every (method, template) of the app's controllers whose route names a record.</summary>
    public static IReadOnlyList<(string Method, string Template, MethodInfo Action)> IdTakingActions() =>
    [
        .. RoutedActions().Where(a => RouteParameter().Matches(a.Template).Any(m => IsRecordId(m.Groups["name"].Value))),
    ];

    /// <summary>
    /// Every (method, template, parameter) of the app's controllers that takes a record's id outside its route: from
    /// the query string (GET) or the form (POST).
    /// </summary>
    public static IReadOnlyList<(string Method, string Template, string Parameter)> QueryIdTakingActions() =>
    [
        .. from routed in RoutedActions()
           let inRoute = RouteParameter().Matches(routed.Template).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
           from parameter in routed.Action.GetParameters()
           where (parameter.ParameterType == typeof(int) || parameter.ParameterType == typeof(int?))
               && parameter.Name is { } name && (name == "id" || name.EndsWith("Id", StringComparison.Ordinal)) && !inRoute.Contains(name)
           select (routed.Method, routed.Template, parameter.Name!),
    ];

    /// <summary>Every (method, full route template, action) of the app's controllers.</summary>
    private static IEnumerable<(string Method, string Template, MethodInfo Action)> RoutedActions()
    {
        var controllers = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract);
        foreach (var controller in controllers)
        {
            var prefix = controller.GetCustomAttribute<RouteAttribute>()?.Template ?? "";
            foreach (var action in controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                foreach (var attribute in action.GetCustomAttributes<HttpMethodAttribute>())
                {
                    var template = attribute.Template is { } own
                        ? own.StartsWith('/') ? own : "/" + string.Join('/', new[] { prefix.Trim('/'), own }.Where(p => p.Length > 0))
                        : "/" + prefix.Trim('/');
                    foreach (var method in attribute.HttpMethods)
                    {
                        yield return (method, template, action);
                    }
                }
            }
        }
    }

    private static bool IsRecordId(string name) => name == "id" || name.EndsWith("Id", StringComparison.Ordinal) || name == "year";

    /// <summary>
    /// Templates whose <c>{year}</c> is a calendar year, not a record: the movements ledger and its admission targets
    /// exist for every year in their range (an empty year reads zeros, and next years' targets may be set ahead).
    /// </summary>
    private static readonly HashSet<string> CalendarYears = new(StringComparer.Ordinal)
    {
        "/Movements/{year:int:range(1930,2100)}", "/Movements/{year:int:range(1930,2100)}/Export", "/Movements/Targets/{year:int:range(1930,2100)}",
    };

    [Fact]
    public void The_walk_finds_the_id_taking_actions_of_every_feature()
    {
        var templates = IdTakingActions().Select(a => a.Template).ToHashSet(StringComparer.Ordinal);
        Assert.True(templates.Count >= 40, $"{templates.Count} templates: {string.Join(", ", templates)}");
        foreach (var expected in new[]
        {
            "/Members/{id:int}/Edit", "/Organizations/{id:int}/Edit", "/Admin/Accounts/{id}/Deactivate", "/Import/{id:length(32)}/Confirm",
            "/Members/{memberId:int}/Events/{eventId:int}/Delete", "/Periods/{year:int}/Entry/{organizationId:int}", "/Commendations/Decisions/{id:int}/Issue",
        })
        {
            Assert.Contains(expected, templates);
        }
    }

    [Fact]
    public async Task Every_id_taking_action_answers_404_for_a_record_that_does_not_exist()
    {
        var real = await RealIdsAsync();
        using var admin = await factory.SignInAsync("admin@demo.local");
        using var province = await factory.SignInAsync("province@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(admin, "/Members");
        var provinceToken = await PartyReviewFactory.AntiforgeryTokenAsync(province, "/Province/Dashboard/2019");
        var failures = new List<string>();
        var walked = 0;
        foreach (var walk in IdTakingActions().Where(a => !CalendarYears.Contains(a.Template)).SelectMany(a => Walks(a.Method, a.Template, real)).Distinct())
        {
            walked++;
            var (client, clientToken) = IsProvincePage(walk.Template) ? (province, provinceToken) : (admin, token);
            using var request = new HttpRequestMessage(new HttpMethod(walk.Method), new Uri(walk.Path, UriKind.Relative));
            if (walk.Method == "POST")
            {
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = clientToken });
            }

            using var response = await client.SendAsync(request, Token);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{walk.Method} {walk.Path} ({walk.Template}) → {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(walked >= 60, $"only {walked} requests walked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {walked} answered otherwise:\n" + string.Join("\n", failures));
    }

    /// <summary>The province's own pages: walked as the Province account, the one role that may open them.</summary>
    private static bool IsProvincePage(string template) => template.StartsWith("/Province/", StringComparison.Ordinal);

    /// <summary>
    /// A committee's people never reach another committee's records: signed in as an Admin of the demo's second
    /// committee (who passes every committee policy), every id-taking action asked for a record of the first
    /// committee answers 404, exactly as for a record that does not exist, whether the id is in the route, the query
    /// string or the form. The same addresses with the second committee's own records answer (the control).
    /// </summary>
    [Fact]
    public async Task Every_id_taking_action_answers_404_for_a_record_of_another_committee()
    {
        var theirs = await CommitteeIdsAsync(PartyReviewFactory.FirstCommittee, year: 2026);
        var ours = await CommitteeIdsAsync(PartyReviewFactory.SecondCommittee, year: 2019);
        await factory.CreateAccountAsync("admin.khoidn@test.local", "Admin", PartyReviewFactory.SecondCommittee);
        using var admin = await factory.SignInAsync("admin.khoidn@test.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(admin, "/Members");
        var failures = new List<string>();
        var walked = 0;
        foreach (var (method, template, _) in IdTakingActions().Where(a => !CalendarYears.Contains(a.Template) && !IsProvincePage(a.Template)).Distinct())
        {
            walked++;
            var path = Fill(template, missing: _ => false, ForTemplate(template, theirs));
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            }

            using var response = await admin.SendAsync(request, Token);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{method} {path} ({template}) → {(int)response.StatusCode} {response.Headers.Location}");
            }

            var ownValues = ForTemplate(template, ours);
            if (method == "GET" && !template.StartsWith("/Import/", StringComparison.Ordinal) && ownValues["id"] != Missing && !Only366.Contains(template))
            {
                var own = Fill(template, missing: _ => false, ownValues)
                    + (ControlQueryValues.TryGetValue(template, out var needed) ? $"?{needed}" : "");
                using var control = await admin.GetAsync(new Uri(own, UriKind.Relative), Token);
                if (control.StatusCode == HttpStatusCode.NotFound)
                {
                    failures.Add($"GET {own} ({template}): 404 with the committee's own records too");
                }
            }
        }

        foreach (var (method, template, parameter) in QueryIdTakingActions())
        {
            if (!theirs.TryGetValue(parameter, out var foreign))
            {
                continue;
            }

            walked++;
            var path = Fill(template, missing: _ => false, ForTemplate(template, ours));
            var query = OtherQueryValues.TryGetValue(template, out var others) ? $"&{others}" : "";
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(method == "GET" ? $"{path}?{parameter}={foreign}{query}" : path, UriKind.Relative));
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [parameter] = foreign });
            }

            using var response = await admin.SendAsync(request, Token);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{method} {request.RequestUri} ({template}, {parameter}={foreign} of the other committee) → {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(walked >= 50, $"only {walked} requests walked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {walked} answered otherwise:\n" + string.Join("\n", failures));
    }

    /// <summary>What the control requests of the cross-committee walk need besides the ids, to answer at all.</summary>
    private static readonly Dictionary<string, string> ControlQueryValues = new(StringComparer.Ordinal)
    {
        ["/Reports/Drill/{year:int:range(1990,2100)}"] = "subject=Member",
        ["/Reports/Drill/{year:int:range(1990,2100)}/Export"] = "subject=Member&format=csv",
        ["/Periods/{year:int}/Export"] = "format=csv",
        ["/Reports/Dashboard/{year:int:range(1990,2100)}/Export"] = "format=csv",
        ["/Commendations/{year:int}/Export"] = "award=ExemplaryOrganization&format=csv",
    };

    /// <summary>Pages of a 366 period only: the second committee's years (2018, 2019) have none, so no control.</summary>
    private static readonly HashSet<string> Only366 = new(StringComparer.Ordinal) { "/Periods/{year:int}/Frames" };

    /// <summary>The values of a committee's records for a template: its <c>{id}</c> is the record the address names.</summary>
    private static Dictionary<string, string> ForTemplate(string template, Dictionary<string, string> ids)
    {
        var values = new Dictionary<string, string>(ids, StringComparer.Ordinal);
        values["id"] = template switch
        {
            _ when template.StartsWith("/Organizations/", StringComparison.Ordinal) => ids["organizationId"],
            _ when template.StartsWith("/Members/", StringComparison.Ordinal) => ids["memberId"],
            _ when template.StartsWith("/Commendations/Decisions/", StringComparison.Ordinal) => ids["decisionId"],
            _ when template.StartsWith("/Admin/Accounts/", StringComparison.Ordinal) => ids["accountId"],
            _ => new string('0', 32),
        };
        return values;
    }

    /// <summary>Records of one demo committee: an organization, a member with a ledger entry, a decision, an account, a seat.</summary>
    private async Task<Dictionary<string, string>> CommitteeIdsAsync(string committeeName, int year)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var committee = await db.Committees.Where(c => c.Name == committeeName).Select(c => c.Id).SingleAsync(Token);
        var organization = await db.Organizations.Where(o => o.CommitteeId == committee).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(Token);
        var member = await db.MembershipEvents.Where(e => db.Members.Any(m => m.Id == e.MemberId && m.CommitteeId == committee))
            .OrderBy(e => e.Id).Select(e => new { e.MemberId, e.Id }).FirstAsync(Token);
        var decision = await db.CommendationDecisions.Where(d => d.CommitteeId == committee).Select(d => (int?)d.Id).FirstOrDefaultAsync(Token);
        var account = await db.Users.Where(u => u.CommitteeId == committee).OrderBy(u => u.Email).Select(u => u.Id).FirstAsync(Token);
        var seat = await db.LeadershipSeats.Where(s => s.OrganizationId == organization).Select(s => (int?)s.Id).FirstOrDefaultAsync(Token);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["organizationId"] = organization.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["memberId"] = member.MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["eventId"] = member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["decisionId"] = (decision ?? MissingNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["accountId"] = account,
        };
        if (seat is { } seatId)
        {
            ids["seatId"] = seatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ids;
    }

    /// <summary>The other query values an action needs to answer at all (an export's format), so that only the id is wrong.</summary>
    private static readonly Dictionary<string, string> OtherQueryValues = new(StringComparer.Ordinal)
    {
        ["/Members/Export"] = "format=csv",
        ["/Reports/Dashboard/{year:int:range(1990,2100)}/Export"] = "format=csv",
        ["/Reports/Drill/{year:int:range(1990,2100)}"] = "subject=Member",
        ["/Reports/Drill/{year:int:range(1990,2100)}/Export"] = "subject=Member&format=csv",
    };

    [Fact]
    public void The_walk_finds_the_actions_that_take_an_id_from_the_query_string()
    {
        var found = QueryIdTakingActions().Select(a => $"{a.Method} {a.Template}?{a.Parameter}=").ToHashSet(StringComparer.Ordinal);
        Assert.Contains("GET /Members/New?organizationId=", found);
        Assert.Contains("GET /Movements/Admissions/New?organizationId=", found);
        Assert.Contains("GET /Members?organizationId=", found);
        Assert.True(found.Count >= 6, string.Join(", ", found));
    }

    [Fact]
    public async Task Every_action_taking_an_id_from_the_query_string_or_the_form_answers_404_for_a_record_that_does_not_exist()
    {
        var real = await RealIdsAsync();
        using var admin = await factory.SignInAsync("admin@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(admin, "/Members");
        var failures = new List<string>();
        var walked = 0;
        var missing = MissingNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (method, template, parameter) in QueryIdTakingActions())
        {
            walked++;
            var path = Fill(template, missing: _ => false, WithRouteId(template, real));
            var query = OtherQueryValues.TryGetValue(template, out var others) ? $"&{others}" : "";
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(method == "GET" ? $"{path}?{parameter}={missing}{query}" : path, UriKind.Relative));
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [parameter] = missing });
            }

            using var response = await admin.SendAsync(request, Token);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{method} {request.RequestUri} ({template}, {parameter}) → {(int)response.StatusCode} {response.Headers.Location}");
            }

            // The same address with a real record answers: the 404 is the id's, not another value's.
            if (method == "GET" && real.TryGetValue(parameter, out var existing))
            {
                using var control = await admin.GetAsync(new Uri($"{path}?{parameter}={existing}{query}", UriKind.Relative), Token);
                if (control.StatusCode == HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {control.RequestMessage?.RequestUri} ({template}): 404 with a real {parameter} too");
                }
            }
        }

        Assert.True(walked >= 6, $"only {walked} requests walked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {walked} answered otherwise:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The addresses of one action: every record parameter missing at once, then each missing alone beside real
    /// values of the others (a real member with a missing event, a real year with a missing organization…).
    /// </summary>
    private static IEnumerable<Walk> Walks(string method, string template, IReadOnlyDictionary<string, string> real)
    {
        var parameters = RouteParameter().Matches(template).Select(m => m.Groups["name"].Value).Where(IsRecordId).ToList();
        yield return new Walk(method, template, Fill(template, missing: _ => true, real));
        if (parameters.Count > 1)
        {
            foreach (var missing in parameters)
            {
                yield return new Walk(method, template, Fill(template, name => name == missing, real));
            }
        }
    }

    /// <summary>
    /// The real values with a real <c>{id}</c> for the record the address names (an organization under /Organizations, a
    /// member under /Members), so that only the query's or form's id is missing.
    /// </summary>
    private static Dictionary<string, string> WithRouteId(string template, Dictionary<string, string> real)
    {
        var values = new Dictionary<string, string>(real, StringComparer.Ordinal);
        if (template.StartsWith("/Organizations/", StringComparison.Ordinal))
        {
            values["id"] = real["organizationId"];
        }
        else if (template.StartsWith("/Members/", StringComparison.Ordinal))
        {
            values["id"] = real["memberId"];
        }

        return values;
    }

    private static string Fill(string template, Func<string, bool> missing, IReadOnlyDictionary<string, string> real) =>
        RouteParameter().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            var constraint = m.Groups["constraint"].Value;
            if (!IsRecordId(name))
            {
                return name switch
                {
                    "subject" => "Organization",
                    _ => throw new InvalidOperationException($"{template}: teach the walk a valid value of {{{name}}}"),
                };
            }

            if (!missing(name))
            {
                return real.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"{template}: no real value of {{{name}}}");
            }

            return name == "year" ? MissingYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : constraint.Contains("int", StringComparison.Ordinal) ? MissingNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : constraint.Contains("length(32)", StringComparison.Ordinal) ? new string('0', 32)
                : "no-such-record";
        });

    /// <summary>Records of the demo, for the parameters that are not the missing one.</summary>
    private async Task<Dictionary<string, string>> RealIdsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var member = await db.MembershipEvents.OrderBy(e => e.Id).Select(e => new { e.MemberId, e.Id }).FirstAsync(Token);
        var organization = await db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(Token);
        var year = await db.ReviewPeriods.MaxAsync(p => p.Year, Token);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["organizationId"] = organization.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["memberId"] = member.MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["eventId"] = member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    [GeneratedRegex(@"\{(?<name>\w+)(?<constraint>(:[^}]*)?)\??\}")]
    private static partial Regex RouteParameter();
}
