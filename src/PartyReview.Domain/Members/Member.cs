using PartyReview.Domain.Movements;
using PartyReview.Domain.Text;

namespace PartyReview.Domain.Members;

/// <summary>A party member (đảng viên).</summary>
public class Member
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }

    /// <summary>The committee's own identifier for the member, stable across card changes.</summary>
    public required string MemberCode { get; set; }
    private string _fullName = "";

    public required string FullName
    {
        get => _fullName;
        set
        {
            _fullName = value.Trim();
            SearchName = VietnameseText.SearchKey(_fullName);
            SortKey = VietnameseText.NameSortKey(_fullName);
        }
    }

    /// <summary>The name without diacritics, in lower case: what search compares with.</summary>
    public string SearchName { get; private set; } = "";

    /// <summary>Orders members the Vietnamese way (given name, middle names, family name).</summary>
    public string SortKey { get; private set; } = "";
    public Gender Gender { get; set; }
    public DateOnly BirthDate { get; set; }
    public DateOnly AdmittedOn { get; set; }
    public DateOnly? OfficialOn { get; set; }
    public string? PartyCardNumber { get; set; }
    public MemberStatus Status { get; set; }

    // Status, OfficialOn, PartyCardNumber, OrganizationId and LeftOn are the member's state as its ledger of
    // membership events leaves it today; only ApplyLedger writes them once the member has a ledger.

    /// <summary>The organization the member belongs to now; null once the member has left the committee.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>The date the member left the committee (transferred out, removed, struck off, deceased).</summary>
    public DateOnly? LeftOn { get; set; }

    public const int CodeMaxLength = 20;
    public const int FullNameMaxLength = 100;
    public const int SortKeyMaxLength = 400;
    public const int CardNumberMaxLength = 20;

    /// <summary>Admitted less than six months before the reference date: takes part in the review but is not rated.</summary>
    public bool IsNewlyAdmittedAt(DateOnly referenceDate) => Reviews.ReviewRoster.IsNewlyAdmitted(AdmittedOn, referenceDate);

    /// <summary>Takes the state the member's ledger leaves them in (organization, status, dates, card).</summary>
    public void ApplyLedger(MembershipState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        OrganizationId = state.OrganizationId;
        LeftOn = state.IsMember ? null : state.LeftOn;
        if (state.AdmittedOn is { } admitted)
        {
            AdmittedOn = admitted;
        }

        OfficialOn = state.OfficialOn;
        Status = state.Status;
        PartyCardNumber = state.CardNumber;
    }

    /// <summary>
    /// Raised on every change of the member (its personal data or its ledger); a save based on an older version is refused as a conflict, never
    /// merged silently (optimistic concurrency, ADR 0007).
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The one place the version moves on.</summary>
    public void MarkChanged() => Version++;

    public bool IsMemberOn(DateOnly date) => AdmittedOn <= date && (LeftOn is null || LeftOn > date);
}
