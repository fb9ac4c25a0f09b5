using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Reviews;
using static PartyReview.Web.Features.Import.RowCells;

namespace PartyReview.Web.Features.Import;

/// <summary>The Review periods sheet: each row opens the period of its year or updates it, unless it is locked.</summary>
internal sealed class PeriodSheet(ImportRun run)
{
    private readonly HashSet<int> _seen = [];

    public void Import(IReadOnlyList<ParsedRow> rows) =>
        run.EachRow(rows, row => $"Kỳ đánh giá năm {row["Year"]}", Read, (_, parsed, outcome) => Apply(parsed, outcome));

    /// <summary>The period the row describes (not yet added), or null when the row is refused.</summary>
    private ReviewPeriod? Read(ParsedRow row, RowOutcome outcome)
    {
        var year = Integer(row, "Year", 2000, 2100, outcome, required: true);
        var ruleSet = Parse(row, "RuleSet", ImportSpellings.RuleSet, ImportMessages.UnreadableRuleSet, outcome);
        var quota = Integer(row, "Quota", 0, 100, outcome);
        var reviewDate = Date(row, "ReviewDate", outcome, required: true);
        var status = Parse(row, "Status", ImportSpellings.PeriodStatuses, ImportMessages.UnreadablePeriodStatus, outcome);
        var award = Text(row, "AwardName", 200, outcome);
        var consecutive = Integer(row, "ConsecutiveYears", 1, 20, outcome);
        if (year is { } y && reviewDate is { } date && date.Year != y && date.Year != y + 1)
        {
            outcome.Fail(row.At("ReviewDate", ImportMessages.PeriodReviewDateOutsideYear, Number(y), Number(y + 1)));
        }

        if (year is { } again && !_seen.Add(again))
        {
            outcome.Fail(row.At("Year", ImportMessages.PeriodDuplicateYear, Number(again)));
        }

        if (outcome.Status == RowStatus.Error)
        {
            return null;
        }

        var committee = run.Committee;
        return new ReviewPeriod
        {
            CommitteeId = committee.Id, Year = year!.Value, RuleSet = ruleSet ?? RuleSets.ForYear(year.Value),
            ExcellenceQuotaPercent = quota ?? committee.DefaultExcellenceQuotaPercent, ReviewDate = reviewDate!.Value,
            Status = status ?? ReviewPeriodStatus.Open, ExemplaryOrganizationAwardName = award,
            ConsecutiveYears = consecutive ?? Domain.Commendations.Eligibility.DefaultConsecutiveYears,
        };
    }

    private void Apply(ReviewPeriod wanted, RowOutcome outcome)
    {
        var periods = run.Periods;
        if (!periods.ByYear.TryGetValue(wanted.Year, out var existing))
        {
            run.Db.ReviewPeriods.Add(wanted);
            periods.Opened.Add(wanted);
            periods.ByYear[wanted.Year] = wanted;
            outcome.Status = RowStatus.New;
            run.Audit(nameof(ReviewPeriod), () => wanted.Id, "Nhập: mở kỳ đánh giá", null, Describe(wanted), () => new(null, null, wanted.Id));
            return;
        }

        var before = Describe(existing);
        if (before == Describe(wanted))
        {
            return;
        }

        if (periods.LockedYears.Contains(existing.Year))
        {
            outcome.Fail(new ImportMessage(ImportMessages.PeriodLocked, Number(existing.Year)));
            return;
        }

        existing.RuleSet = wanted.RuleSet;
        existing.ExcellenceQuotaPercent = wanted.ExcellenceQuotaPercent;
        existing.ReviewDate = wanted.ReviewDate;
        existing.Status = wanted.Status;
        existing.ExemplaryOrganizationAwardName = wanted.ExemplaryOrganizationAwardName;
        existing.ConsecutiveYears = wanted.ConsecutiveYears;
        outcome.Status = RowStatus.Updated;
        run.Audit(nameof(ReviewPeriod), () => existing.Id, "Nhập: sửa kỳ đánh giá", before, Describe(existing), () => new(null, null, existing.Id));
    }

    /// <summary>The period as its audit line tells it.</summary>
    private static string Describe(ReviewPeriod p) =>
        $"năm {p.Year}, {ImportSpellings.ShortName(p.RuleSet)}, tỷ lệ {p.ExcellenceQuotaPercent}%, ngày {VietnameseFormat.Date(p.ReviewDate)}, " +
        $"{(p.IsLocked ? "đã quyết định" : "đang đánh giá")}, {p.ExemplaryOrganizationAwardName ?? "tên mặc định"}, {p.ConsecutiveYears} năm liền";
}
