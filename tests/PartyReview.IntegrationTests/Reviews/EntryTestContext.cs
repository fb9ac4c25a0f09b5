using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Data.Identity;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Periods;
using PartyReview.Web.Features.Reviews;
using PartyReview.Web.Infrastructure;

namespace PartyReview.IntegrationTests.Reviews;

/// <summary>
/// A fresh copy of the demo database, with the app's own services on it (<see cref="AppServices"/>) at a fixed clock,
/// and plain contexts to check what was saved.
/// </summary>
public sealed class EntryTestContext : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<PartyReviewDbContext, TestAuditContext> _contexts = [];
    private readonly Dictionary<DateTimeOffset, AppServices> _apps = [];
    private readonly List<AsyncServiceScope> _scopes = [];

    private EntryTestContext(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }
    public CommandCounter Commands { get; } = new();

    public static async Task<EntryTestContext> CreateAsync() => new(await DemoDatabase.CopyAsync());

    public PartyReviewDbContext NewDbContext(string userName = "staff@demo.local")
    {
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(Now);
        var audit = new TestAuditContext(userName);
        var db = DemoDatabase.CreateContext(ConnectionString, o => o.AddInterceptors(new AuditInterceptor(audit, clock.Object), Commands));
        _contexts.Add(db, audit);
        return db;
    }

    /// <summary>The app's services on this database, the clock saying <see cref="Now"/>.</summary>
    public AppServices App => AppAt(Now);

    /// <summary>The app's services on this database, the clock saying <paramref name="now"/>.</summary>
    public AppServices AppAt(DateTimeOffset now)
    {
        if (!_apps.TryGetValue(now, out var app))
        {
            _apps[now] = app = AppServices.Create(ConnectionString, now);
        }

        return app;
    }

    /// <summary>One request's worth of the app's services as <paramref name="userName"/> (disposed with the context).</summary>
    public AsyncServiceScope Scope(string userName = "staff@demo.local", DateTimeOffset? now = null)
    {
        var scope = AppAt(now ?? Now).Scope(userName);
        _scopes.Add(scope);
        return scope;
    }

    /// <summary>The entry grid's use cases as <paramref name="userName"/>, resolved from the app's DI.</summary>
    public ReviewEntryService EntryService(string userName = "staff@demo.local") => Scope(userName).Get<ReviewEntryService>();

    public static TimeProvider Clock()
    {
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(Now);
        clock.Setup(c => c.LocalTimeZone).Returns(TimeZoneInfo.Utc);
        return clock.Object;
    }

    /// <summary>The period use cases as <paramref name="userName"/>, resolved from the app's DI.</summary>
    public PeriodService PeriodService(string userName = "staff@demo.local") => Scope(userName).Get<PeriodService>();

    /// <summary>The period use cases as the user of <paramref name="db"/> (a context made by <see cref="NewDbContext"/>).</summary>
    public PeriodService PeriodService(PartyReviewDbContext db) => PeriodService(_contexts[db].UserName);

    public static ClaimsPrincipal User(string name, string role, int? organizationId = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (organizationId is { } id)
        {
            claims.Add(new Claim(AppClaims.OrganizationId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    public static ClaimsPrincipal Staff { get; } = User("staff@demo.local", AppRoles.Staff);

    /// <summary>The form as the page would post it, built from what the grid shows.</summary>
    public static EntryForm FormOf(EntryViewModel model) => new()
    {
        Version = model.Version,
        Organization = new SubjectInput { Level = model.Organization.Level, Score = model.Organization.Score, Reason = model.Organization.Reason, Note = model.Organization.Note },
        Leadership = model.Leadership is null ? null
            : new SubjectInput { Level = model.Leadership.Level, Score = model.Leadership.Score, Reason = model.Leadership.Reason, Note = model.Leadership.Note, Disciplined = model.Leadership.Disciplined },
        QuotaJustification = model.QuotaJustification,
        Members = [.. model.Members.Select(m => new MemberInput
        {
            ReviewId = m.ReviewId, Level = m.Level, Score = m.Score, Reason = m.Reason, Note = m.Note,
            Discipline = m.Discipline, SelfRemedied = m.SelfRemedied, LongSickLeave = m.LongSickLeave,
        })],
    };

    public async Task<int> OrganizationIdAsync(string code)
    {
        await using var db = DemoDatabase.CreateContext(ConnectionString);
        return await db.Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in _contexts.Keys)
        {
            await db.DisposeAsync();
        }

        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }
    }

    private sealed class TestAuditContext(string userName) : IAuditContext
    {
        public string UserName => userName;
        public string? Source { get; set; }
    }
}
