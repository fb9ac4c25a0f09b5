using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Admin.Accounts;

/// <summary>Accounts, managed by the Admin in the browser. Every change re-asks the Admin's password.</summary>
[Authorize(Policy = Policies.ManageAccounts)]
public sealed class AccountsController(AccountAdminService accounts, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/Admin/Accounts")]
    public async Task<IActionResult> Index([FromQuery] AccountFilter filter, CancellationToken cancellationToken) => View(new AccountListViewModel
    {
        Accounts = await accounts.ListAsync(filter, cancellationToken),
        Filter = filter,
        Organizations = await accounts.OrganizationsAsync(cancellationToken),
    });

    [HttpGet("/Admin/Accounts/New")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(new AccountCreateViewModel { Form = new AccountCreateForm(), Organizations = await accounts.OrganizationsAsync(cancellationToken) });

    [HttpPost("/Admin/Accounts/New")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] AccountCreateForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var result = await accounts.CreateAsync(form, User, cancellationToken);
            if (result.Succeeded)
            {
                return await LinkViewAsync(result, newAccount: true, cancellationToken);
            }

            AddErrors(result, "Form.");
        }

        form.AdminPassword = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new AccountCreateViewModel { Form = form, Organizations = await accounts.OrganizationsAsync(cancellationToken) });
    }

    [HttpGet("/Admin/Accounts/{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var model = await accounts.GetAsync(id, User, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/Admin/Accounts/{id}")]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Form")] AccountEditForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await DetailsWithErrorsAsync(id, "edit", form, cancellationToken);
        }

        var result = await accounts.UpdateAsync(id, form, User, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result, "Form.");
            return await DetailsWithErrorsAsync(id, "edit", form, cancellationToken);
        }

        return Done(id, text["Accounts.Saved"]);
    }

    [HttpPost("/Admin/Accounts/{id}/Deactivate")]
    public Task<IActionResult> Deactivate(string id, ConfirmForm form, CancellationToken cancellationToken) =>
        ConfirmedAsync(id, "status", form, () => accounts.SetActiveAsync(id, false, form, User, cancellationToken), text["Accounts.Deactivated"], cancellationToken);

    [HttpPost("/Admin/Accounts/{id}/Reactivate")]
    public Task<IActionResult> Reactivate(string id, ConfirmForm form, CancellationToken cancellationToken) =>
        ConfirmedAsync(id, "status", form, () => accounts.SetActiveAsync(id, true, form, User, cancellationToken), text["Accounts.Reactivated"], cancellationToken);

    [HttpPost("/Admin/Accounts/{id}/Unlock")]
    public Task<IActionResult> Unlock(string id, ConfirmForm form, CancellationToken cancellationToken) =>
        ConfirmedAsync(id, "unlock", form, () => accounts.UnlockAsync(id, form, User, cancellationToken), text["Accounts.Unlocked"], cancellationToken);

    [HttpPost("/Admin/Accounts/{id}/ResetLink")]
    public async Task<IActionResult> ResetLink(string id, ConfirmForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await DetailsWithErrorsAsync(id, "link", null, cancellationToken);
        }

        var result = await accounts.IssueResetLinkAsync(id, form, User, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result, "");
            return await DetailsWithErrorsAsync(id, "link", null, cancellationToken);
        }

        return await LinkViewAsync(result, newAccount: false, cancellationToken);
    }

    private async Task<IActionResult> ConfirmedAsync(
        string id, string action, ConfirmForm form, Func<Task<AccountResult>> run, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await DetailsWithErrorsAsync(id, action, null, cancellationToken);
        }

        var result = await run();
        if (!result.Succeeded)
        {
            AddErrors(result, "");
            return await DetailsWithErrorsAsync(id, action, null, cancellationToken);
        }

        return Done(id, message);
    }

    /// <summary>The link is shown once, in this response only: it is not stored anywhere readable.</summary>
    private async Task<IActionResult> LinkViewAsync(AccountResult result, bool newAccount, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var link = $"{Request.Scheme}://{Request.Host}/Account/ResetPassword?u={Uri.EscapeDataString(result.UserId!)}&t={result.Token}";
        var details = await accounts.GetAsync(result.UserId!, User, cancellationToken);
        return View("ResetLink", new ResetLinkViewModel(result.UserId!, details!.Email, details.Form.FullName ?? "", link, accounts.ExpiresAt(), newAccount));
    }

    private async Task<IActionResult> DetailsWithErrorsAsync(string id, string action, AccountEditForm? form, CancellationToken cancellationToken)
    {
        var model = await accounts.GetAsync(id, User, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (form is not null)
        {
            form.AdminPassword = "";
            model.Form = form;
        }

        model.FailedAction = action;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), model);
    }

    private RedirectResult Done(string id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Admin/Accounts/{Uri.EscapeDataString(id)}");
    }

    private void AddErrors(AccountResult result, string prefix)
    {
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : prefix + field, message);
        }
    }
}
