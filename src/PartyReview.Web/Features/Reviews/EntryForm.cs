using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PartyReview.Domain.Reviews;

namespace PartyReview.Web.Features.Reviews;

/// <summary>What the entry grid posts: one organization's whole sheet.</summary>
public sealed class EntryForm
{
    /// <summary>The sheet version the user started from; a newer one in the database means someone else saved meanwhile.</summary>
    public int Version { get; set; }

    public SubjectInput Organization { get; set; } = new();
    public SubjectInput? Leadership { get; set; }

    [StringLength(Domain.Reviews.OrganizationReview.JustificationMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Entry.QuotaJustification")]
    public string? QuotaJustification { get; set; }

    public List<MemberInput> Members { get; set; } = [];
}

public class SubjectInput
{
    public QualityLevel? Level { get; set; }

    /// <summary>
    /// As typed: "85,5" (or "85.5"). Checked by the service, not by a data annotation, so that a wrong score is told
    /// beside its row in the user's language and the rest of the sheet keeps what was typed.
    /// </summary>
    public string? Score { get; set; }

    public NotRatedReason? Reason { get; set; }

    [StringLength(ReviewRecord.NoteMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Entry.Note")]
    public string? Note { get; set; }

    public bool Disciplined { get; set; }

    /// <summary>The score as a number; null when empty; false when it is not a number.</summary>
    public bool TryParseScore(out decimal? score)
    {
        score = null;
        if (string.IsNullOrWhiteSpace(Score))
        {
            return true;
        }

        if (decimal.TryParse(Score.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            score = value;
            return true;
        }

        return false;
    }
}

public sealed class MemberInput : SubjectInput
{
    public int ReviewId { get; set; }

    /// <summary>The heaviest discipline of the year; a member's "disciplined" is this, not the base flag.</summary>
    public DisciplineLevel Discipline { get; set; }
    public bool SelfRemedied { get; set; }
    public bool LongSickLeave { get; set; }
}
