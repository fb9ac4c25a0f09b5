using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Data.Identity;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// The operator's commands, run instead of the web server:
/// <c>migrate</c> applies the migrations of the configured database;
/// <c>create-admin --email … --name … </c> creates an Admin bound to no committee yet: their first save of the settings
/// creates a committee and binds them to it, so each committee of the province starts this way (password from
/// PARTYREVIEW_ADMIN_PASSWORD or --password). With <c>--province true</c> it creates a Province account instead (Ban Tổ
/// chức Tỉnh ủy: reads every committee, writes none), which no committee's Admin can give.
/// </summary>
internal static class StartupCommands
{
    private static readonly string[] Commands = ["migrate", "create-admin"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("PartyReview.Commands");
        switch (args[0])
        {
            case "migrate":
                var db = services.GetRequiredService<PartyReviewDbContext>();
                var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
                await db.Database.MigrateAsync();
                logger.LogInformation("Applied {Count} migrations to the {Provider} database.", pending.Count, services.GetRequiredService<DatabaseSettings>().Provider);
                return 0;
            case "create-admin":
                return await CreateAdminAsync(services, app.Configuration, logger);
            default:
                return 2;
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var email = configuration["email"];
        var name = configuration["name"] ?? email;
        var password = configuration["password"] ?? Environment.GetEnvironmentVariable("PARTYREVIEW_ADMIN_PASSWORD");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogError("Usage: create-admin --email admin@example.org --name \"Họ và tên\" [--province true] (password in PARTYREVIEW_ADMIN_PASSWORD or --password)");
            return 2;
        }

        // The embedded database may not exist yet on a first start; a server database must have been migrated.
        var db = services.GetRequiredService<PartyReviewDbContext>();
        if (services.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.MigrateAsync();
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            logger.LogError("The database has pending migrations: run `migrate` first.");
            return 1;
        }

        var province = string.Equals(configuration["province"], "true", StringComparison.OrdinalIgnoreCase);
        var error = await CreateAdminAccountAsync(services, email, name!, password, province ? AppRoles.Province : AppRoles.Admin);
        if (error is not null)
        {
            logger.LogError("The admin was not created: {Error}", error);
            return 1;
        }

        logger.LogInformation("Created the {Role} account {Email}.", province ? AppRoles.Province : AppRoles.Admin, email);
        return 0;
    }

    /// <summary>
    /// Creates the roles if needed and one active Admin with the given password; audited as done by "system" from the
    /// command line. Returns the reason when refused (the email exists, the password breaks the policy), else null.
    /// </summary>
    internal static async Task<string?> CreateAdminAccountAsync(IServiceProvider services, string email, string name, string password, string role = AppRoles.Admin)
    {
        await DemoAccounts.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return $"an account {email} exists already";
        }

        var db = services.GetRequiredService<PartyReviewDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return string.Join("; ", created.Errors.Select(e => e.Description));
        }

        DemoAccounts.ThrowIfFailed(await users.AddToRoleAsync(user, role));
        services.GetRequiredService<IAuditContext>().Source = "Lệnh create-admin";
        var roleName = role == AppRoles.Province ? "Ban Tổ chức Tỉnh ủy" : "Quản trị hệ thống";
        db.Audit.Record(new AuditRecord(AccountAudit.Account, user.Id, "Tạo tài khoản", null, $"{email}; {name}; {roleName}"));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }
}
