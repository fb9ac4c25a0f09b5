using PartyReview.Domain.Commendations;
using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Demo;

// The 2019 ceremony (16/01/2020) and its commendations.
internal sealed partial class DemoPlan
{
    /// <summary>
    /// The article's ceremony, 16/01/2020: Giấy khen for the 17 TCCS "Trong sạch vững mạnh tiêu biểu", for 5 of them for
    /// outstanding Party-building work, and for the 9 members HTXSNV five years running; three issued decisions, Số 1–3.
    /// </summary>
    private void BuildCommendations2019()
    {
        var period = PeriodIndex(SeedYear);
        var excellent = OrganizationReviews.Where(r => r.ReviewPeriodId == period && r.Level == QualityLevel.Excellent)
            .Select(r => r.OrganizationId).Order().ToList();
        var awards = new (AwardKind Award, IReadOnlyList<int> Recipients, bool Organizations, string Citation)[]
        {
            (AwardKind.ExemplaryOrganization, excellent, true, $"Hoàn thành xuất sắc nhiệm vụ năm {SeedYear}"),
            (AwardKind.OutstandingPartyBuilding, excellent.Take(5).ToList(), true, $"Thành tích xuất sắc trong công tác xây dựng Đảng năm {SeedYear}"),
            (AwardKind.ExcellentMemberConsecutiveYears, _fiveYearMembers.Select(f => f.Index).ToList(), false,
                $"Hoàn thành xuất sắc nhiệm vụ 5 năm liền: {string.Join(", ", Enumerable.Range(FirstHistoryYear, SeedYear - FirstHistoryYear + 1))}"),
        };
        foreach (var (award, recipients, organizations, citation) in awards)
        {
            var name = Eligibility.DefaultName(award, SeedYear);
            var decision = new CommendationDecision
            {
                Year = SeedYear,
                Award = award,
                TermStartYear = Committee.TermStartYear,
                Number = Decisions.Count + 1,
                IssuedOn = new DateOnly(2020, 1, 16),
                Title = $"Tặng Giấy khen “{name}” năm {SeedYear}",
                AwardName = name,
                Signer = Committee.DefaultSigner ?? "",
                SignerTitle = Committee.DefaultSignerTitle ?? "BÍ THƯ",
            };
            decision.Issue();
            foreach (var recipient in recipients)
            {
                Commendations.Add(new Commendation
                {
                    Year = SeedYear,
                    Award = award,
                    OrganizationId = organizations ? recipient : null,
                    MemberId = organizations ? null : recipient,
                    Citation = citation,
                    DecisionId = Decisions.Count,
                });
            }

            Decisions.Add(decision);
        }
    }
}
