using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Web.Features.Errors;

namespace PartyReview.Web.Infrastructure.Security;

/// <summary>
/// An edit of an existing record must post the version its form showed (ADR 0007): a request without it (a hand-made
/// POST, a page from before versions) is refused with 422 and "Biểu mẫu thiếu phiên bản dữ liệu…", before the action
/// runs, so nothing is written. Missing, empty and not a whole number count alike. Creates carry no version and have
/// no such attribute.
/// </summary>
/// <remarks>
/// <para><see cref="Field"/> is the form field's name as posted (<c>Member.Version</c>, <c>version</c>…; form names are
/// matched without regard to case, as model binding does). A name with <c>[]</c>, like <c>Seen[].Version</c>, is a
/// list: it needs at least one item, and every posted item (<c>Seen[0].…</c>, <c>Seen[1].…</c>) its version.</para>
/// <para>It runs after the filters of order 0 (<see cref="RecordExistsAttribute"/>, the scope checks), so a record that
/// does not exist, or is outside the user's scope, still answers 404 whatever the form holds.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed partial class RequiresVersionAttribute(string field) : Attribute, IAsyncActionFilter, IOrderedFilter
{
    /// <summary>The form field that carries the version shown.</summary>
    public string Field { get; } = field;

    /// <summary>
    /// The committee's settings: the first save creates the committee (no version to post), every later one edits it.
    /// </summary>
    public bool WhenCommitteeExists { get; set; }

    /// <inheritdoc />
    public int Order => 1;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (WhenCommitteeExists && !await context.HttpContext.RequestServices.GetRequiredService<PartyReviewDbContext>().Committees.AnyAsync(context.HttpContext.RequestAborted))
        {
            await next();
            return;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(context.HttpContext.RequestAborted) : null;
        if (form is null || !Carries(form))
        {
            context.HttpContext.RequestServices.GetRequiredService<ILogger<RequiresVersionAttribute>>()
                .LogWarning("{Method} {Path}: refused, the form carries no {Field}", request.Method, request.Path, Field);
            context.Result = Refusal(context.Controller);
            return;
        }

        await next();
    }

    /// <summary>Whether the form carries the version (every item's, for a list).</summary>
    public bool Carries(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var list = Field.IndexOf("[]", StringComparison.Ordinal);
        if (list < 0)
        {
            return IsVersion(form[Field]);
        }

        var prefix = Field[..list];
        var suffix = Field[(list + 2)..];
        var items = form.Keys
            .Select(key => ItemKey().Match(key))
            .Where(m => m.Success && string.Equals(m.Groups["prefix"].Value, prefix, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Groups["index"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return items.Count > 0 && items.All(index => IsVersion(form[$"{prefix}[{index}]{suffix}"]));
    }

    private static bool IsVersion(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 1 && int.TryParse(values[0], NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var version) && version >= 0;

    /// <summary>The friendly page of the refusal: 422, the error page's layout, nothing written.</summary>
    private static IActionResult Refusal(object controller)
    {
        var model = new ErrorViewModel(StatusCodes.Status422UnprocessableEntity, "Error.MissingVersion.Title", "Error.MissingVersion.Message");
        if (controller is not Controller mvc)
        {
            return new UnprocessableEntityResult();
        }

        var view = mvc.View("~/Features/Errors/Error.cshtml", model);
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }

    [GeneratedRegex(@"^(?<prefix>[^\[]+)\[(?<index>\d+)\]\.", RegexOptions.CultureInvariant)]
    private static partial Regex ItemKey();
}
