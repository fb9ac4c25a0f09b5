using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using PartyReview.Domain.Reviews.Rules;

namespace PartyReview.Web.Features.Import;

/// <summary>Where a cell is, as the user finds it: "ô D5 (Ngày sinh)" in a workbook, "cột «Ngày sinh»" in a CSV line.</summary>
public sealed record ImportCell(string? Column, int Row, string Header)
{
    [JsonIgnore]
    public ImportMessage Message => Column is null
        ? new ImportMessage(ImportMessages.CellInCsv, Header)
        : new ImportMessage(ImportMessages.CellInWorkbook, Column + Row.ToString(CultureInfo.InvariantCulture), Header);
}

/// <summary>
/// One message of the import, as a key of <see cref="ImportMessages"/> and the values it quotes (already formatted the
/// Vietnamese way); when it is about a cell, the cell is its first value ({0}). A finding of the review rules (the one
/// rule engine, <see cref="ReviewRuleSet"/>) keeps its own key of <see cref="RuleTexts"/> and is said as the grid says it.
/// </summary>
public sealed record ImportMessage(string Key, params string[] Arguments)
{
    public ImportCell? Cell { get; init; }

    /// <summary>Whether this is a finding of the review rules rather than one of the import's own messages.</summary>
    [JsonIgnore]
    public bool IsRule => RuleTexts.Vietnamese.ContainsKey(Key);

    /// <summary>The message in Vietnamese, the default language (the log, the audit summary, the tests).</summary>
    [JsonIgnore]
    public string Vietnamese => IsRule ? RuleTexts.InVietnamese(Key, Arguments) : ImportMessages.Vietnamese(Key, [.. Values(c => c.Message.Vietnamese)]);

    /// <summary>A finding of the review rules as a message of the row.</summary>
    public static ImportMessage Rule(RuleFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Key, [.. finding.Arguments]);
    }

    /// <summary>The message in the user's language.</summary>
    public string In(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return IsRule ? ImportMessages.Rule(Key, Arguments) : localizer[Key, [.. Values(c => c.Message.In(localizer))]];
    }

    public override string ToString() => Vietnamese;

    private string[] Values(Func<ImportCell, string> cell) => Cell is null ? Arguments : [cell(Cell), .. Arguments];
}
