using System.ComponentModel.DataAnnotations;
using PartyReview.Domain.Commendations;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Commendations;

/// <summary>One who may be commended, and why.</summary>
public sealed record Candidate(int Id, string Name, string Unit, string Why, string? AwardedBy);

/// <summary>An award's whole list of candidates (its export; drafting reads it too).</summary>
public sealed record AwardCandidates(AwardKind Award, string AwardName, IReadOnlyList<Candidate> Candidates);

/// <summary>
/// An award's list as the page shows it: how many candidates it has in all and how many are not yet awarded, and one
/// page of it (searched by <see cref="Query"/> when the page browses this list).
/// </summary>
public sealed record AwardList(AwardKind Award, string AwardName, int Total, int Open, string? Query, PagedList<Candidate> Page)
{
    /// <summary>Whether a decision drafted from this list takes the whole list (every candidate checked by default) rather than the ones chosen.</summary>
    public bool DraftsWholeList => Award != AwardKind.OutstandingPartyBuilding;
}

/// <summary>Which award's list the page browses, with its search (<c>q</c>) and page; the other lists show their first page.</summary>
public sealed record CandidateListRequest(AwardKind? Award = null, string? Query = null, int Page = 1)
{
    public static CandidateListRequest Parse(string? award, string? q, int? page) =>
        Enum.TryParse<AwardKind>(award, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !int.TryParse(award, out _)
            ? new(kind, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), Paging.Clamp(page))
            : new();
}

public sealed record DecisionLine(int Id, AwardKind Award, string NumberAndSymbol, DateOnly IssuedOn, DecisionStatus Status, int Recipients, string Title);

public sealed class CommendationsViewModel
{
    public required int Year { get; init; }
    public required int ConsecutiveYears { get; init; }

    /// <summary>Decisions are drawn up only from a decided (locked) period; before that the lists are previews.</summary>
    public required bool PeriodDecided { get; init; }
    public required IReadOnlyList<AwardList> Awards { get; init; }

    /// <summary>The award whose list the page browses (searched or past its first page), if any.</summary>
    public AwardKind? Browsed { get; init; }
    public required IReadOnlyList<DecisionLine> Decisions { get; init; }
    public bool CanIssue { get; set; }

    /// <summary>Whether this user may draw up a decision now: allowed, and the period decided.</summary>
    public bool CanDraft => CanIssue && PeriodDecided;
}

/// <summary>Creating a decision from chosen candidates.</summary>
public sealed class NewDecisionForm
{
    [Required(ErrorMessage = "Validation.Required")]
    public AwardKind? Award { get; set; }

    public List<int> Recipients { get; set; } = [];

    /// <summary>
    /// Whether the decision takes the award's whole list (every page), less the candidates shown on the page and left
    /// unchecked; otherwise only <see cref="Recipients"/>.
    /// </summary>
    public bool WholeList { get; set; }

    /// <summary>The candidates the page showed with a checkbox (so that an unchecked one is known).</summary>
    public List<int> Shown { get; set; } = [];
}

/// <summary>What a draft decision's page edits.</summary>
public sealed class DecisionForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [Range(1, 99999, ErrorMessage = "Validation.Range")]
    [Display(Name = "Decision.Number")]
    public int? Number { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Decision.IssuedOn")]
    public DateOnly? IssuedOn { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(CommendationDecision.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Decision.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Decision.Signer")]
    public string? Signer { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Decision.SignerTitle")]
    public string? SignerTitle { get; set; }

    /// <summary>Per recipient (commendation id): the achievement printed beside them.</summary>
    public Dictionary<int, string?> Citations { get; set; } = [];

    /// <summary>The Căn cứ lines, one a line (see <see cref="DecisionClauses"/>).</summary>
    public string? Preamble { get; set; }

    /// <summary>"Xét đề nghị của Ban Tổ chức …,".</summary>
    public string? Proposal { get; set; }

    public string? Article2 { get; set; }

    public string? Article3 { get; set; }

    /// <summary>Nơi nhận, one a line.</summary>
    public string? Recipients { get; set; }

    /// <summary>Recipients to take off the draft.</summary>
    public List<int> Remove { get; set; } = [];

    /// <summary>The decision's version the page was shown at; a save or an issue from an older one is refused.</summary>
    public int? Version { get; set; }
}

/// <summary>
/// The decision as printed, in the form of a Quyết định of the Ban Thường vụ (Hướng dẫn 36-HD/VPTW): the Party document
/// header, title and summary, the deciding body, the Căn cứ lines and Xét đề nghị, the enacting line, Điều 1–3, Nơi nhận
/// and the signature; then the attached list on its own page.
/// </summary>
public sealed record DecisionDocument(
    string UpperBody,
    string IssuingBody,
    string NumberAndSymbol,
    string PlaceAndDate,
    string Title,
    string Subtitle,
    string DecidingBody,
    IReadOnlyList<string> Preamble,
    string Proposal,
    string Enacting,
    string Body,
    string Article2,
    string Article3,
    IReadOnlyList<string> Recipients,
    string ListTitle,
    string ListSubtitle,
    string ListReference,
    bool ForOrganizations,
    IReadOnlyList<DocumentRow> Rows,
    string SigningFor,
    string SignerTitle,
    string Signer,
    DecisionStatus Status)
{
    public const string ArticleOne = "Điều 1.";
    public const string ArticleTwo = "Điều 2.";
    public const string ArticleThree = "Điều 3.";
    public const string RecipientsHeading = "Nơi nhận:";

    public string FileName => $"QD-{NumberAndSymbol.Replace("Số ", "", StringComparison.Ordinal).Replace('/', '-')}";
}

public sealed record DocumentRow(int No, int CommendationId, string Name, string Unit, string Achievement);

public sealed class DecisionViewModel
{
    public required int Id { get; init; }
    public required int Year { get; init; }
    public required AwardKind Award { get; init; }
    public required DecisionDocument Document { get; init; }
    public required DecisionForm Form { get; set; }
    public required bool IsEditable { get; init; }
    public string? CancelReason { get; init; }
    public IReadOnlyList<PartyReview.Web.Infrastructure.HistoryLine> History { get; init; } = [];
    public bool CanIssue { get; set; }
}
