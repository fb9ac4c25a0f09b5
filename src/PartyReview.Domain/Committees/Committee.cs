namespace PartyReview.Domain.Committees;

/// <summary>The upper-level Party committee (đảng bộ cấp trên cơ sở) that runs the annual review.</summary>
public class Committee
{
    public int Id { get; set; }

    /// <summary>Full name, e.g. "Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng".</summary>
    public required string Name { get; set; }

    /// <summary>How reports refer to the committee, e.g. "Đảng ủy Khối".</summary>
    public required string ShortName { get; set; }

    /// <summary>The body above it, printed top left on documents, e.g. "Đảng bộ tỉnh Lâm Đồng".</summary>
    public required string UpperBodyName { get; set; }

    /// <summary>The place used in document dates, e.g. "Lâm Đồng".</summary>
    public required string Place { get; set; }

    /// <summary>The symbol in document numbers, e.g. "ĐUK" in "Số 12-QĐ/ĐUK".</summary>
    public required string DocumentSymbol { get; set; }

    /// <summary>The first year of a term of the committee; document numbers restart with each five-year term.</summary>
    public int TermStartYear { get; set; } = 2020;

    /// <summary>Who signs decisions by default, and with which title.</summary>
    public string? DefaultSigner { get; set; }
    public string? DefaultSignerTitle { get; set; }

    /// <summary>The excellence quota (HTXSNV as a share of HTTNV, in %) proposed when a new period is opened.</summary>
    public int DefaultExcellenceQuotaPercent { get; set; } = DefaultQuotaPercent;

    /// <summary>
    /// The default wording of a decision (Căn cứ lines, Xét đề nghị, Điều 2, Điều 3, Nơi nhận); null keeps the built-in
    /// wording of <see cref="Commendations.DecisionClauses.Defaults"/>.
    /// </summary>
    public string? DecisionPreamble { get; set; }
    public string? DecisionProposal { get; set; }
    public string? DecisionArticle2 { get; set; }
    public string? DecisionArticle3 { get; set; }
    public string? DecisionRecipients { get; set; }

    /// <summary>
    /// The last day the committee worked, when it was dissolved or merged into another (the 2025 restructuring); null
    /// while it works. An ended committee keeps its years, read under its own name.
    /// </summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>
    /// The committee that took over its organizations when it ended (a merge): that committee's year with no period of
    /// its own resolves to this one's (<c>CommitteeYears</c>), so its people still read the earlier years.
    /// </summary>
    public int? SucceededById { get; set; }

    /// <summary>
    /// Raised on every change of the committee's settings; a save based on an older version is refused as a conflict, never
    /// merged silently (optimistic concurrency, ADR 0007).
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The one place the version moves on.</summary>
    public void MarkChanged() => Version++;

    public const int DefaultQuotaPercent = 20;

    public const int NameMaxLength = 200;
    public const int ShortNameMaxLength = 100;
    public const int PlaceMaxLength = 100;
    public const int SymbolMaxLength = 20;
}
