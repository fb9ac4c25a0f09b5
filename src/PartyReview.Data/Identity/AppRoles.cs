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

    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Leader, Clerk, Secretary];
}
