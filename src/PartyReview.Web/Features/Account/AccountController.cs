using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Data.Identity;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Account;

public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IWebHostEnvironment environment,
    IStringLocalizer<SharedResource> text,
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
        if (user is { IsActive: false })
        {
            logger.LogWarning("Sign-in refused for deactivated account {Email}", model.Email);
            ModelState.AddModelError("", text["Account.Deactivated"]);
            return View(WithDemoAccounts(model));
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Signed in {Email}", model.Email);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/");
        }

        logger.LogWarning("Sign-in failed for {Email} (locked out: {LockedOut})", model.Email, result.IsLockedOut);
        ModelState.AddModelError("", text[result.IsLockedOut ? "Account.LockedOut" : "Account.InvalidLogin"]);
        return View(WithDemoAccounts(model));
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/Error.cshtml", Errors.ErrorViewModel.For(StatusCodes.Status403Forbidden));
    }

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
