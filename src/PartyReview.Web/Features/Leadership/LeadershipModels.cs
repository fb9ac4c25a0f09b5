using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Organizations;

namespace PartyReview.Web.Features.Leadership;

/// <summary>A seat as the page lists it.</summary>
public sealed record SeatLine(int Id, int MemberId, string MemberCode, string FullName, LeadershipPost Post, DateOnly StartsOn, DateOnly? EndsOn, int Version);

/// <summary>A member the add form offers: one of the organization's members on the chosen date.</summary>
public sealed record SeatMemberOption(int Id, string MemberCode, string FullName);

public sealed class LeadershipViewModel
{
    public required int OrganizationId { get; init; }
    public required string OrganizationName { get; init; }
    public required bool HasExecutiveCommittee { get; init; }
    public required DateOnly Today { get; init; }

    /// <summary>Seats whose term has not ended before today (running or starting later), by post then start.</summary>
    public required IReadOnlyList<SeatLine> Current { get; init; }

    /// <summary>Seats whose term ended before today, latest first.</summary>
    public required IReadOnlyList<SeatLine> Past { get; init; }

    /// <summary>The member search of the add form: what was typed, the date, and at most <see cref="LeadershipService.MaxOptions"/> matches.</summary>
    public string? Query { get; init; }
    public required DateOnly On { get; init; }
    public required IReadOnlyList<SeatMemberOption> Candidates { get; init; }
    public bool MoreCandidates { get; init; }

    public bool CanWrite { get; set; }
    public SeatForm Form { get; set; } = new();
}

public sealed class SeatForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Leadership.Member")]
    public int? MemberId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Leadership.Post")]
    public LeadershipPost? Post { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Leadership.StartsOn")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Leadership.EndsOn")]
    public DateOnly? EndsOn { get; set; }
}

public sealed class EndSeatForm
{
    /// <summary>The seat (in the form, not the address: an unknown seat is a 404 like an unknown organization).</summary>
    public int SeatId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Leadership.EndsOn")]
    public DateOnly? EndsOn { get; set; }

    public int Version { get; set; }
}
