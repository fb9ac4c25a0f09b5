namespace PartyReview.Data.Auditing;

/// <summary>Who is making the changes being saved, and from where (entry grid, import, command line…).</summary>
public interface IAuditContext
{
    string UserName { get; }

    /// <summary>Where the change comes from; services may set it for the current unit of work.</summary>
    string? Source { get; set; }
}

/// <summary>Changes made outside a web request (seeding, commands).</summary>
public sealed class SystemAuditContext : IAuditContext
{
    public string UserName => "system";
    public string? Source { get; set; }
}
