namespace PartyReview.Domain.Commendations;

public enum DecisionStatus
{
    /// <summary>Being prepared; recipients, number and date can change.</summary>
    Draft = 1,

    /// <summary>Signed and issued: locked.</summary>
    Issued = 2,

    /// <summary>Withdrawn, with a reason; its number stays used.</summary>
    Cancelled = 3,
}

/// <summary>
/// A decision awarding Giấy khen (quyết định khen thưởng), numbered per document type within the committee's term:
/// "Số 12-QĐ/ĐUK".
/// </summary>
public class CommendationDecision
{
    public const string DecisionType = "QĐ";
    public const int TextMaxLength = 300;

    public int Id { get; set; }
    public int CommitteeId { get; set; }

    /// <summary>The review year the decision commends.</summary>
    public int Year { get; set; }
    public AwardKind Award { get; set; }

    /// <summary>The document type in the number's symbol: "QĐ".</summary>
    public string DocumentType { get; set; } = DecisionType;

    /// <summary>The first year of the committee's term; numbers restart with each term.</summary>
    public int TermStartYear { get; set; }
    public int Number { get; set; }
    public DateOnly IssuedOn { get; set; }
    public required string Title { get; set; }

    /// <summary>The award's name as it stood when the decision was drafted; the printed text never changes afterwards.</summary>
    public required string AwardName { get; set; }
    public required string Signer { get; set; }

    /// <summary>"BÍ THƯ", "PHÓ BÍ THƯ".</summary>
    public required string SignerTitle { get; set; }

    /// <summary>The decision's own wording (see <see cref="DecisionClauses"/>); null follows the committee's settings.</summary>
    public string? Preamble { get; set; }
    public string? Proposal { get; set; }
    public string? Article2 { get; set; }
    public string? Article3 { get; set; }
    public string? Recipients { get; set; }

    public DecisionStatus Status { get; private set; } = DecisionStatus.Draft;
    public string? CancelReason { get; private set; }

    /// <summary>
    /// Raised on every change of the decision; a save based on an older version is refused as a conflict, never
    /// merged silently (optimistic concurrency, ADR 0007).
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The one place the version moves on.</summary>
    public void MarkChanged() => Version++;

    public bool IsEditable => Status == DecisionStatus.Draft;

    public void Issue()
    {
        if (Status != DecisionStatus.Draft)
        {
            throw new InvalidOperationException("Only a draft decision can be issued.");
        }

        Status = DecisionStatus.Issued;
        MarkChanged();
    }

    public void Cancel(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A cancellation needs a reason.", nameof(reason));
        }

        if (Status == DecisionStatus.Cancelled)
        {
            throw new InvalidOperationException("The decision is already cancelled.");
        }

        Status = DecisionStatus.Cancelled;
        CancelReason = reason.Trim();
        MarkChanged();
    }

    /// <summary>"Số 12-QĐ/ĐUK".</summary>
    public string NumberAndSymbol(string committeeSymbol) => $"Số {Number}-{DocumentType}/{committeeSymbol}";

    /// <summary>The term a date falls in, for terms of <paramref name="termYears"/> years starting in <paramref name="firstTermStartYear"/>.</summary>
    public static int TermOf(DateOnly date, int firstTermStartYear, int termYears = 5) =>
        date.Year < firstTermStartYear ? firstTermStartYear - termYears * (int)Math.Ceiling((firstTermStartYear - date.Year) / (double)termYears)
        : firstTermStartYear + termYears * ((date.Year - firstTermStartYear) / termYears);
}
