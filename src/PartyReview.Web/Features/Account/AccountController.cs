using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartyReview.Data.Identity;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Account;

public sealed class AccountController(
    SignInManager<AppUser> signIn,
    IWebHostEnvironment environment,
    IStringLocalizer<SharedResource> text,
    ProfileService profiles,
    SignInService signInService,
    AccountThrottle throttle) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null) => View(WithDemoAccounts(new LoginViewModel { ReturnUrl = returnUrl }));

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(CredentialLimits.Policy)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return View(WithDemoAccounts(model));
        }

        switch (await signInService.SignInAsync(model.Email, model.Password, model.RememberMe, HttpContext))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/");
            case SignInOutcome.Throttled:
                return StatusCode(StatusCodes.Status429TooManyRequests);
            default:
                // Wrong password, unknown email, locked or deactivated: the same words; the audit says which.
                ModelState.AddModelError("", text["Account.InvalidLogin"].Value);
                return View(WithDemoAccounts(model));
        }
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
    [EnableRateLimiting(CredentialLimits.Policy)]
    public async Task<IActionResult> ChangePassword([Bind(Prefix = "Password")] ChangePasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!throttle.TryAttempt(User.Identity?.Name))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

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
    [EnableRateLimiting(CredentialLimits.Policy)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        NoReferrer();
        if (!throttle.TryAttempt("reset:" + form.UserId))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

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
