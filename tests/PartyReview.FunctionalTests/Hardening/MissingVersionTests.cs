using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Domain.Commendations;
using PartyReview.FunctionalTests.Admin;

namespace PartyReview.FunctionalTests.Hardening;

/// <summary>
/// Every edit of an existing record posts the version its form showed (ADR 0007). A hand-made POST that leaves the
/// version out, or sends it empty, is refused with 422 and "Biểu mẫu thiếu phiên bản dữ liệu…": the record's version
/// (which every write moves), its ledger and the audit stay as they were. The same post with the version is not
/// refused so, which shows the refusal is the version's.
/// </summary>
public sealed class MissingVersionTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private const string Refusal = "Biểu mẫu thiếu phiên bản dữ liệu; hãy tải lại trang rồi lưu lại.";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>How the version is left out: not posted at all, or posted empty.</summary>
    public enum Omission
    {
        Absent,
        Empty,
    }

    /// <summary>
    /// One edit: who posts it, the page that shows the form, where it posts, the other fields, the version's field,
    /// the version the form would show, and a fingerprint of what a write would change.
    /// </summary>
    private sealed record Edit(
        string Email, string Page, string Action, (string Name, string Value)[] Fields, string VersionField, int ShownVersion, Func<PartyReviewDbContext, Task<string>> State);

    public static TheoryData<string, Omission> Cases()
    {
        var data = new TheoryData<string, Omission>();
        foreach (var edit in new[]
        {
            "member-edit", "organization-edit", "committee-settings", "period-settings", "accept-all", "entry-save", "entry-accept-proposals",
            "decision-draft", "decision-issue", "ledger-record", "ledger-correct", "ledger-remove",
        })
        {
            data.Add(edit, Omission.Absent);
            data.Add(edit, Omission.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_edit_posted_without_its_version_is_refused_and_writes_nothing(string name, Omission omission)
    {
        var edit = await EditAsync(name);
        using var client = await factory.SignInAsync(edit.Email);
        var before = await StateAsync(edit);

        var fields = omission == Omission.Empty ? [.. edit.Fields, (edit.VersionField, "")] : edit.Fields;
        using (var refused = await AdminSteps.PostAsync(client, edit.Page, edit.Action, fields))
        {
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Token));
            Assert.True(refused.StatusCode == HttpStatusCode.UnprocessableEntity, $"{name}: {(int)refused.StatusCode} {refused.Headers.Location}");
            Assert.Contains(Refusal, html, StringComparison.Ordinal);
        }

        Assert.Equal(before, await StateAsync(edit));

        // The same post with the version the form shows is not refused for want of one.
        using var accepted = await AdminSteps.PostAsync(client, edit.Page, edit.Action, [.. edit.Fields, (edit.VersionField, Text(edit.ShownVersion))]);
        Assert.DoesNotContain(Refusal, WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
    }

    /// <summary>The record's fingerprint and the number of audit lines.</summary>
    private async Task<string> StateAsync(Edit edit)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return $"{await edit.State(db)}; audit {await db.AuditEntries.CountAsync(Token)}";
    }

    private async Task<Edit> EditAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var organization = await db.Organizations.Where(o => o.Code == "TCCS48").Select(o => new { o.Id, o.Code, o.Name, o.Kind, o.Version }).SingleAsync(Token);
        var members = await db.Members.Where(m => m.OrganizationId == organization.Id && m.LeftOn == null).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.MemberCode, m.Gender, m.BirthDate, m.Version }).Take(4).ToListAsync(Token);
        var period = await db.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => new { p.Id, p.Version }).SingleAsync(Token);
        var sheet = await db.OrganizationReviews.Where(r => r.ReviewPeriodId == period.Id && r.OrganizationId == organization.Id).Select(r => r.Version).SingleAsync(Token);

        Func<PartyReviewDbContext, Task<string>> MemberState(int id) => async d =>
            $"member v{await d.Members.Where(m => m.Id == id).Select(m => m.Version).SingleAsync(Token)}, {await d.MembershipEvents.CountAsync(e => e.MemberId == id, Token)} entries";
        async Task<string> SheetsState(PartyReviewDbContext d) =>
            string.Join(",", await d.OrganizationReviews.Where(r => r.ReviewPeriodId == period.Id).OrderBy(r => r.Id).Select(r => $"{r.Version}{r.EntryStatus}").ToListAsync(Token));
        async Task<(int Id, int Version)> EventAsync(int memberId, bool last)
        {
            var entries = db.MembershipEvents.Where(e => e.MemberId == memberId);
            var entry = await (last ? entries.OrderByDescending(e => e.Id) : entries.OrderBy(e => e.Id)).Select(e => e.Id).FirstAsync(Token);
            return (entry, members.Single(m => m.Id == memberId).Version);
        }

        switch (name)
        {
            case "member-edit":
                var member = members[0];
                return new("staff@demo.local", $"/Members/{member.Id}/Edit", $"/Members/{member.Id}/Edit",
                    [("Member.MemberCode", member.MemberCode), ("Member.FullName", "Tên Không Có Phiên Bản"), ("Member.Gender", member.Gender.ToString()), ("Member.BirthDate", member.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
                    "Member.Version", member.Version, MemberState(member.Id));
            case "organization-edit":
                return new("staff@demo.local", $"/Organizations/{organization.Id}/Edit", $"/Organizations/{organization.Id}/Edit",
                    [("Code", organization.Code), ("Name", organization.Name + " (sửa)"), ("Kind", organization.Kind.ToString()), ("HasExecutiveCommittee", "true")],
                    "Version", organization.Version, async d => $"organization v{await d.Organizations.Where(o => o.Id == organization.Id).Select(o => o.Version).SingleAsync(Token)}");
            case "committee-settings":
                var committee = await db.Committees.OrderBy(c => c.Id).Select(c => new { c.Name, c.Version }).FirstAsync(Token);
                return new("admin@demo.local", "/Admin/Settings", "/Admin/Settings", [("Form.Name", committee.Name + " (sửa)"), ("Form.DefaultExcellenceQuotaPercent", "15")],
                    "Form.Version", committee.Version, async d => $"committee v{await d.Committees.OrderBy(c => c.Id).Select(c => c.Version).FirstAsync(Token)}");
            case "period-settings":
                return new("staff@demo.local", "/Periods/2026", "/Periods/2026/Settings", [("ExcellenceQuotaPercent", "19"), ("ConsecutiveYears", "2")],
                    "Version", period.Version, async d => $"period v{await d.ReviewPeriods.Where(p => p.Id == period.Id).Select(p => p.Version).SingleAsync(Token)}");
            case "accept-all":
                return new("staff@demo.local", "/Periods/2026", "/Periods/2026/AcceptProposals", [("Seen[0].OrganizationId", Text(organization.Id))],
                    "Seen[0].Version", sheet, SheetsState);
            case "entry-save":
                return new("staff@demo.local", $"/Periods/2026/Entry/{organization.Id}", $"/Periods/2026/Entry/{organization.Id}", [("Organization.Note", "Ghi chú không có phiên bản")],
                    "Version", sheet, SheetsState);
            case "entry-accept-proposals":
                return new("staff@demo.local", $"/Periods/2026/Entry/{organization.Id}?step=Decision", $"/Periods/2026/Entry/{organization.Id}/AcceptProposals", [],
                    "version", sheet, SheetsState);
            case "decision-draft":
            case "decision-issue":
                var decision = await DraftDecisionAsync();
                Func<PartyReviewDbContext, Task<string>> decisionState = async d => string.Join(" ", await d.CommendationDecisions.Where(x => x.Id == decision.Id)
                    .Select(x => $"decision v{x.Version} {x.Status} {x.SignerTitle}").SingleAsync(Token));
                return name == "decision-draft"
                    ? new("clerk@demo.local", $"/Commendations/Decisions/{decision.Id}", $"/Commendations/Decisions/{decision.Id}", [("SignerTitle", "PHÓ BÍ THƯ THƯỜNG TRỰC")], "Version", decision.Version, decisionState)
                    : new("clerk@demo.local", $"/Commendations/Decisions/{decision.Id}", $"/Commendations/Decisions/{decision.Id}/Issue", [], "version", decision.Version, decisionState);
            case "ledger-record":
                var recorded = members[1];
                return new("staff@demo.local", $"/Members/{recorded.Id}", $"/Members/{recorded.Id}/Events",
                    [("Next.Kind", "Deceased"), ("Next.OccurredOn", "2026-01-05"), ("Next.Note", "Không có phiên bản")],
                    "Next.MemberVersion", recorded.Version, MemberState(recorded.Id));
            case "ledger-correct":
                var (corrected, correctedVersion) = await EventAsync(members[2].Id, last: false);
                return new("staff@demo.local", $"/Members/{members[2].Id}/Events/{corrected}/Edit", $"/Members/{members[2].Id}/Events/{corrected}/Edit",
                    [("Editing.Note", "Sửa không có phiên bản")], "Editing.MemberVersion", correctedVersion,
                    async d => $"{await MemberState(members[2].Id)(d)}, note {await d.MembershipEvents.Where(e => e.Id == corrected).Select(e => e.Note).SingleAsync(Token)}");
            case "ledger-remove":
                var (removed, removedVersion) = await EventAsync(members[3].Id, last: true);
                return new("staff@demo.local", $"/Members/{members[3].Id}", $"/Members/{members[3].Id}/Events/{removed}/Delete",
                    [("Reason", "Ghi nhầm, không có phiên bản")], "MemberVersion", removedVersion, MemberState(members[3].Id));
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    /// <summary>A draft decision of 2018 (the demo's 2019 decisions are issued), made through its form once per class.</summary>
    private async Task<(int Id, int Version)> DraftDecisionAsync()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            var draft = await db.CommendationDecisions.Where(d => d.Status == DecisionStatus.Draft).OrderBy(d => d.Id)
                .Select(d => new { d.Id, d.Version }).FirstOrDefaultAsync(Token);
            if (draft is not null)
            {
                return (draft.Id, draft.Version);
            }
        }

        using var clerk = await factory.SignInAsync("clerk@demo.local");
        var page = await clerk.GetStringAsync(new Uri("/Commendations/2018", UriKind.Relative), Token);
        var first = System.Text.RegularExpressions.Regex.Match(page, "name=\"Recipients\" value=\"(\\d+)\" id=\"c-ExcellentMember-").Groups[1].Value;
        using var created = await AdminSteps.PostAsync(clerk, "/Commendations/2018", "/Commendations/2018/Decisions", ("Award", "ExcellentMember"), ("Recipients", first));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        await using var after = factory.Services.CreateAsyncScope();
        var version = await after.ServiceProvider.GetRequiredService<PartyReviewDbContext>().CommendationDecisions.Where(d => d.Id == id).Select(d => d.Version).SingleAsync(Token);
        return (id, version);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
