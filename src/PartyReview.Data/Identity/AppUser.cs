using Microsoft.AspNetCore.Identity;

namespace PartyReview.Data.Identity;

/// <summary>A person who signs in to PartyReview.</summary>
public class AppUser : IdentityUser
{
    public const int FullNameMaxLength = 100;

    public required string FullName { get; set; }

    /// <summary>
    /// The committee (đảng bộ cấp trên cơ sở) the account works for: every committee role is bound to one. Null only
    /// for a Province account (the Ban Tổ chức Tỉnh ủy reads every committee) and for the first Admin of a new
    /// installation until they create its committee.
    /// </summary>
    public int? CommitteeId { get; set; }

    /// <summary>For a Secretary: the one organization the account works for.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>Deactivated accounts cannot sign in; they are kept so that history keeps its authors.</summary>
    public bool IsActive { get; set; } = true;
}
