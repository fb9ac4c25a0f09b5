using PartyReview.Domain.Formatting;

namespace PartyReview.Domain.Movements;

/// <summary>
/// A ledger entry as one line of the history and the audit log, the way the sổ đảng tịch reads it:
/// "Chuyển đi ngày 01/03/2019 – TCCS03 – … → TCCS08 – …, QĐ số 12, thẻ số … (note)".
/// </summary>
public static class LedgerEntryText
{
    public static string Describe(MembershipEvent entry, Func<int, string> organizationName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(organizationName);
        var text = $"{entry.Kind.Name()} ngày {VietnameseFormat.Date(entry.OccurredOn)} – {organizationName(entry.OrganizationId)}";
        if (entry.CounterpartOrganizationId is { } other)
        {
            text += (entry.Kind == MembershipEventKind.TransferredOut ? " → " : " ← ") + organizationName(other);
        }

        if (entry.DecisionNumber is not null)
        {
            text += $", QĐ số {entry.DecisionNumber}";
        }

        if (entry.CardNumber is not null)
        {
            text += $", thẻ số {entry.CardNumber}";
        }

        return entry.Note is null ? text : $"{text} ({entry.Note})";
    }
}
