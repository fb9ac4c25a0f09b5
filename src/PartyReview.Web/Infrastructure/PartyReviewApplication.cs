using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using PartyReview.Data;
using PartyReview.Data.Identity;
using PartyReview.Web.Features.Account;
using PartyReview.Web.Features.Admin;
using PartyReview.Web.Features.Commendations;
using PartyReview.Web.Features.Home;
using PartyReview.Web.Features.Import;
using PartyReview.Web.Features.Leadership;
using PartyReview.Web.Features.Members;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Features.Organizations;
using PartyReview.Web.Features.Periods;
using PartyReview.Web.Features.Province;
using PartyReview.Web.Features.Reviews;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure.Security;
using Serilog;

namespace PartyReview.Web.Infrastructure;

/// <summary>How the application is put together: services, then the request pipeline.</summary>
internal static class PartyReviewApplication
{
    public static readonly CultureInfo[] SupportedCultures = [new("vi-VN"), new("en-US")];

    public static void AddPartyReview(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Each host logs through its own logger (preserveStaticLogger): with the static one, two hosts in one process
        // (the tests) would write to whichever was built last, and the first to stop would silence the other.
        services.AddSerilog(
            (provider, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(provider)
                .Enrich.FromLogContext()

                // Understood, so not shown: "No XML encryptor configured" when the first key is made. The key ring sits
                // in the database beside the password hashes it protects; DataProtection:Certificate:Path encrypts it
                // with a certificate where the deployment wants that (docs/deployment.md). Errors stay visible.
                .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", Serilog.Events.LogEventLevel.Error),
            preserveStaticLogger: true);

        builder.AddPartyReviewDatabase();
        services.AddHealthChecks().AddDbContextCheck<PartyReviewDbContext>("database");

        // The key ring that signs the sign-in cookie, antiforgery tokens and reset links lives in the database, so
        // every instance behind one address reads the same keys (docs/deployment.md). One name for every instance,
        // whatever folder it runs from.
        var keys = services.AddDataProtection()
            .SetApplicationName("PartyReview")
            .PersistKeysToDbContext<PartyReviewDbContext>();
        if (builder.Configuration["DataProtection:Certificate:Path"] is { Length: > 0 } certificate)
        {
            keys.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificate, builder.Configuration["DataProtection:Certificate:Password"]));
        }

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.PasswordResetTokenProvider = ResetLinkTokenProvider.Name;
            })
            .AddEntityFrameworkStores<PartyReviewDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ResetLinkTokenProvider>(ResetLinkTokenProvider.Name)
            .AddSignInManager<AppSignInManager>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.Section));

        // Password and lockout policy are set in appsettings (section "Identity"), within safe bounds.
        services.Configure<IdentityOptions>(builder.Configuration.GetSection("Identity"));
        services.PostConfigure<IdentityOptions>(options =>
        {
            options.Password.RequiredLength = Math.Max(8, options.Password.RequiredLength);
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = Math.Clamp(options.Lockout.MaxFailedAccessAttempts, 1, 10);
            if (options.Lockout.DefaultLockoutTimeSpan < TimeSpan.FromMinutes(1))
            {
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(1);
            }
        });

        // A deactivated account, a role change or a new password link ends the account's other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "PartyReview.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            Security.SessionLifetime.Configure(options, builder.Configuration, builder.Environment);

            // A signed-in user without the right role gets a real 403 and the friendly error page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "PartyReview.Antiforgery";
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddCredentialLimits(builder.Configuration);
        services.AddSingleton<PublicLinks>();
        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, Scoping.OrganizationAccessHandler>();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        // A whole organization's grid is one form: a 2.000-member organization posts about 12.000 values.
        services.Configure<FormOptions>(options => options.ValueCountLimit = 20_000);
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<MissingRecordFilter>();
                options.MaxModelBindingCollectionSize = 5_000;
                options.ModelBinderProviders.Insert(0, new Scoping.ScopeModelBinderProvider());
            })
            .AddRazorOptions(FeatureFolders.Configure)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddValidationLocalization();

        // Vietnamese is written as is in the HTML, not as numeric entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddScoped<CurrentCommittee>();
        services.AddReportsFeature();
        services.AddProvinceFeature();
        services.AddHomeFeature();
        services.AddPeriodsFeature();
        services.AddReviewsFeature();
        services.AddOrganizationsFeature();
        services.AddLeadershipFeature();
        services.AddMembersFeature();
        services.AddMovementsFeature();
        services.AddCommendationsFeature();
        services.AddAdminFeature();
        services.AddAccountFeature();
        services.AddImportFeature(builder.Configuration);
    }

    public static void UsePartyReview(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Users never see a stack trace: errors and status codes go to friendly pages, details to the log. A database
        // that cannot be reached answers 503 (with Retry-After), not 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = DatabaseOutage.StatusCodeFor,
        });
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseSerilogRequestLogging(options =>
        {
            // This app's own logger, not Serilog's static one (which the last host built in the process owns).
            options.Logger = app.Services.GetService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserName", http.User.Identity?.Name ?? "(anonymous)");
                diagnostics.Set("RequestId", http.TraceIdentifier);
            };
        });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<LogContextMiddleware>();
        app.UseAuthorization();

        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
    }
}
