using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyReview.Domain.Commendations;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Exports;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Commendations;

[Authorize(Policy = Policies.ReadCommitteeReports)]
public sealed class CommendationsController(
    CommendationService commendations,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> text,
    IStringLocalizer<CommendationsMessages> messages) : Controller
{
    [HttpGet("/Commendations/{year:int}")]
    public async Task<IActionResult> Index(int year, string? award, string? q, int? page, CancellationToken cancellationToken)
    {
        var model = await commendations.GetAsync(year, CandidateListRequest.Parse(award, q, page), cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        model.CanIssue = await CanIssueAsync();
        return View(model);
    }

    /// <summary>One award's list of candidates as the page shows it: "Tải Excel" / "Tải CSV".</summary>
    [HttpGet("/Commendations/{year:int}/Export")]
    public async Task<IActionResult> Export(int year, string? award, string? format, CancellationToken cancellationToken)
    {
        if (!TableExport.TryParseFormat(format, out var fileFormat) || !Enum.TryParse<AwardKind>(award, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            return NotFound();
        }

        var list = await commendations.GetCandidatesAsync(year, kind, cancellationToken);
        return list is null ? NotFound()
            : new TableExportResult<Candidate>(
                fileFormat, CommendationExport.FileStem(year, kind), $"{text["Commendations.Title"]} {year}", CommendationExport.Columns(text), TableExport.Rows(list.Candidates));
    }

    [HttpPost("/Commendations/{year:int}/Decisions")]
    [RecordExists(RecordKind.Period, "year")]
    [Authorize(Policy = Policies.IssueCommendations)]
    public async Task<IActionResult> Create(int year, NewDecisionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            TempData["Error"] = text["Commendations.ChooseAward"].Value;
            return Redirect($"/Commendations/{year}");
        }

        var result = form.WholeList
            ? await commendations.CreateDecisionFromListAsync(year, form.Award!.Value, form.Shown, form.Recipients, cancellationToken)
            : await commendations.CreateDecisionAsync(year, form.Award!.Value, form.Recipients, cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = ErrorText(result);
            return Redirect($"/Commendations/{year}");
        }

        return Redirect($"/Commendations/Decisions/{result.Value}");
    }

    [HttpGet("/Commendations/Decisions/{id:int}")]
    public async Task<IActionResult> Decision(int id, CancellationToken cancellationToken)
    {
        var model = await commendations.GetDecisionAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        model.CanIssue = await CanIssueAsync();
        return View(model);
    }

    [HttpPost("/Commendations/Decisions/{id:int}")]
    [RecordExists(RecordKind.CommendationDecision)]
    [RequiresVersion("Version")]
    [Authorize(Policy = Policies.IssueCommendations)]
    public async Task<IActionResult> Update(int id, DecisionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Refused(id, string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        }

        var result = await commendations.UpdateDraftAsync(id, form, cancellationToken);
        if (this.ShowConflict(result, nameof(form.Version), out var conflict))
        {
            // The page again with the user's draft still in the form and the other person's particulars listed.
            var model = await commendations.GetDecisionAsync(id, cancellationToken);
            if (model is null)
            {
                return NotFound();
            }

            form.Version = conflict.CurrentVersion;
            form.Citations = model.Form.Citations.ToDictionary(c => c.Key, c => form.Citations.GetValueOrDefault(c.Key) ?? c.Value);
            model.Form = form;
            model.CanIssue = await CanIssueAsync();
            return View(nameof(Decision), model);
        }

        return Done(id, result, text["Decision.DraftSaved"]);
    }

    /// <summary>Issues the draft the page showed: a draft edited since (its version) is not issued.</summary>
    [HttpPost("/Commendations/Decisions/{id:int}/Issue")]
    [RecordExists(RecordKind.CommendationDecision)]
    [RequiresVersion("version")]
    [Authorize(Policy = Policies.IssueCommendations)]
    public async Task<IActionResult> Issue(int id, int? version, CancellationToken cancellationToken) =>
        Done(id, await commendations.IssueAsync(id, version, cancellationToken), text["Decision.Issued"]);

    [HttpPost("/Commendations/Decisions/{id:int}/Cancel")]
    [RecordExists(RecordKind.CommendationDecision)]
    [Authorize(Policy = Policies.IssueCommendations)]
    public async Task<IActionResult> Cancel(int id, string? reason, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(reason)
            ? Refused(id, text["Decision.CancelReasonNeeded"])
            : Done(id, await commendations.CancelAsync(id, reason, cancellationToken), text["Decision.Cancelled"]);

    [HttpGet("/Commendations/Decisions/{id:int}/Print")]
    public async Task<IActionResult> Print(int id, CancellationToken cancellationToken)
    {
        var document = await commendations.GetDocumentAsync(id, cancellationToken);
        return document is null ? NotFound() : View(document);
    }

    [HttpGet("/Commendations/Decisions/{id:int}/Word")]
    public async Task<IActionResult> Word(int id, CancellationToken cancellationToken)
    {
        var document = await commendations.GetDocumentAsync(id, cancellationToken);
        return document is null ? NotFound()
            : File(DecisionExports.ToDocx(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.FileName + ".docx");
    }

    [HttpGet("/Commendations/Decisions/{id:int}/Excel")]
    public async Task<IActionResult> Excel(int id, CancellationToken cancellationToken)
    {
        var document = await commendations.GetDocumentAsync(id, cancellationToken);
        return document is null ? NotFound()
            : File(DecisionExports.ToXlsx(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", document.FileName + ".xlsx");
    }

    private RedirectResult Done(int id, Result result, string message)
    {
        if (!result.Succeeded)
        {
            return Refused(id, ErrorText(result));
        }

        TempData["Message"] = message;
        return Redirect($"/Commendations/Decisions/{id}");
    }

    private RedirectResult Refused(int id, string error)
    {
        TempData["Error"] = error;
        return Redirect($"/Commendations/Decisions/{id}");
    }

    /// <summary>The refusal in the user's language, for the page's one message line.</summary>
    private string ErrorText(Result result) => string.Join(" ", result.Errors.Select(messages.Message));

    private async Task<bool> CanIssueAsync() => (await authorization.AuthorizeAsync(User, Policies.IssueCommendations)).Succeeded;
}
