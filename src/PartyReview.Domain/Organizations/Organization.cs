using PartyReview.Domain.Text;

namespace PartyReview.Domain.Organizations;

/// <summary>
/// An organization rated every year: a grassroots organization (TCCS) or a chi bộ trực thuộc inside a đảng bộ cơ sở
/// (<see cref="OrganizationTree"/>).
/// </summary>
public class Organization
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }

    /// <summary>
    /// The đảng bộ cơ sở a chi bộ trực thuộc belongs to; null for a TCCS. Per-TCCS counts group by
    /// <c>ParentId ?? Id</c> (ADR 0008).
    /// </summary>
    public int? ParentId { get; set; }

    /// <summary>A short code unique within the committee, used by imports and URLs.</summary>
    public required string Code { get; set; }
    private string _name = "";

    public required string Name
    {
        get => _name;
        set
        {
            _name = value.Trim();
            SearchName = VietnameseText.SearchKey(_name);
        }
    }

    /// <summary>The name without diacritics, in lower case: what search compares with.</summary>
    public string SearchName { get; private set; } = "";
    public OrganizationKind Kind { get; set; }
    public DateOnly FoundedOn { get; set; }
    public DateOnly? DissolvedOn { get; set; }

    /// <summary>Whether it has an executive committee (cấp ủy); a small cell has only a secretary, so no collective to rate.</summary>
    public bool HasExecutiveCommittee { get; set; }

    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 200;

    /// <summary>
    /// Raised on every change of the organization; a save based on an older version is refused as a conflict, never
    /// merged silently (optimistic concurrency, ADR 0007).
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The one place the version moves on.</summary>
    public void MarkChanged() => Version++;

    public bool ExistsOn(DateOnly date) => FoundedOn <= date && (DissolvedOn is null || DissolvedOn > date);

    /// <summary>Founded less than six months before the reference date: not rated that year.</summary>
    public bool IsNewlyFoundedAt(DateOnly referenceDate) => Reviews.ReviewRoster.IsNewlyFounded(FoundedOn, referenceDate);
}
