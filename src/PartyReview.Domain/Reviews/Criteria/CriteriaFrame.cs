using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.Domain.Reviews.Criteria;

/// <summary>The two groups of criteria every frame of Quy định 366 has (Điều 10).</summary>
public enum CriteriaGroup
{
    /// <summary>Nhóm tiêu chí chung: chính trị, tư tưởng, đạo đức, lối sống, ý thức tổ chức kỷ luật…</summary>
    Common = 1,

    /// <summary>Nhóm tiêu chí về kết quả thực hiện nhiệm vụ.</summary>
    Tasks = 2,
}

/// <summary>
/// One subject type's criteria frame in one review period, on the 100-point scale: the maxima of the two groups and
/// optional sub-criteria. Shipped as the 366/43 default (<see cref="Default"/>); staff may adjust a period's frame until
/// its first score is entered, and from then on it is fixed for that period.
/// </summary>
public class CriteriaFrame
{
    public const int TitleMaxLength = 300;
    public const int MaxItems = 20;

    public int Id { get; set; }
    public int ReviewPeriodId { get; set; }
    public SubjectType Subject { get; set; }

    /// <summary>The common group's maximum (30 by default).</summary>
    public decimal CommonMaximum { get; set; }

    /// <summary>The task-results group's maximum (70 by default).</summary>
    public decimal TaskMaximum { get; set; }

    public List<CriterionItem> Items { get; set; } = [];

    public decimal MaximumOf(CriteriaGroup group) => group == CriteriaGroup.Common ? CommonMaximum : TaskMaximum;

    public IEnumerable<CriterionItem> ItemsOf(CriteriaGroup group) => Items.Where(i => i.Group == group).OrderBy(i => i.Position);

    /// <summary>What is wrong with the frame as staff edited it; empty when it can be used.</summary>
    public IReadOnlyList<RuleFinding> Check()
    {
        var problems = new List<RuleFinding>();
        if (CommonMaximum <= 0 || TaskMaximum <= 0 || CommonMaximum + TaskMaximum != PointScale.Maximum)
        {
            problems.Add(RuleFinding.Error(RuleTexts.FrameNotHundred, Formatting.VietnameseFormat.Score(CommonMaximum), Formatting.VietnameseFormat.Score(TaskMaximum)));
        }

        if (Items.Count > MaxItems)
        {
            problems.Add(RuleFinding.Error(RuleTexts.FrameTooManyItems, MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (Items.Any(i => string.IsNullOrWhiteSpace(i.Title) || i.Title.Length > TitleMaxLength || i.MaxPoints is <= 0))
        {
            problems.Add(RuleFinding.Error(RuleTexts.FrameItemInvalid, TitleMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var group in new[] { CriteriaGroup.Common, CriteriaGroup.Tasks })
        {
            var pointed = ItemsOf(group).Where(i => i.MaxPoints is not null).ToList();
            if (pointed.Count > 0 && pointed.Sum(i => i.MaxPoints!.Value) > MaximumOf(group))
            {
                problems.Add(RuleFinding.Error(
                    group == CriteriaGroup.Common ? RuleTexts.FrameCommonItemsOver : RuleTexts.FrameTaskItemsOver,
                    Formatting.VietnameseFormat.Score(pointed.Sum(i => i.MaxPoints!.Value)),
                    Formatting.VietnameseFormat.Score(MaximumOf(group))));
            }
        }

        return problems;
    }

    /// <summary>
    /// The frame PartyReview ships for a subject type under Quy định 366 / Hướng dẫn 43: common group 30, task results 70
    /// (VietNamNet, docs/domain/366.md §2). Sub-criteria carry no points: no source gives them; the committee adds its own.
    /// </summary>
    public static CriteriaFrame Default(SubjectType subject, int reviewPeriodId = 0)
    {
        var frame = new CriteriaFrame { ReviewPeriodId = reviewPeriodId, Subject = subject, CommonMaximum = 30, TaskMaximum = 70 };
        var position = 0;
        foreach (var title in DefaultCommonItems(subject))
        {
            frame.Items.Add(new CriterionItem { Group = CriteriaGroup.Common, Position = ++position, Title = title });
        }

        frame.Items.Add(new CriterionItem
        {
            Group = CriteriaGroup.Tasks,
            Position = ++position,
            Title = subject.IsCollective()
                ? "Kết quả thực hiện các nhiệm vụ chính trị, chương trình, kế hoạch công tác được giao trong năm"
                : "Kết quả thực hiện nhiệm vụ được giao theo chức trách, vị trí việc làm (theo từng nhiệm vụ)",
        });
        return frame;
    }

    private static string[] DefaultCommonItems(SubjectType subject) => subject switch
    {
        // Phụ lục 4 of Quy định 366, as quoted (docs/domain/366.md §2); the same headings serve Phụ lục 3 and 5.
        SubjectType.Member or SubjectType.Leader or SubjectType.MemberOutsideSystem =>
        [
            "Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật",
            "Năng lực chuyên môn, nghiệp vụ; khả năng đáp ứng yêu cầu thực thi nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm",
            "Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm",
        ],
        _ =>
        [
            "Về chính trị, tư tưởng; xây dựng tổ chức đảng và đội ngũ đảng viên",
            "Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc; đoàn kết nội bộ",
            "Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm",
        ],
    };
}

/// <summary>A sub-criterion of a frame's group, with its maximum when the committee sets one.</summary>
public class CriterionItem
{
    public int Id { get; set; }
    public int CriteriaFrameId { get; set; }
    public CriteriaGroup Group { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public decimal? MaxPoints { get; set; }
}
