namespace PartyReview.Domain.Reporting;

/// <summary>
/// One saved version of a year's report text (báo cáo tổng kết): staff edit the generated draft and save it; every save
/// is a new version, none is overwritten. The generated draft itself is never stored: it is recomputed from the data.
/// </summary>
public class ReportVersion
{
    public const int TextMaxLength = 20_000;
    public const int AuthorMaxLength = 256;

    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public int Year { get; set; }

    /// <summary>1, 2, 3… within the committee's year.</summary>
    public int Number { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
}
