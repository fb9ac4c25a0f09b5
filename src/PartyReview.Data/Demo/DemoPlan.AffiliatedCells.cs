using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Demo;

// Chi bộ trực thuộc inside three đảng bộ cơ sở (ADR 0008), built after everything else from a Random of their own, so
// that the plan's sequence, and every 2019 figure of the seed article, stay exactly as they were. Only places change:
// the đảng bộ's members (but its cấp ủy, who stay at the đảng bộ until the entry grid groups members by chi bộ) are
// spread over its chi bộ, with their reviews, ledger entries and 2026 steps. Every per-TCCS count attributes a chi
// bộ's members to its đảng bộ, so no TCCS figure changes either. The chi bộ's names are illustrative.
internal sealed partial class DemoPlan
{
    /// <summary>The chi bộ trực thuộc of the demo: the đảng bộ cơ sở (its position in the plan) and the names of its chi bộ.</summary>
    public static readonly (int Parent, string[] Cells)[] AffiliatedCellNames =
    [
        (8, ["Chi bộ Văn phòng Sở Tài nguyên và Môi trường", "Chi bộ Phòng Quản lý đất đai", "Chi bộ Chi cục Bảo vệ môi trường"]),
        (9, ["Chi bộ Văn phòng Sở Lao động - Thương binh và Xã hội", "Chi bộ Phòng Người có công"]),
        (14, ["Chi bộ Khối Hành chính Bệnh viện Đa khoa II", "Chi bộ Khối Nội", "Chi bộ Khối Ngoại"]),
    ];

    private void BuildAffiliatedCells()
    {
        var random = new Random(SeedYear * 100 + 17);
        var period2019 = PeriodIndex(SeedYear);
        var period2026 = PeriodIndex(CurrentYear);
        foreach (var (parent, names) in AffiliatedCellNames)
        {
            var cells = new List<int>();
            for (var n = 0; n < names.Length; n++)
            {
                cells.Add(Organizations.Count);
                Organizations.Add(new Organization
                {
                    Code = $"{Organizations[parent].Code}-CB{n + 1}",
                    Name = names[n],
                    Kind = OrganizationKind.AffiliatedCell,
                    ParentId = parent,
                    FoundedOn = Organizations[parent].FoundedOn,
                    HasExecutiveCommittee = false,
                });
            }

            // The members, in a shuffled order, dealt round the chi bộ; the đảng bộ's cấp ủy stay at the đảng bộ.
            var seated = Seats.Where(s => s.OrganizationId == parent).Select(s => s.MemberId).ToHashSet();
            var members = _facts.Where(f => f.Organization == parent && !seated.Contains(f.Index)).Select(f => f.Index).ToList();
            for (var i = members.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (members[i], members[j]) = (members[j], members[i]);
            }

            var cellOf = new Dictionary<int, int>();
            for (var i = 0; i < members.Count; i++)
            {
                cellOf[members[i]] = cells[i % cells.Count];
            }

            foreach (var (member, cell) in cellOf)
            {
                if (Members[member].OrganizationId == parent)
                {
                    Members[member].OrganizationId = cell;
                }
            }

            foreach (var review in MemberReviews.Where(r => r.OrganizationId == parent && cellOf.ContainsKey(r.MemberId)))
            {
                review.OrganizationId = cellOf[review.MemberId];
            }

            foreach (var entry in Events.Where(e => cellOf.ContainsKey(e.MemberId)))
            {
                var cell = cellOf[entry.MemberId];
                entry.OrganizationId = entry.OrganizationId == parent ? cell : entry.OrganizationId;
                entry.CounterpartOrganizationId = entry.CounterpartOrganizationId == parent ? cell : entry.CounterpartOrganizationId;
            }

            foreach (var step in Steps.Where(s => s.Member is { } m && s.Organization == parent && cellOf.ContainsKey(m)))
            {
                step.Organization = cellOf[step.Member!.Value];
            }

            // 2019: each chi bộ rated by its members (HTXSNV only with none KHTNV and 80 % HTTNV or better, 21-HD), and
            // at least HTTNV where the đảng bộ is HTXSNV (its own prerequisite); 2026: open like every sheet.
            var parentLevel = OrganizationReviews.Single(r => r.ReviewPeriodId == period2019 && r.OrganizationId == parent).Level;
            foreach (var cell in cells)
            {
                var levels = MemberReviews.Where(r => r.ReviewPeriodId == period2019 && r.OrganizationId == cell && r.Level is not null)
                    .Select(r => r.Level!.Value).ToList();
                var mayExcel = levels.Count > 0 && !levels.Contains(QualityLevel.NotComplete)
                               && levels.Count(l => l.IsAtLeast(QualityLevel.Good)) * 100 >= levels.Count * 80;
                var draw = random.Next(100);
                var level = draw < 35 && mayExcel ? QualityLevel.Excellent
                    : draw >= 85 && parentLevel != QualityLevel.Excellent ? QualityLevel.Complete
                    : QualityLevel.Good;
                var review = new OrganizationReview { ReviewPeriodId = period2019, OrganizationId = cell };
                review.Rate(level);
                OrganizationReviews.Add(review);
                OrganizationReviews.Add(new OrganizationReview { ReviewPeriodId = period2026, OrganizationId = cell });
            }
        }
    }
}
