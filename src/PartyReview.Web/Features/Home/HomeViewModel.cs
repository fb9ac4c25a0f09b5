using PartyReview.Domain.Reporting;

namespace PartyReview.Web.Features.Home;

public sealed class HomeViewModel
{
    /// <summary>Null when the database holds no committee yet.</summary>
    public required string? CommitteeName { get; init; }
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>The counts of the period being worked on (the newest open one).</summary>
    public YearTally? CurrentTally { get; init; }

    /// <summary>For a Secretary: their organization and its progress in the current period.</summary>
    public OrganizationProgress? Organization { get; set; }
}

public sealed record OrganizationProgress(string Name, int Members, int Entered);
