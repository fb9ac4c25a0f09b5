using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Province;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Province;

/// <summary>
/// A merge as the province's staff make it (ADR 0008): a committee's TCCS move to another with their members and
/// history; the streak of a member HTXSNV in both committees' years counts across the move; the successor lists the
/// predecessor's years; the move is refused while the source has an open year, and reversed while the target has
/// decided nothing since.
/// </summary>
public sealed class RestructuringTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private sealed class TwoCommittees : OwnDatabase
    {
        private TwoCommittees(DatabaseProvider provider, NewDatabase database)
            : base(provider, database, new DateTimeOffset(2020, 12, 20, 2, 0, 0, TimeSpan.Zero))
        {
        }

        public int Old { get; private set; }
        public int New { get; private set; }
        public int Organization { get; private set; }
        public int Member { get; private set; }

        public static async Task<TwoCommittees> CreateAsync(DatabaseProvider provider)
        {
            var created = new TwoCommittees(provider, await CreateDatabaseAsync(provider));
            await created.SeedAsync();
            return created;
        }

        private async Task SeedAsync()
        {
            await using var db = Context();
            Committee Committee(string name) => new() { Name = name, ShortName = "Đảng ủy", UpperBodyName = "ĐẢNG BỘ TỈNH THỬ", Place = "Đà Lạt", DocumentSymbol = "ĐU" };
            var old = Committee("Đảng ủy Khối cũ");
            var successor = Committee("Đảng bộ kế thừa");
            db.Committees.AddRange(old, successor);
            await db.SaveChangesAsync(Token);
            var organization = new Organization { CommitteeId = old.Id, Code = "T01", Name = "Chi bộ Sở Thử", Kind = OrganizationKind.Cell, FoundedOn = new DateOnly(2000, 1, 1) };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync(Token);
            var member = new Member
            {
                CommitteeId = old.Id, MemberCode = "DV0001", FullName = "Nguyễn Văn An", BirthDate = new DateOnly(1980, 1, 1),
                AdmittedOn = new DateOnly(2005, 1, 1), Status = MemberStatus.Official, OrganizationId = organization.Id,
            };
            db.Members.Add(member);
            await db.SaveChangesAsync(Token);
            foreach (var year in new[] { 2018, 2019 })
            {
                var period = new ReviewPeriod { CommitteeId = old.Id, Year = year, RuleSet = RuleSets.ForYear(year), ReviewDate = new DateOnly(year, 12, 20), Status = ReviewPeriodStatus.Decided };
                db.ReviewPeriods.Add(period);
                await db.SaveChangesAsync(Token);
                var review = new MemberReview { ReviewPeriodId = period.Id, MemberId = member.Id, OrganizationId = organization.Id };
                review.Rate(QualityLevel.Excellent);
                db.MemberReviews.Add(review);
            }

            await db.SaveChangesAsync(Token);
            (Old, New, Organization, Member) = (old.Id, successor.Id, organization.Id, member.Id);
        }

        public async Task OpenSuccessorYearAsync(ReviewPeriodStatus status)
        {
            await using var db = Context();
            var period = new ReviewPeriod { CommitteeId = New, Year = 2020, RuleSet = RuleSets.ForYear(2020), ReviewDate = new DateOnly(2020, 12, 20), Status = status };
            db.ReviewPeriods.Add(period);
            await db.SaveChangesAsync(Token);
            var review = new MemberReview { ReviewPeriodId = period.Id, MemberId = Member, OrganizationId = Organization };
            review.Rate(QualityLevel.Excellent);
            db.MemberReviews.Add(review);
            await db.SaveChangesAsync(Token);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_merge_carries_the_members_and_the_streak_counts_both_committees_years(DatabaseProvider provider)
    {
        await using var setup = await TwoCommittees.CreateAsync(provider);
        await using (var scope = setup.App.Scope())
        {
            var moved = await scope.Get<RestructuringService>().MoveAsync(
                new MoveForm { FromCommitteeId = setup.Old, ToCommitteeId = setup.New, EffectiveOn = new DateOnly(2020, 1, 1), Merge = true }, Token);
            Assert.True(moved.Succeeded, string.Join("; ", moved.Errors.Select(e => e.MessageKey)));
        }

        await setup.OpenSuccessorYearAsync(ReviewPeriodStatus.Open);
        await using (var db = setup.Context())
        {
            Assert.Equal(setup.New, (await db.Organizations.SingleAsync(o => o.Id == setup.Organization, Token)).CommitteeId);
            Assert.Equal(setup.New, (await db.Members.SingleAsync(m => m.Id == setup.Member, Token)).CommitteeId);
            var old = await db.Committees.SingleAsync(c => c.Id == setup.Old, Token);
            Assert.Equal((new DateOnly(2019, 12, 31), (int?)setup.New), (old.EndedOn, old.SucceededById));
            Assert.Equal(1, await ReportQueries.ConsecutiveExcellentMembers(db, setup.New, 2020, 3).CountAsync(Token));
            Assert.Equal(0, await ReportQueries.ConsecutiveExcellentMembers(db, setup.Old, 2020, 3).CountAsync(Token));
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Field == "Chuyển đảng ủy" || a.Field == "Sáp nhập", Token));
        }

        await using (var scope = setup.App.Scope())
        {
            Assert.Equal([2020, 2019, 2018], await scope.Get<TallyService>().GetYearsAsync(setup.New, Token));
            Assert.Equal([2019, 2018], await scope.Get<TallyService>().GetYearsAsync(setup.Old, Token));

            // The successor has decided nothing since the move: it can be reversed, and the old committee works again.
            var service = scope.Get<RestructuringService>();
            var move = (await service.GetAsync(Token)).Moves.Single();
            Assert.True(move.CanReverse);
            var reversed = await service.ReverseAsync(move.Id, Token);
            Assert.True(reversed!.Succeeded);
        }

        await using (var db = setup.Context())
        {
            Assert.Equal(setup.Old, (await db.Organizations.SingleAsync(o => o.Id == setup.Organization, Token)).CommitteeId);
            Assert.Equal(setup.Old, (await db.Members.SingleAsync(m => m.Id == setup.Member, Token)).CommitteeId);
            Assert.Null((await db.Committees.SingleAsync(c => c.Id == setup.Old, Token)).EndedOn);
        }
    }

    [Fact]
    public async Task A_move_into_a_decided_year_or_out_of_an_open_one_is_refused_and_changes_nothing()
    {
        await using var setup = await TwoCommittees.CreateAsync(DatabaseProvider.Sqlite);
        await setup.OpenSuccessorYearAsync(ReviewPeriodStatus.Decided);
        await using (var scope = setup.App.Scope())
        {
            var service = scope.Get<RestructuringService>();
            var intoDecided = await service.MoveAsync(
                new MoveForm { FromCommitteeId = setup.Old, ToCommitteeId = setup.New, EffectiveOn = new DateOnly(2020, 3, 1), Codes = "t01" }, Token);
            Assert.Equal(ProvinceMessages.TargetDecidedYear, intoDecided.FirstError!.MessageKey);
            var unknown = await service.MoveAsync(
                new MoveForm { FromCommitteeId = setup.Old, ToCommitteeId = setup.New, EffectiveOn = new DateOnly(2021, 1, 1), Codes = "T01, T99" }, Token);
            Assert.Equal(ProvinceMessages.UnknownCode, unknown.FirstError!.MessageKey);
            var backwards = await service.MoveAsync(
                new MoveForm { FromCommitteeId = setup.New, ToCommitteeId = setup.Old, EffectiveOn = new DateOnly(2021, 1, 1), Merge = true }, Token);
            Assert.Equal(ProvinceMessages.NothingToMove, backwards.FirstError!.MessageKey);
        }

        await using var db = setup.Context();
        Assert.Equal(setup.Old, (await db.Organizations.SingleAsync(o => o.Id == setup.Organization, Token)).CommitteeId);
        Assert.Empty(await db.OrganizationMoves.ToListAsync(Token));
    }
}
