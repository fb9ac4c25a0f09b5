using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Admin.Settings;

[Authorize(Policy = Policies.ManageSettings)]
public sealed class SettingsController(SettingsService settings, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/Admin/Settings")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await settings.GetAsync(cancellationToken));

    [HttpPost("/Admin/Settings")]
    [RequiresVersion("Form.Version", WhenCommitteeExists = true)]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] CommitteeSettingsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var model = await settings.GetAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            var result = await settings.SaveAsync(form, cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = text["Settings.Saved"].Value;
                return Redirect("/Admin/Settings");
            }

            if (this.ShowConflict(result, "Form.Version", out var conflict))
            {
                form.Version = conflict.CurrentVersion;
                return View(new SettingsViewModel { Exists = true, Form = form, Periods = model.Periods, BuiltInWording = model.BuiltInWording });
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new SettingsViewModel { Exists = model.Exists, Form = form, Periods = model.Periods, BuiltInWording = model.BuiltInWording });
    }
}
