namespace PartyReview.Data.Identity;

/// <summary>The roles of PartyReview.</summary>
public static class AppRoles
{
    /// <summary>Manages accounts and settings; reopens decided periods.</summary>
    public const string Admin = "Admin";

    /// <summary>Cán bộ Ban Tổ chức: enters and decides the classifications.</summary>
    public const string Staff = "Staff";

    /// <summary>Reads dashboards and reports.</summary>
    public const string Leader = "Leader";

    /// <summary>Prints commendation lists and decisions.</summary>
    public const string Clerk = "Clerk";

    /// <summary>Bí thư of one organization: proposes its classifications.</summary>
    public const string Secretary = "Secretary";

    /// <summary>
    /// Ban Tổ chức Tỉnh ủy: reads every committee of the province (roll-ups and each committee's pages) and writes none
    /// of their reviews. Not bound to a committee; created by the operator, never by a committee's Admin.
    /// </summary>
    public const string Province = "Province";

    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Leader, Clerk, Secretary, Province];

    /// <summary>The roles of a committee's own people, each account bound to that committee.</summary>
    public static IReadOnlyList<string> CommitteeRoles { get; } = [Admin, Staff, Leader, Clerk, Secretary];
}
