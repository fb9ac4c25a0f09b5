using System.ComponentModel.DataAnnotations;

namespace PartyReview.Web.Features.Province;

/// <summary>A move of TCCS between committees as the province's staff fill it in.</summary>
public sealed class MoveForm
{
    [Required]
    [Display(Name = "Province.Move.From")]
    public int? FromCommitteeId { get; set; }

    [Required]
    [Display(Name = "Province.Move.To")]
    public int? ToCommitteeId { get; set; }

    [Required]
    [Display(Name = "Province.Move.EffectiveOn")]
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>Merge: every TCCS moves, the source ends the day before and the target becomes its successor.</summary>
    [Display(Name = "Province.Move.Merge")]
    public bool Merge { get; set; }

    /// <summary>The TCCS codes to move when not merging, separated by commas, spaces or lines.</summary>
    [StringLength(4000)]
    [Display(Name = "Province.Move.Codes")]
    public string? Codes { get; set; }

    /// <summary>The codes typed, in order, each once.</summary>
    public IReadOnlyList<string> CodeList() =>
        [.. (Codes ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal)];
}

/// <summary>The restructuring page: the committees as they stand, the moves made, and the form.</summary>
public sealed class RestructuringViewModel
{
    public required IReadOnlyList<CommitteeLine> Committees { get; init; }
    public required IReadOnlyList<MoveLine> Moves { get; init; }
    public MoveForm Form { get; set; } = new();
}

public sealed record CommitteeLine(int Id, string Name, int Organizations, DateOnly? EndedOn, string? SuccessorName, int? NewestYear, bool HasOpenPeriod);

public sealed record MoveLine(
    int Id, string From, string To, DateOnly EffectiveOn, int Organizations, bool Merged, string MovedBy, DateTime MovedAt,
    string? ReversedBy, DateTime? ReversedAt, bool CanReverse);

/// <summary>What a move did: its id, how many TCCS moved, to which committee, as of when.</summary>
public sealed record MoveDone(int Id, int Organizations, string To, DateOnly EffectiveOn);
