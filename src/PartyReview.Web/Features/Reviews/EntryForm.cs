using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Web.Features.Reviews;

/// <summary>What the entry grid posts: one organization's whole sheet.</summary>
public sealed class EntryForm
{
    /// <summary>The sheet version the user started from; a newer one in the database means someone else saved meanwhile.</summary>
    public int Version { get; set; }

    /// <summary>Quy định 366: the step the sheet records (null: the furthest step the user may record).</summary>
    public ReviewStep? Step { get; set; }

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

    /// <summary>Quy định 366: the common group's points, as typed.</summary>
    public string? CommonPoints { get; set; }

    /// <summary>Quy định 366: the task-results group's points, as typed.</summary>
    public string? TaskPoints { get; set; }

    /// <summary>Quy định 366: tasks done on time (%), as typed.</summary>
    public string? OnTime { get; set; }

    /// <summary>Quy định 366: tasks exceeding what was required (%), as typed.</summary>
    public string? Exceeded { get; set; }

    /// <summary>Quy định 366: faults pointed out that were remedied (%), as typed.</summary>
    public string? Remedied { get; set; }

    /// <summary>Why the level is below the computed one (Lý do điều chỉnh).</summary>
    [StringLength(ReviewStepEntry.ReasonMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Entry.AdjustmentReason")]
    public string? AdjustmentReason { get; set; }

    /// <summary>The line is shown read-only (the user may not record this step for it): its stored value is kept.</summary>
    public bool Keep { get; set; }

    /// <summary>A number typed with a decimal comma or dot; null when empty; false when it is not a number.</summary>
    public static bool TryParseNumber(string? typed, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return true;
        }

        if (decimal.TryParse(typed.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

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

    /// <summary>Quy định 366: reviewed as a member, a leader or a member outside the political system.</summary>
    public SubjectType SubjectType { get; set; } = SubjectType.Member;
}
