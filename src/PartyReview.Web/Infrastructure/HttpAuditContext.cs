using PartyReview.Data.Auditing;

namespace PartyReview.Web.Infrastructure;

/// <summary>The signed-in user of the current request, for the audit log.</summary>
internal sealed class HttpAuditContext(IHttpContextAccessor http) : IAuditContext
{
    public string UserName => http.HttpContext?.User.Identity?.Name ?? "system";
    public string? Source { get; set; }
}
