using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Formatting;
using PartyReview.Web.Infrastructure.Documents;

namespace PartyReview.Web.Features.Commendations;

/// <summary>
/// Composes the printed Quyết định from a decision, its committee and its rows: the wording of the form of a Ban
/// Thường vụ's decision (docs/domain/document-format.md), with the editable clauses of <see cref="DecisionClauses"/>.
/// </summary>
public static class DecisionDocuments
{
    public const string DecidingBodyPrefix = "BAN THƯỜNG VỤ";
    public const string Enacting = "BAN THƯỜNG VỤ QUYẾT ĐỊNH:";
    public const string SigningFor = "T/M BAN THƯỜNG VỤ";

    public static DecisionDocument Compose(Committee committee, CommendationDecision decision, IReadOnlyList<DocumentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(rows);
        var forOrganizations = decision.Award.IsForOrganizations();
        var noun = forOrganizations ? "tổ chức cơ sở đảng" : "đảng viên";
        var issuingBody = PartyDocumentHeader.IssuingBodyName(committee);
        var clauses = DecisionClauses.For(decision, committee);
        var date = VietnameseFormat.LongDate(decision.IssuedOn);
        return new DecisionDocument(
            UpperBody: committee.UpperBodyName.ToUpperInvariant(),
            IssuingBody: issuingBody.ToUpperInvariant(),
            NumberAndSymbol: decision.NumberAndSymbol(committee.DocumentSymbol),
            PlaceAndDate: $"{committee.Place}, {date}",
            Title: "QUYẾT ĐỊNH",
            Subtitle: Summary(decision.Title),
            DecidingBody: $"{DecidingBodyPrefix} {issuingBody.ToUpperInvariant()}",
            Preamble: DecisionClauses.Lines(clauses.Preamble),
            Proposal: clauses.Proposal,
            Enacting: Enacting,
            Body: $"Tặng Giấy khen cho {VietnameseFormat.PaddedCount(rows.Count)} {noun} đạt tiêu chuẩn “{decision.AwardName}” năm {decision.Year} (có danh sách kèm theo).",
            Article2: clauses.Article2,
            Article3: clauses.Article3,
            Recipients: DecisionClauses.Lines(clauses.Recipients),
            ListTitle: "DANH SÁCH",
            ListSubtitle: $"{noun} được tặng Giấy khen “{decision.AwardName}” năm {decision.Year}",
            ListReference: $"(Kèm theo Quyết định số {decision.Number}-{decision.DocumentType}/{committee.DocumentSymbol}, {date} của Ban Thường vụ {issuingBody})",
            ForOrganizations: forOrganizations,
            Rows: rows,
            SigningFor: SigningFor,
            SignerTitle: decision.SignerTitle,
            Signer: decision.Signer,
            Status: decision.Status);
    }

    /// <summary>The trích yếu under the title: "về việc tặng Giấy khen …" from the decision's title "Tặng Giấy khen …".</summary>
    public static string Summary(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = title.Trim();
        return text.StartsWith("về việc", StringComparison.OrdinalIgnoreCase) || text.Length == 0
            ? text
            : "về việc " + char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>
    /// Applies the clauses typed on a draft's page; an emptied clause takes the committee's wording again. The wording is
    /// stored on the decision, so that a later change of the settings never changes a decision's text. Returns the
    /// changed clauses for the audit.
    /// </summary>
    public static IReadOnlyList<(string Label, string? Old, string? New)> ApplyClauses(CommendationDecision decision, Committee committee, DecisionForm form)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(form);
        var fallback = DecisionClauses.ForCommittee(committee, decision.Year);
        var before = DecisionClauses.For(decision, committee);
        decision.Preamble = Own(form.Preamble, fallback.Preamble);
        decision.Proposal = Own(form.Proposal, fallback.Proposal);
        decision.Article2 = Own(form.Article2, fallback.Article2);
        decision.Article3 = Own(form.Article3, fallback.Article3);
        decision.Recipients = Own(form.Recipients, fallback.Recipients);
        var after = DecisionClauses.For(decision, committee);
        (string Label, string? Old, string? New)[] all =
        [
            ("Căn cứ", before.Preamble, after.Preamble),
            ("Xét đề nghị", before.Proposal, after.Proposal),
            ("Điều 2", before.Article2, after.Article2),
            ("Điều 3", before.Article3, after.Article3),
            ("Nơi nhận", before.Recipients, after.Recipients),
        ];
        return [.. all.Where(c => c.Old != c.New)];
    }

    /// <summary>Whether a typed clause is too long to store.</summary>
    public static bool TooLong(DecisionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new[] { form.Preamble, form.Proposal, form.Article2, form.Article3, form.Recipients }
            .Any(t => (DecisionClauses.Clean(t)?.Length ?? 0) > DecisionClauses.MaxLength);
    }

    private static string? Own(string? typed, string fallback) => DecisionClauses.Clean(typed) ?? DecisionClauses.Clean(fallback);
}
