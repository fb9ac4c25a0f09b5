using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartyReview.Data.Identity;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Account;

public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IWebHostEnvironment environment,
    IStringLocalizer<SharedResource> text,
    IOptions<IdentityOptions> identity,
    ProfileService profiles,
    ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null) => View(WithDemoAccounts(new LoginViewModel { ReturnUrl = returnUrl }));

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return View(WithDemoAccounts(model));
        }

        var user = await users.FindByEmailAsync(model.Email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Signed in {Email}", model.Email);
            await profiles.RecordSignInAsync(model.Email, user!.Id, succeeded: true, "thành công", HttpContext);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/");
        }

        // A deactivated account is told so only when the password is right: the message reveals nothing to a guesser.
        var deactivated = result.IsNotAllowed && user is { IsActive: false } && await users.CheckPasswordAsync(user, model.Password);
        var (message, detail) = result switch
        {
            { IsLockedOut: true } => (text["Account.LockedOut", (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes].Value, "tài khoản đang bị khóa tạm thời"),
            _ when deactivated => (text["Account.Deactivated"].Value, "tài khoản đã bị vô hiệu hóa"),
            _ when user is null => (text["Account.InvalidLogin"].Value, "không có tài khoản với thư điện tử này"),
            _ when result.IsNotAllowed => (text["Account.InvalidLogin"].Value, "tài khoản đã bị vô hiệu hóa"),
            _ => (text["Account.InvalidLogin"].Value, "sai mật khẩu"),
        };
        logger.LogWarning("Sign-in failed for {Email}: {Detail}", model.Email, detail);
        await profiles.RecordSignInAsync(model.Email, user?.Id, succeeded: false, detail, HttpContext);
        ModelState.AddModelError("", message);
        return View(WithDemoAccounts(model));
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    /// <summary>"Tài khoản của tôi": the user's own details, password change and recent sign-ins.</summary>
    [HttpGet("/Account/Me")]
    public async Task<IActionResult> Me(CancellationToken cancellationToken)
    {
        var model = await profiles.GetAsync(User, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/Account/Me/Password")]
    public async Task<IActionResult> ChangePassword([Bind(Prefix = "Password")] ChangePasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var errors = await profiles.ChangePasswordAsync(User, form, cancellationToken);
            if (errors.Count == 0)
            {
                TempData["Message"] = text["Profile.PasswordChanged"].Value;
                return Redirect("/Account/Me");
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError("", error);
            }
        }

        var model = await profiles.GetAsync(User, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        model.Password = new ChangePasswordForm();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Me), model);
    }

    /// <summary>The page a password link handed over by the Admin opens: the user sets a new password.</summary>
    [AllowAnonymous]
    [HttpGet("/Account/ResetPassword")]
    public async Task<IActionResult> ResetPassword(string? u, string? t)
    {
        NoReferrer();
        var model = new ResetPasswordForm { UserId = u, Token = t };
        var account = await profiles.CheckLinkAsync(u, t);
        if (account is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("ResetPasswordInvalid");
        }

        model.Email = account;
        model.PasswordPolicy = profiles.PolicyHint();
        return View(model);
    }

    [AllowAnonymous]
    [HttpPost("/Account/ResetPassword")]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        NoReferrer();
        var account = await profiles.CheckLinkAsync(form.UserId, form.Token);
        if (account is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("ResetPasswordInvalid");
        }

        form.Email = account;
        form.PasswordPolicy = profiles.PolicyHint();
        if (ModelState.IsValid)
        {
            var errors = await profiles.ResetPasswordAsync(form, HttpContext, cancellationToken);
            if (errors.Count == 0)
            {
                await signIn.SignOutAsync();
                TempData["Message"] = text["Profile.PasswordSet"].Value;
                return RedirectToAction(nameof(Login));
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError("", error);
            }
        }

        form.NewPassword = "";
        form.ConfirmPassword = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(form);
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/Error.cshtml", Errors.ErrorViewModel.For(StatusCodes.Status403Forbidden));
    }

    /// <summary>The link's token must not leak to another site through the Referer header.</summary>
    private void NoReferrer() => Response.Headers["Referrer-Policy"] = "no-referrer";

    private LoginViewModel WithDemoAccounts(LoginViewModel model)
    {
        model.Password = "";
        if (environment.IsDevelopment())
        {
            model.DemoAccounts = [.. DemoAccounts.All.Select(a => (a.Email, a.Role))];
            model.DemoPassword = DemoAccounts.Password;
        }

        return model;
    }
}
