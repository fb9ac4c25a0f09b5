using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.IntegrationTests.Movements;

/// <summary>
/// The ledger's use cases (resolved from the app's own services) on a copy of the demo database: what they write, what
/// they refuse, what they audit.
/// </summary>
public sealed class MovementServiceTests
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Scope Staff => Scope.WholeCommittee;

    private static async Task<AppServices> AppAsync() => AppServices.Create(await DemoDatabase.CopyAsync(), Now);

    private static async Task<Result?> RecordAsync(AppServices app, int memberId, EventForm form)
    {
        await using var scope = app.Scope();
        return await scope.Get<LedgerService>().RecordAsync(memberId, form, Staff, Token);
    }

    private static async Task<T> WithAsync<TService, T>(AppServices app, Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = app.Scope();
        return await use(scope.Get<TService>());
    }

    private static string? Describe(Result? result) => result?.FirstError is { } e ? $"{e.MessageKey} ({string.Join("; ", e.Arguments)})" : null;

    /// <summary>The first error of a refusal as a Vietnamese user reads it, from the app's resources.</summary>
    private static async Task<string> TextAsync(AppServices app, Result? result)
    {
        Assert.NotNull(result);
        Assert.False(result.Succeeded);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            await using var scope = app.Scope();
            return scope.Get<MembershipMessages>().Message(result.FirstError!);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The text of the error on <paramref name="field"/>, in Vietnamese.</summary>
    private static async Task<string> TextAsync(AppServices app, Result result, string field) =>
        await TextAsync(app, Result.Fail(result.Errors.Where(e => e.Field == field)));

    private static async Task<int> OrganizationIdAsync(AppServices app, string code)
    {
        await using var scope = app.Scope();
        return await scope.Db().Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Token);
    }

    /// <summary>A member of TCCS03 who has been official for years: any ordinary entry is possible for them.</summary>
    private static async Task<Member> SettledMemberAsync(PartyReviewDbContext db, string organizationCode)
    {
        var organization = await db.Organizations.SingleAsync(o => o.Code == organizationCode, Token);
        return await db.Members.Where(m => m.OrganizationId == organization.Id && m.Status == MemberStatus.Official && m.AdmittedOn < new DateOnly(2015, 1, 1))
            .OrderBy(m => m.Id).FirstAsync(Token);
    }

    [Fact]
    public async Task A_transfer_between_two_organizations_moves_the_member_their_open_review_and_both_counts()
    {
        await using var app = await AppAsync();
        await using var unit = app.Scope();
        var db = unit.Db();
        var member = await SettledMemberAsync(db, "TCCS03");
        var from = member.OrganizationId!.Value;
        var to = await OrganizationIdAsync(app, "TCCS08");
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id), Token);
        var versionBefore = await db.OrganizationReviews.Where(r => r.ReviewPeriodId == period.Id && r.OrganizationId == to).Select(r => r.Version).SingleAsync(Token);

        var result = await RecordAsync(app, member.Id, new EventForm
        {
            Kind = MembershipEventKind.TransferredOut, OccurredOn = new DateOnly(2026, 10, 5), OrganizationId = to, DecisionNumber = "77-QĐ/ĐUK",
        });

        Assert.True(result!.Succeeded, Describe(result));
        await using var checking = app.Scope();
        var check = checking.Db();
        var moved = await check.Members.SingleAsync(m => m.Id == member.Id, Token);
        Assert.Equal(to, moved.OrganizationId);
        Assert.Null(moved.LeftOn);
        var entries = await check.MembershipEvents.Where(e => e.MemberId == member.Id && e.OccurredOn == new DateOnly(2026, 10, 5)).OrderBy(e => e.Id).ToListAsync(Token);
        Assert.Equal([(MembershipEventKind.TransferredOut, from, (int?)to), (MembershipEventKind.TransferredIn, to, (int?)from)],
            entries.Select(e => (e.Kind, e.OrganizationId, e.CounterpartOrganizationId)));
        Assert.All(entries, e => Assert.Equal("staff@demo.local", e.RecordedBy));

        // Reviewed in 2026 where they are at the review date; the receiving sheet gets a new version.
        var review = await check.MemberReviews.SingleAsync(r => r.ReviewPeriodId == period.Id && r.MemberId == member.Id, Token);
        Assert.Equal(to, review.OrganizationId);
        Assert.True(await check.OrganizationReviews.Where(r => r.ReviewPeriodId == period.Id && r.OrganizationId == to).Select(r => r.Version).SingleAsync(Token) > versionBefore);

        // Membership at a date comes from the ledger: before the move in the first organization, after it in the second.
        var committee = moved.CommitteeId;
        Assert.Equal(from, await LedgerQueries.PlacementsOn(check, committee, new DateOnly(2026, 10, 4)).Where(p => p.MemberId == member.Id).Select(p => p.OrganizationId).SingleAsync(Token));
        Assert.Equal(to, await LedgerQueries.PlacementsOn(check, committee, new DateOnly(2026, 10, 5)).Where(p => p.MemberId == member.Id).Select(p => p.OrganizationId).SingleAsync(Token));

        // The move counts for both organizations, not as the committee's transfers.
        var year = await WithAsync<YearMovementsQuery, YearMovementsViewModel>(app, q => q.GetAsync(2026, Staff, null, page: null, Token));
        Assert.Equal(1, year.Organizations.Items.Single(o => o.OrganizationId == from).Out - (await OutsideAsync(check, from, MembershipEventKind.TransferredOut)));
        Assert.Equal(1, year.Organizations.Items.Single(o => o.OrganizationId == to).In - (await OutsideAsync(check, to, MembershipEventKind.TransferredIn)));
        var outside = await check.MembershipEvents.CountAsync(e => e.OccurredOn.Year == 2026 && e.Kind == MembershipEventKind.TransferredOut && e.CounterpartOrganizationId == null, Token);
        Assert.Equal(outside, year.Committee.Count(MembershipEventKind.TransferredOut));

        var audit = await check.AuditEntries.Where(a => a.MemberId == member.Id).ToListAsync(Token);
        Assert.Equal(2, audit.Count(a => a.Field == "Ghi sự kiện" && a.UserName == "staff@demo.local"));
        Assert.Contains(audit, a => a.Field == "Tổ chức kiểm điểm" && a.NewValue!.StartsWith("TCCS08", StringComparison.Ordinal));
    }

    private static Task<int> OutsideAsync(PartyReviewDbContext db, int organization, MembershipEventKind kind) =>
        db.MembershipEvents.CountAsync(e => e.OrganizationId == organization && e.Kind == kind && e.OccurredOn.Year == 2026 && e.CounterpartOrganizationId == null, Token);

    [Fact]
    public async Task A_member_transferred_out_before_the_review_date_leaves_the_open_period()
    {
        await using var app = await AppAsync();
        await using var unit = app.Scope();
        var db = unit.Db();
        var member = await SettledMemberAsync(db, "TCCS04");

        var result = await RecordAsync(app, member.Id, new EventForm
        {
            Kind = MembershipEventKind.TransferredOut, OccurredOn = new DateOnly(2026, 11, 2), Note = "Chuyển công tác ra ngoài Khối",
        });

        Assert.True(result!.Succeeded, Describe(result));
        await using var checking = app.Scope();
        var check = checking.Db();
        var left = await check.Members.SingleAsync(m => m.Id == member.Id, Token);
        Assert.Null(left.OrganizationId);
        Assert.Equal(new DateOnly(2026, 11, 2), left.LeftOn);
        var period = await check.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == check.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);
        Assert.False(await check.MemberReviews.AnyAsync(r => r.MemberId == member.Id && r.ReviewPeriodId == period, Token));
        Assert.Contains(await check.AuditEntries.Where(a => a.MemberId == member.Id).Select(a => a.Field).ToListAsync(Token), f => f == "Rút khỏi danh sách kiểm điểm");
    }

    public static TheoryData<string, MembershipEventKind, string, string?, string> Refusals => new()
    {
        { "a decided year", MembershipEventKind.Deceased, "2019-06-01", null, "Kỳ đánh giá năm 2019 đã quyết định" },
        { "made official twice", MembershipEventKind.MadeOfficial, "2026-06-01", null, "đã là đảng viên chính thức" },
        { "a card already issued to another member", MembershipEventKind.PartyCardIssued, "2026-06-01", "OTHER", "đã cấp cho đảng viên khác" },
        { "a date in the future", MembershipEventKind.Deceased, "2026-12-24", null, "ở tương lai" },
        { "an admission of a member already admitted", MembershipEventKind.Admitted, "2026-06-01", null, "Kết nạp là sự kiện đầu tiên" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Impossible_entries_are_refused_and_nothing_is_written(string because, MembershipEventKind kind, string date, string? card, string message)
    {
        await using var app = await AppAsync();
        await using var unit = app.Scope();
        var db = unit.Db();
        var member = await SettledMemberAsync(db, "TCCS05");
        if (card == "OTHER")
        {
            card = await db.Members.Where(m => m.Id != member.Id && m.PartyCardNumber != null).Select(m => m.PartyCardNumber).FirstAsync(Token);
        }

        var events = await db.MembershipEvents.CountAsync(Token);
        var result = await RecordAsync(app, member.Id, new EventForm
        {
            Kind = kind, OccurredOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), CardNumber = card,
        });

        Assert.False(result!.Succeeded, because);
        Assert.Contains(message, await TextAsync(app, result), StringComparison.Ordinal);
        await using var checking = app.Scope();
        var check = checking.Db();
        Assert.Equal(events, await check.MembershipEvents.CountAsync(Token));
        Assert.Equal(0, await check.AuditEntries.CountAsync(Token));
        Assert.Equal(member.OrganizationId, await check.Members.Where(m => m.Id == member.Id).Select(m => m.OrganizationId).SingleAsync(Token));
    }

    [Fact]
    public async Task A_batch_of_admissions_is_written_whole_or_not_at_all()
    {
        await using var app = await AppAsync();
        var organization = await OrganizationIdAsync(app, "TCCS09");
        var form = new AdmissionBatchForm
        {
            OrganizationId = organization,
            AdmittedOn = new DateOnly(2026, 11, 20),
            DecisionNumber = "15-NQ/ĐUK",
            Rows =
            [
                new AdmissionRow { FullName = "Trần Thị Mai", Gender = Gender.Female, BirthDate = new DateOnly(1998, 4, 2) },
                new AdmissionRow(),
                new AdmissionRow { FullName = "Lê Văn Hùng", Gender = Gender.Male, BirthDate = new DateOnly(2010, 1, 1) },
            ],
        };

        await using var checking = app.Scope();
        var check = checking.Db();
        var membersBefore = await check.Members.CountAsync(Token);
        var refused = await WithAsync<AdmissionBatchService, Result?>(app, s => s.AdmitAsync(form, Staff, Token));
        Assert.Equal("Đảng viên phải đủ 18 tuổi khi kết nạp.", await TextAsync(app, refused!, "Rows[2].BirthDate"));
        Assert.Equal(membersBefore, await check.Members.CountAsync(Token));
        Assert.False(await check.MembershipEvents.AnyAsync(e => e.DecisionNumber == "15-NQ/ĐUK", Token));

        form.Rows[2].BirthDate = new DateOnly(1995, 7, 9);
        var admitted = await WithAsync<AdmissionBatchService, Result?>(app, s => s.AdmitAsync(form, Staff, Token));

        Assert.Empty(admitted!.Errors);
        var admittedIds = await check.MembershipEvents.Where(e => e.DecisionNumber == "15-NQ/ĐUK").Select(e => e.MemberId).ToListAsync(Token);
        var members = await check.Members.Where(m => admittedIds.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(Token);
        Assert.Equal(["Trần Thị Mai", "Lê Văn Hùng"], members.Select(m => m.FullName));
        Assert.Equal(2, members.Count);
        Assert.All(members, m => Assert.Equal((organization, MemberStatus.Probationary, (string?)null), (m.OrganizationId!.Value, m.Status, m.PartyCardNumber)));
        Assert.All(members, m => Assert.Matches("^DV\\d{5}$", m.MemberCode));
        var ids = members.Select(m => m.Id).ToList();
        Assert.Equal(2, await check.MembershipEvents.CountAsync(e => ids.Contains(e.MemberId) && e.Kind == MembershipEventKind.Admitted && e.DecisionNumber == "15-NQ/ĐUK", Token));

        // They take part in the 2026 review, not rated: admitted less than six months before it.
        var period = await check.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == check.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);
        var reviews = await check.MemberReviews.Where(r => ids.Contains(r.MemberId) && r.ReviewPeriodId == period).ToListAsync(Token);
        Assert.All(reviews, r => Assert.Equal(NotRatedReason.NewlyAdmitted, r.NotRatedReason));
        Assert.Equal(2, reviews.Count);
    }

    [Fact]
    public async Task The_probation_list_gives_each_due_date_and_marks_the_overdue()
    {
        await using var app = await AppAsync();
        await using var unit = app.Scope();
        var db = unit.Db();
        var model = await unit.Get<ProbationQuery>().GetAsync(Staff, Token);

        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var expected = await db.Members.Where(m => m.Status == MemberStatus.Probationary && m.OrganizationId != null)
            .Select(m => m.AdmittedOn).ToListAsync(Token);
        Assert.Equal(expected.Count(a => a.AddMonths(12) <= today), model.Waiting.Count);
        Assert.Equal(3, model.Waiting.Count(l => l.IsOverdue)); // admitted August – mid-September 2025
        Assert.All(model.Waiting, l => Assert.Equal(Probation.DecisionDueOn(l.AdmittedOn), l.DecisionDueOn));
        Assert.All(model.Upcoming, l => Assert.InRange(l.ProbationEndsOn, today.AddDays(1), today.AddDays(60)));

        // Recording the decision takes the member off the list.
        var first = model.Waiting[0];
        var result = await RecordAsync(app, first.MemberId, new EventForm
        {
            Kind = MembershipEventKind.MadeOfficial, OccurredOn = today, DecisionNumber = "201-QĐ/ĐUK",
        });
        Assert.True(result!.Succeeded, Describe(result));
        var after = await WithAsync<ProbationQuery, ProbationViewModel>(app, q => q.GetAsync(Staff, Token));
        Assert.DoesNotContain(after.Waiting, l => l.MemberId == first.MemberId);
    }

    [Fact]
    public async Task A_correction_is_checked_against_the_whole_ledger_and_audited_old_to_new()
    {
        await using var app = await AppAsync();
        await using var unit = app.Scope();
        var db = unit.Db();
        var member = await db.Members.Where(m => m.Status == MemberStatus.Probationary && m.AdmittedOn >= new DateOnly(2026, 3, 1)).OrderBy(m => m.Id).FirstAsync(Token);
        var admission = await db.MembershipEvents.SingleAsync(e => e.MemberId == member.Id && e.Kind == MembershipEventKind.Admitted, Token);

        var future = await WithAsync<LedgerService, Result?>(app, s => s.CorrectAsync(member.Id, admission.Id, new EventForm
        {
            Kind = admission.Kind, OccurredOn = new DateOnly(2027, 1, 5), DecisionNumber = admission.DecisionNumber,
        }, Staff, Token));
        Assert.Contains("ở tương lai", await TextAsync(app, future), StringComparison.Ordinal);

        var corrected = await WithAsync<LedgerService, Result?>(app, s => s.CorrectAsync(member.Id, admission.Id, new EventForm
        {
            Kind = admission.Kind, OccurredOn = admission.OccurredOn, DecisionNumber = "999-QĐ/ĐUK", Note = "Sửa số quyết định ghi nhầm",
        }, Staff, Token));

        Assert.True(corrected!.Succeeded, Describe(corrected));
        await using var checking = app.Scope();
        var check = checking.Db();
        Assert.Equal("999-QĐ/ĐUK", (await check.MembershipEvents.SingleAsync(e => e.Id == admission.Id, Token)).DecisionNumber);
        var audit = await check.AuditEntries.SingleAsync(a => a.MemberId == member.Id && a.Field.EndsWith("Số quyết định"), Token);
        Assert.Equal((admission.DecisionNumber, "999-QĐ/ĐUK"), (audit.OldValue, audit.NewValue));
    }

    [Fact]
    public async Task Only_the_last_entry_can_be_removed_with_a_reason_and_the_member_returns_to_where_they_were()
    {
        await using var app = await AppAsync();
        await using var unit = app.Scope();
        var db = unit.Db();
        var member = await SettledMemberAsync(db, "TCCS06");
        var organization = member.OrganizationId;
        Assert.True((await RecordAsync(app, member.Id, new EventForm { Kind = MembershipEventKind.Deceased, OccurredOn = new DateOnly(2026, 9, 9) }))!.Succeeded);
        await using var reading = app.Scope();
        var entries = await reading.Db().MembershipEvents.Where(e => e.MemberId == member.Id).OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).ToListAsync(Token);

        var early = await WithAsync<LedgerService, Result?>(app, s => s.RemoveLastAsync(member.Id, entries[0].Id, "nhầm", Staff, Token));
        Assert.Contains("Chỉ xóa được sự kiện cuối cùng", await TextAsync(app, early), StringComparison.Ordinal);

        var removed = await WithAsync<LedgerService, Result?>(app, s => s.RemoveLastAsync(member.Id, entries[^1].Id, "Ghi nhầm người", Staff, Token));

        Assert.True(removed!.Succeeded, Describe(removed));
        await using var checking = app.Scope();
        var check = checking.Db();
        Assert.Equal(organization, await check.Members.Where(m => m.Id == member.Id).Select(m => m.OrganizationId).SingleAsync(Token));
        var audit = await check.AuditEntries.SingleAsync(a => a.MemberId == member.Id && a.Field == "Xóa sự kiện", Token);
        Assert.Contains("Từ trần ngày 09/09/2026", audit.OldValue, StringComparison.Ordinal);
        Assert.Contains("Ghi nhầm người", audit.Source, StringComparison.Ordinal);
        var period = await check.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == check.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);
        Assert.True(await check.MemberReviews.AnyAsync(r => r.MemberId == member.Id && r.ReviewPeriodId == period, Token));
    }

    [Fact]
    public async Task Admission_targets_are_saved_audited_and_measured()
    {
        await using var app = await AppAsync();
        var organization = await OrganizationIdAsync(app, "TCCS01");
        var result = await WithAsync<AdmissionTargetService, Result>(app, s => s.SaveAsync(2026, new TargetsForm
        {
            CommitteeTarget = 25, Organizations = new Dictionary<int, int?> { [organization] = 3 },
        }, Token));

        Assert.True(result.Succeeded, Describe(result));
        await using var checking = app.Scope();
        var check = checking.Db();
        var committee = await check.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token);
        var tally = await checking.Get<TallyService>().GetMovementTallyAsync(committee, 2026, Token);
        Assert.Equal(25, tally.AdmissionTarget);
        Assert.Equal(tally.Admitted * 100m / 25, tally.AdmissionShareOfTarget);
        var audit = await check.AuditEntries.Where(a => a.EntityType == "AdmissionTarget").ToListAsync(Token);
        Assert.Contains(audit, a => a.OldValue == "140" && a.NewValue == "25");
        Assert.Contains(audit, a => a.OldValue == null && a.NewValue == "3" && a.OrganizationId == organization);
    }
}
