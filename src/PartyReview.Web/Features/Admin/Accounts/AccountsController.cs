using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;

using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Admin.Accounts;

/// <summary>Accounts, managed by the Admin in the browser. Every change re-asks the Admin's password.</summary>
[Authorize(Policy = Policies.ManageAccounts)]
public sealed class AccountsController(
    AccountDirectory directory,
    AccountAdminService accounts,
    PublicLinks links,
    IStringLocalizer<SharedResource> text,
    IStringLocalizer<AdminMessages> messages) : Controller
{
    [HttpGet("/Admin/Accounts")]
    public async Task<IActionResult> Index([FromQuery] AccountFilter filter, CancellationToken cancellationToken) => View(new AccountListViewModel
    {
        Accounts = await directory.ListAsync(filter, cancellationToken),
        Filter = filter,
        Organizations = await directory.OrganizationsAsync(filter.OrganizationId, cancellationToken),
    });

    [HttpGet("/Admin/Accounts/New")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(new AccountCreateViewModel { Form = new AccountCreateForm(), Organizations = await directory.OrganizationsAsync(null, cancellationToken) });

    [HttpPost("/Admin/Accounts/New")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] AccountCreateForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var result = await accounts.CreateAsync(form, User, cancellationToken);
            if (result.Succeeded)
            {
                return await LinkViewAsync(result.Value!, newAccount: true, cancellationToken);
            }

            ModelState.AddErrors(result, messages, "Form.");
        }

        form.AdminPassword = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new AccountCreateViewModel { Form = form, Organizations = await directory.OrganizationsAsync(form.OrganizationId, cancellationToken) });
    }

    [HttpGet("/Admin/Accounts/{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var model = await directory.GetAsync(id, User, cancellationToken);
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
            ModelState.AddErrors(result, messages, "Form.");
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
            ModelState.AddErrors(result, messages);
            return await DetailsWithErrorsAsync(id, "link", null, cancellationToken);
        }

        return await LinkViewAsync(result.Value!, newAccount: false, cancellationToken);
    }

    private async Task<IActionResult> ConfirmedAsync(
        string id, string action, ConfirmForm form, Func<Task<Result>> run, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await DetailsWithErrorsAsync(id, action, null, cancellationToken);
        }

        var result = await run();
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, messages);
            return await DetailsWithErrorsAsync(id, action, null, cancellationToken);
        }

        return Done(id, message);
    }

    /// <summary>The link is shown once, in this response only: it is not stored anywhere readable.</summary>
    private async Task<IActionResult> LinkViewAsync(IssuedLink issued, bool newAccount, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var link = links.Absolute(Request, $"/Account/ResetPassword?u={Uri.EscapeDataString(issued.UserId)}&t={issued.Token}");
        var details = await directory.GetAsync(issued.UserId, User, cancellationToken);
        return View("ResetLink", new ResetLinkViewModel(issued.UserId, details!.Email, details.Form.FullName ?? "", link, accounts.ExpiresAt(), newAccount));
    }

    private async Task<IActionResult> DetailsWithErrorsAsync(string id, string action, AccountEditForm? form, CancellationToken cancellationToken)
    {
        var model = await directory.GetAsync(id, User, cancellationToken);
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
}
