using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Admin.Settings;

[Authorize(Policy = Policies.ManageSettings)]
public sealed class SettingsController(SettingsService settings, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("/Admin/Settings")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await settings.GetAsync(cancellationToken));

    [HttpPost("/Admin/Settings")]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] CommitteeSettingsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            await settings.SaveAsync(form, cancellationToken);
            TempData["Message"] = text["Settings.Saved"].Value;
            return Redirect("/Admin/Settings");
        }

        var model = await settings.GetAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new SettingsViewModel { Exists = model.Exists, Form = form, Periods = model.Periods, BuiltInWording = model.BuiltInWording });
    }
}
