namespace PartyReview.Web.Features.Import;

/// <summary>One row of a sheet or CSV file as text, with its row number (1-based, as the spreadsheet shows it).</summary>
public sealed record TableRow(string Sheet, int Number, IReadOnlyList<string?> Cells);
