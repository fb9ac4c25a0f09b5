using PartyReview.Domain.Committees;
using PartyReview.Domain.Reviews;

namespace PartyReview.Domain.Commendations;

/// <summary>
/// The editable wording of a Quyết định khen thưởng (Hướng dẫn 36-HD/VPTW): the <em>Căn cứ</em> lines, the
/// <em>Xét đề nghị</em> line, the text of Điều 2 and Điều 3 and the <em>Nơi nhận</em> lines. Lines are separated by new
/// lines. A decision's own wording wins; then the committee's settings; then <see cref="Defaults"/>.
/// </summary>
public sealed record DecisionClauses(string Preamble, string Proposal, string Article2, string Article3, string Recipients)
{
    /// <summary>The longest text of one clause (several lines for Căn cứ and Nơi nhận).</summary>
    public const int MaxLength = 2000;

    /// <summary>The wording when neither the decision nor the committee sets one; the review guidance follows the year.</summary>
    public static DecisionClauses Defaults(Committee committee, int year)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var guidance = RuleSets.ForYear(year).Documents()
            .Replace("Quy định ", "Quy định số ", StringComparison.Ordinal)
            .Replace(", Hướng dẫn ", " và Hướng dẫn số ", StringComparison.Ordinal);
        var body = committee.Name.StartsWith("Đảng ủy ", StringComparison.Ordinal) ? "Đảng bộ " + committee.Name["Đảng ủy ".Length..] : committee.Name;
        var upper = committee.UpperBodyName.StartsWith("Đảng bộ tỉnh", StringComparison.OrdinalIgnoreCase) ? "Ban Tổ chức Tỉnh ủy" : "Ban Tổ chức cấp ủy cấp trên";
        return new DecisionClauses(
            Preamble: string.Join('\n',
                "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                $"Căn cứ Quy chế làm việc của Ban Chấp hành {body};",
                $"Căn cứ {guidance} về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng và đảng viên;"),
            Proposal: $"Xét đề nghị của Ban Tổ chức {committee.ShortName},",
            Article2: "Tiền thưởng và quyền lợi kèm theo Giấy khen thực hiện theo quy định hiện hành.",
            Article3: $"Văn phòng, Ban Tổ chức {committee.ShortName}, các tổ chức cơ sở đảng và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành quyết định này.",
            Recipients: string.Join('\n', "- Như Điều 3,", $"- {upper} (để báo cáo),", "- Lưu Văn phòng."));
    }

    /// <summary>The committee's settings over the defaults.</summary>
    public static DecisionClauses ForCommittee(Committee committee, int year)
    {
        var defaults = Defaults(committee, year);
        return new DecisionClauses(
            committee.DecisionPreamble ?? defaults.Preamble,
            committee.DecisionProposal ?? defaults.Proposal,
            committee.DecisionArticle2 ?? defaults.Article2,
            committee.DecisionArticle3 ?? defaults.Article3,
            committee.DecisionRecipients ?? defaults.Recipients);
    }

    /// <summary>The decision's own wording over the committee's.</summary>
    public static DecisionClauses For(CommendationDecision decision, Committee committee)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var committees = ForCommittee(committee, decision.Year);
        return new DecisionClauses(
            decision.Preamble ?? committees.Preamble,
            decision.Proposal ?? committees.Proposal,
            decision.Article2 ?? committees.Article2,
            decision.Article3 ?? committees.Article3,
            decision.Recipients ?? committees.Recipients);
    }

    /// <summary>A clause's non-empty lines, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>A clause as typed, normalized for storage: trimmed lines, no empty ones; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        var lines = Lines(text ?? "");
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }
}
