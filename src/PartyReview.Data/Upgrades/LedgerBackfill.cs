namespace PartyReview.Data.Upgrades;

/// <summary>
/// Upgrading a database from before the ledger: a member with no joining entry gets one (admitted into their current
/// organization on their admission date), and, when missing, their official date and card as entries. Members who had
/// left without an entry stay out, as they were. Plain ANSI SQL with quoted names, so it runs on every provider.
/// </summary>
public static class LedgerBackfill
{
    private const string WithoutJoining =
        "m.\"OrganizationId\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"MembershipEvents\" e WHERE e.\"MemberId\" = m.\"Id\" AND e.\"Kind\" IN (1, 3))";

    public static readonly string[] Statements =
    [
        "INSERT INTO \"MembershipEvents\" (\"MemberId\", \"OrganizationId\", \"Kind\", \"OccurredOn\", \"Note\", \"RecordedBy\") " +
        "SELECT m.\"Id\", m.\"OrganizationId\", 1, m.\"AdmittedOn\", 'Đưa vào sổ khi nâng cấp', 'system' FROM \"Members\" m WHERE " + WithoutJoining,
        "INSERT INTO \"MembershipEvents\" (\"MemberId\", \"OrganizationId\", \"Kind\", \"OccurredOn\", \"Note\", \"RecordedBy\") " +
        "SELECT m.\"Id\", m.\"OrganizationId\", 2, m.\"OfficialOn\", 'Đưa vào sổ khi nâng cấp', 'system' FROM \"Members\" m WHERE m.\"OfficialOn\" IS NOT NULL " +
        "AND m.\"OrganizationId\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"MembershipEvents\" e WHERE e.\"MemberId\" = m.\"Id\" AND e.\"Kind\" IN (2, 3)) " +
        "AND EXISTS (SELECT 1 FROM \"MembershipEvents\" e WHERE e.\"MemberId\" = m.\"Id\" AND e.\"Kind\" = 1 AND e.\"Note\" = 'Đưa vào sổ khi nâng cấp')",
        "INSERT INTO \"MembershipEvents\" (\"MemberId\", \"OrganizationId\", \"Kind\", \"OccurredOn\", \"CardNumber\", \"Note\", \"RecordedBy\") " +
        "SELECT m.\"Id\", m.\"OrganizationId\", 8, m.\"OfficialOn\", m.\"PartyCardNumber\", 'Đưa vào sổ khi nâng cấp', 'system' FROM \"Members\" m " +
        "WHERE m.\"OfficialOn\" IS NOT NULL AND m.\"PartyCardNumber\" IS NOT NULL AND m.\"OrganizationId\" IS NOT NULL " +
        "AND NOT EXISTS (SELECT 1 FROM \"MembershipEvents\" e WHERE e.\"MemberId\" = m.\"Id\" AND e.\"Kind\" IN (3, 8))",
    ];
}
