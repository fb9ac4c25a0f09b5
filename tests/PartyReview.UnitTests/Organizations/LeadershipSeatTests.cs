using PartyReview.Domain.Organizations;

namespace PartyReview.UnitTests.Organizations;

/// <summary>A cấp ủy seat's term and the rules of one organization's seats.</summary>
public sealed class LeadershipSeatTests
{
    private const int Cell = 1;
    private static readonly DateOnly Start2020 = new(2020, 7, 1);

    private static LeadershipSeat Seat(int member, LeadershipPost post, string starts, string? ends = null, int id = 0)
    {
        var seat = LeadershipSeat.Create(Cell, member, post, D(starts), ends is null ? null : D(ends));
        seat.Id = id;
        return seat;
    }

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_term_is_held_from_its_first_to_its_last_day()
    {
        var seat = Seat(1, LeadershipPost.Secretary, "2020-07-01", "2025-06-30");

        Assert.False(seat.IsHeldOn(new DateOnly(2020, 6, 30)));
        Assert.True(seat.IsHeldOn(Start2020));
        Assert.True(seat.IsHeldOn(new DateOnly(2025, 6, 30)));
        Assert.False(seat.IsHeldOn(new DateOnly(2025, 7, 1)));
        Assert.True(seat.IsHeldIn(2025));
        Assert.False(seat.IsHeldIn(2026));
        Assert.False(seat.IsHeldIn(2019));
    }

    [Fact]
    public void An_open_term_is_held_until_it_is_ended_and_ends_once_not_before_its_start()
    {
        var seat = Seat(1, LeadershipPost.CommitteeMember, "2020-07-01");
        Assert.True(seat.IsHeldIn(2040));

        Assert.False(seat.TryEnd(new DateOnly(2020, 6, 30)));
        Assert.Null(seat.EndsOn);
        Assert.True(seat.TryEnd(new DateOnly(2023, 3, 31)));
        Assert.Equal(new DateOnly(2023, 3, 31), seat.EndsOn);
        Assert.Equal(1, seat.Version);
        Assert.False(seat.TryEnd(new DateOnly(2024, 1, 1)));
        Assert.False(seat.IsHeldIn(2024));
    }

    [Fact]
    public void A_term_may_not_end_before_it_starts()
    {
        var seat = Seat(1, LeadershipPost.CommitteeMember, "2020-07-01", "2020-06-30");

        Assert.Equal([SeatProblem.EndsBeforeStart], LeadershipRules.Check(seat, [], memberBelongsOnStart: true));
        Assert.Empty(LeadershipRules.Check(Seat(1, LeadershipPost.CommitteeMember, "2020-07-01", "2020-07-01"), [], true));
    }

    [Fact]
    public void The_member_must_belong_to_the_organization_on_the_first_day()
    {
        Assert.Equal([SeatProblem.NotAMemberOnStart], LeadershipRules.Check(Seat(1, LeadershipPost.CommitteeMember, "2020-07-01"), [], memberBelongsOnStart: false));
    }

    [Fact]
    public void One_Bi_thu_at_a_time_and_a_successor_may_start_the_day_after()
    {
        LeadershipSeat[] seats = [Seat(1, LeadershipPost.Secretary, "2020-07-01", "2025-06-30", id: 10)];

        Assert.Equal([SeatProblem.SecondSecretary], LeadershipRules.Check(Seat(2, LeadershipPost.Secretary, "2025-06-30"), seats, true));
        Assert.Empty(LeadershipRules.Check(Seat(2, LeadershipPost.Secretary, "2025-07-01"), seats, true));
        Assert.Empty(LeadershipRules.Check(Seat(2, LeadershipPost.DeputySecretary, "2020-07-01"), seats, true));
        Assert.Equal([SeatProblem.SecondSecretary], LeadershipRules.Check(Seat(2, LeadershipPost.Secretary, "2019-01-01"), seats, true));
    }

    [Fact]
    public void The_same_member_holds_one_cap_uy_seat_at_a_time_but_may_also_head_the_agency()
    {
        LeadershipSeat[] seats = [Seat(1, LeadershipPost.CommitteeMember, "2020-07-01", id: 10)];

        Assert.Equal([SeatProblem.MemberAlreadySeated], LeadershipRules.Check(Seat(1, LeadershipPost.DeputySecretary, "2022-01-01"), seats, true));
        Assert.Empty(LeadershipRules.Check(Seat(1, LeadershipPost.AgencyHead, "2022-01-01"), seats, true));
        Assert.Empty(LeadershipRules.Check(Seat(2, LeadershipPost.CommitteeMember, "2022-01-01"), seats, true));
    }

    [Fact]
    public void A_seat_is_not_checked_against_itself_nor_against_another_organization()
    {
        var seat = Seat(1, LeadershipPost.Secretary, "2020-07-01", id: 10);
        var elsewhere = LeadershipSeat.Create(2, 3, LeadershipPost.Secretary, Start2020);

        Assert.Empty(LeadershipRules.Check(seat, [seat, elsewhere], true));
    }

    [Fact]
    public void Only_cap_uy_posts_are_seats_of_the_leadership_collective()
    {
        Assert.All(LeadershipPosts.All.Where(p => p != LeadershipPost.AgencyHead), p => Assert.True(p.IsCommitteePost()));
        Assert.False(LeadershipPost.AgencyHead.IsCommitteePost());
    }
}
