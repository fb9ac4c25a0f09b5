using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Demo;

// The 2019 review, with the article's figures.
internal sealed partial class DemoPlan
{
    /// <summary>2019: exactly the article's figures, every organization within the 20 % excellence quota.</summary>
    private void Review2019()
    {
        var year = SeedYear;
        var date = ReviewDate(year);
        var rated = Enumerable.Range(0, Organizations.Count).Where(o => !Organizations[o].IsNewlyFoundedAt(date)).ToList();
        var withCommittee = Shuffle(rated.Where(o => Organizations[o].HasExecutiveCommittee && DemoNames.Organizations[o].Size >= 10).ToList());
        var levels = new QualityLevel?[Organizations.Count];
        foreach (var o in rated)
        {
            levels[o] = QualityLevel.Good;
        }

        foreach (var o in withCommittee.Take(ExcellentOrganizations2019))
        {
            levels[o] = QualityLevel.Excellent;
        }

        foreach (var o in withCommittee.Skip(ExcellentOrganizations2019).Take(CompleteOrganizations2019))
        {
            levels[o] = QualityLevel.Complete;
        }

        AddOrganizationReviews(year, levels);

        var present = MembersPresent(date);
        var ratable = present.Where(f => NotRatedReasonIn(year, f) is null).ToList();

        // Low levels go to members of organizations that are not excellent: their prerequisites forbid them.
        var notExcellent = Shuffle(ratable.Where(f => levels[f.Organization] != QualityLevel.Excellent).ToList());
        var inComplete = notExcellent.Where(f => levels[f.Organization] == QualityLevel.Complete).ToList();
        var notComplete = inComplete.Take(2).Concat(notExcellent.Where(f => levels[f.Organization] == QualityLevel.Good).Take(NotCompleteMembers2019 - 2)).ToList();
        notComplete.ForEach(f => f.Levels[year] = QualityLevel.NotComplete);
        var complete = inComplete.Where(f => !f.Levels.ContainsKey(year)).Take(16).ToList();
        var spread = notExcellent
            .Where(f => !f.Levels.ContainsKey(year) && levels[f.Organization] == QualityLevel.Good)
            .GroupBy(f => f.Organization).Select(g => g.First())
            .Take(CompleteMembers2019 - complete.Count);
        complete.AddRange(spread);
        complete.ForEach(f => f.Levels[year] = QualityLevel.Complete);
        if (complete.Count != CompleteMembers2019)
        {
            throw new InvalidOperationException("The demo plan cannot place the 2019 HTNV members.");
        }

        // The nine members excellent five years running, in nine different large organizations.
        var fiveYear = Shuffle(ratable.Where(f => f.Story == Story.Regular && f.JoinedOn < new DateOnly(FirstHistoryYear, 1, 1)
                                                 && !f.Levels.ContainsKey(year) && DemoNames.Organizations[f.Organization].Size >= 40).ToList())
            .GroupBy(f => f.Organization).Select(g => g.First()).Take(FiveYearMembers).ToList();
        _fiveYearMembers.AddRange(fiveYear);

        AssignExcellentAndGood(year, ratable, ExcellentMembers2019);
        AddMemberReviews(year, present);
    }
}
