using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Periods;

[Authorize(Policy = Policies.ReadRoster)]
public sealed class PeriodsController(
    PeriodService periods,
    CriteriaFrameService frames,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> text,
    IStringLocalizer<PeriodsMessages> messages,
    IStringLocalizer<Reviews.ReviewsMessages> ruleTexts) : Controller
{
    [HttpGet("/Periods")]
    public async Task<IActionResult> Index(Scope scope, CancellationToken cancellationToken) =>
        View(await ListModelAsync(await periods.ProposeNextAsync(cancellationToken), scope, cancellationToken));

    [HttpPost("/Periods")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Open([Bind(Prefix = "NewPeriod")] OpenPeriodForm form, Scope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var result = await periods.OpenAsync(form, cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = text["Periods.Opened", form.Year!].Value;
                return Redirect($"/Periods/{form.Year}");
            }

            ModelState.AddErrors(result, messages, "NewPeriod.");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), await ListModelAsync(form, scope, cancellationToken));
    }

    [HttpGet("/Periods/{year:int}")]
    public async Task<IActionResult> Overview(int year, bool unfinished, string? q, int? page, Scope scope, CancellationToken cancellationToken)
    {
        var model = await periods.GetOverviewAsync(year, unfinished, scope, q, Paging.Clamp(page), cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await AllowAsync(model);
        return View(model);
    }

    private async Task AllowAsync(OverviewViewModel model)
    {
        model.CanManage = await IsAllowedAsync(Policies.ManageReviews);
        model.CanReopen = await IsAllowedAsync(Policies.ReopenPeriods);
        model.CanEnter = await IsAllowedAsync(Policies.EnterReviews);
        model.CanReadFrames = await IsAllowedAsync(Policies.ReadCommitteeReports);
    }

    /// <summary>The overview's table as the page shows it (the "Chưa xong" filter, the Secretary's scope): "Tải Excel" / "Tải CSV".</summary>
    [HttpGet("/Periods/{year:int}/Export")]
    public async Task<IActionResult> Export(int year, string? format, bool unfinished, string? q, Scope scope, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat))
        {
            return NotFound();
        }

        var lines = await periods.GetOverviewLinesAsync(year, unfinished, scope, q, cancellationToken);
        return lines is null ? NotFound()
            : new TableExportResult<OverviewLine>(
                fileFormat, OverviewExport.FileStem(year), $"{text["Overview.Title"]} {year}", OverviewExport.Columns(text), TableExport.Rows(lines));
    }

    [HttpPost("/Periods/{year:int}/Decide")]
    [RecordExists(RecordKind.Period, "year")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Decide(int year, CancellationToken cancellationToken) =>
        Done(year, await periods.DecideAsync(year, cancellationToken), text["Periods.Decided", year]);

    [HttpPost("/Periods/{year:int}/Reopen")]
    [RecordExists(RecordKind.Period, "year")]
    [Authorize(Policy = Policies.ReopenPeriods)]
    public async Task<IActionResult> Reopen(int year, ReopenForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            TempData["Error"] = text["Periods.ReopenReasonNeeded"].Value;
            return Redirect($"/Periods/{year}");
        }

        return Done(year, await periods.ReopenAsync(year, form.Reason!, cancellationToken), text["Periods.Reopened", year]);
    }

    [HttpPost("/Periods/{year:int}/Settings")]
    [RecordExists(RecordKind.Period, "year")]
    [RequiresVersion("Version")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> Settings(int year, PeriodSettingsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return Redirect($"/Periods/{year}");
        }

        var result = await periods.UpdateSettingsAsync(year, form, cancellationToken);
        if (this.ShowConflict(result, nameof(form.Version), out var conflict))
        {
            // The overview again, with the user's settings still in the form and the other person's listed.
            var model = await periods.GetOverviewAsync(year, unfinishedOnly: false, Scope.WholeCommittee, cancellationToken);
            if (model is null)
            {
                return NotFound();
            }

            form.Version = conflict.CurrentVersion;
            model.Settings = form;
            await AllowAsync(model);
            return View(nameof(Overview), model);
        }

        return Done(year, result, text["Periods.SettingsSaved"]);
    }

    /// <summary>Accepts the proposed sheets the overview showed, at the versions it showed (a sheet changed since refuses all).</summary>
    [HttpPost("/Periods/{year:int}/AcceptProposals")]
    [RecordExists(RecordKind.Period, "year")]
    [RequiresVersion("Seen[].Version")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> AcceptProposals(int year, AcceptProposalsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Done(year, await periods.AcceptProposalsAsync(year, form.Seen, cancellationToken), text["Periods.ProposalsAccepted"]);
    }

    /// <summary>The period's criteria frames: staff edit them until the first score, leaders and clerks read them.</summary>
    [HttpGet("/Periods/{year:int}/Frames")]
    [Authorize(Policy = Policies.ReadCommitteeReports)]
    public async Task<IActionResult> Frames(int year, CancellationToken cancellationToken)
    {
        var model = await frames.GetAsync(year, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await AllowEditingAsync(model);
        return View(model);
    }

    [HttpPost("/Periods/{year:int}/Frames/{subject}")]
    [Authorize(Policy = Policies.ManageReviews)]
    public async Task<IActionResult> SaveFrame(int year, Domain.Reviews.Criteria.SubjectType subject, FrameForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await frames.SaveAsync(year, subject, form, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = messages[PeriodsMessages.FrameSaved, Domain.Reviews.Criteria.SubjectTypes.VietnameseName(subject)].Value;
            return Redirect($"/Periods/{year}/Frames#frame-{subject}");
        }

        var model = await frames.GetAsync(year, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await AllowEditingAsync(model);
        model.Refused = subject;
        model.RefusedForm = form;
        model.Errors = [.. result.Errors.Select(e => e.MessageKey.StartsWith("Reviews.", StringComparison.Ordinal) ? ruleTexts.Message(e) : messages.Message(e))];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Frames), model);
    }

    private async Task AllowEditingAsync(FramesViewModel model)
    {
        model.MayManage = await IsAllowedAsync(Policies.ManageReviews);
        model.CanEdit = model.MayManage && !model.IsFixed && model.Status == Domain.Reviews.ReviewPeriodStatus.Open;
    }

    private RedirectResult Done(int year, Result result, string message)
    {
        TempData[result.Succeeded ? "Message" : "Error"] = result.Succeeded ? message : messages.Message(result.FirstError!);
        return Redirect($"/Periods/{year}");
    }

    private async Task<PeriodListViewModel> ListModelAsync(OpenPeriodForm form, Scope scope, CancellationToken cancellationToken) => new()
    {
        Periods = await periods.ListAsync(scope, cancellationToken),
        NewPeriod = form,
        CanManage = await IsAllowedAsync(Policies.ManageReviews),
    };

    private async Task<bool> IsAllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
