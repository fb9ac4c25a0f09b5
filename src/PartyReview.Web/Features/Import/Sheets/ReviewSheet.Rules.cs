using PartyReview.Domain.Importing;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Web.Features.Import;

/// <summary>The Reviews sheet's rules: every row read goes through the period's rule engine before anything is written.</summary>
internal sealed partial class ReviewSheet
{
    /// <summary>
    /// The period's rules over the rows read, with what they depend on taken from the file and the data together: the
    /// members' results and discipline per organization (21-HD prerequisites, the collectives' condition), the unit a
    /// leader leads (the TCCS's row of the same step, else its stored value), the period's criteria frames; the quota
    /// as a warning. A row the rules refuse is refused with their message.
    /// </summary>
    private sealed class ReviewRules(ImportRun run, ReviewLookup reviews, StepLookup steps, List<ReviewRow> rows)
    {
        private readonly Dictionary<(ReviewPeriod, int Member), MemberState> _members = [];
        private readonly Dictionary<(ReviewPeriod, int Organization), List<MemberState>> _byOrganization = [];
        private readonly Dictionary<(ReviewPeriod, int Organization, ReviewStep), ReviewRow> _organizationRows = [];
        private readonly Dictionary<(ReviewPeriod, int Organization), ReviewRow> _leadershipRows = [];

        private sealed class MemberState(int organization, SubjectType type, DisciplineLevel discipline, QualityLevel? level)
        {
            public int Organization { get; set; } = organization;
            public SubjectType Type { get; set; } = type;
            public DisciplineLevel Discipline { get; set; } = discipline;
            public QualityLevel? Level { get; set; } = level;
            public ReviewRow? Decision { get; set; }

            /// <summary>The member's id (or the file's key of a new member).</summary>
            public int Member { get; init; }
        }

        public void Check()
        {
            Gather();
            foreach (var row in rows.Where(r => r.Subject != ReviewSubjectKind.Member))
            {
                Assess(row);
            }

            foreach (var row in rows.Where(r => r.Subject == ReviewSubjectKind.Member))
            {
                Assess(row);
                if (row.IsDecision && !row.Failed && _members.GetValueOrDefault((row.Period, row.SubjectKey)) is { } state)
                {
                    state.Level = row.Result!.Level;
                }
            }

            WarnOfQuotas();
        }

        private void Gather()
        {
            var periods = run.Periods.ByYear.Values.Where(p => p.Id != 0).ToDictionary(p => p.Id);
            foreach (var review in reviews.Members.Values)
            {
                if (periods.TryGetValue(review.ReviewPeriodId, out var period))
                {
                    _members[(period, review.MemberId)] = new MemberState(review.OrganizationId, review.SubjectType, review.Discipline, review.Level) { Member = review.MemberId };
                }
            }

            foreach (var row in rows)
            {
                switch (row.Subject)
                {
                    case ReviewSubjectKind.Organization:
                        _organizationRows[(row.Period, row.OrganizationKey, row.Step)] = row;
                        break;
                    case ReviewSubjectKind.Leadership:
                        _leadershipRows.TryAdd((row.Period, row.OrganizationKey), row);
                        break;
                    default:
                        var key = (row.Period, row.SubjectKey);
                        if (!_members.TryGetValue(key, out var state))
                        {
                            _members[key] = state = new MemberState(row.OrganizationKey, row.Facts.MemberType, row.Facts.Discipline, null) { Member = row.SubjectKey };
                        }

                        (state.Organization, state.Type, state.Discipline) = (row.OrganizationKey, row.Facts.MemberType, row.Facts.Discipline);
                        if (row.IsDecision)
                        {
                            state.Level = row.Value.Level;
                            state.Decision = row;
                        }

                        break;
                }
            }

            foreach (var ((period, _), state) in _members)
            {
                var key = (period, state.Organization);
                if (!_byOrganization.TryGetValue(key, out var list))
                {
                    _byOrganization[key] = list = [];
                }

                list.Add(state);
            }
        }

        private List<MemberState> MembersOf(ReviewPeriod period, int organization) => _byOrganization.GetValueOrDefault((period, organization)) ?? [];

        private void Assess(ReviewRow row)
        {
            var period = row.Period;
            var rules = ReviewRuleSet.For(period.RuleSet);
            var organization = run.Organizations.ByKey(row.OrganizationKey);
            var newlyFounded = organization?.IsNewlyFoundedAt(period.ReviewDate) ?? false;
            var members = MembersOf(period, row.OrganizationKey);
            var leaderDisciplined = members.Any(m => m.Type == SubjectType.Leader && m.Discipline != DisciplineLevel.None);
            var entry = Entry(row);

            // The leadership collective's rules read who sat on the cấp ủy in the year; all the members when no seat is recorded.
            var seats = reviews.SeatsIn(period, row.OrganizationKey);
            var collective = seats is null ? members : members.Where(m => seats.Contains(m.Member)).ToList();
            var collectiveDisciplined = seats is null ? leaderDisciplined : collective.Any(m => m.Discipline != DisciplineLevel.None);
            row.Result = row.Subject switch
            {
                ReviewSubjectKind.Organization => rules.AssessOrganization(
                    entry with { SubUnitOrLeaderDisciplined = leaderDisciplined || LeadershipDisciplined(period, row.OrganizationKey) },
                    newlyFounded, MemberCounts.Of(members.Select(m => m.Level)), AffiliatedCellsOf(period, row.OrganizationKey)),
                ReviewSubjectKind.Leadership => rules.AssessLeadership(
                    entry with { SubUnitOrLeaderDisciplined = collectiveDisciplined }, newlyFounded, collective.Any(m => m.Discipline >= DisciplineLevel.Warning)),
                _ => rules.AssessMember(
                    entry with { Unit = row.Facts.MemberType == SubjectType.Leader ? UnitOf(period, row.OrganizationKey, row.Step) : null },
                    row.Slot!.Member.AdmittedOn, period.ReviewDate),
            };
            Report(row);
        }

        /// <summary>
        /// A đảng bộ cơ sở's chi bộ trực thuộc's levels in the period (21-HD's prerequisite reads them): the file's
        /// decision rows, else the stored ones. Null when the organization has no chi bộ trực thuộc.
        /// </summary>
        private MemberCounts? AffiliatedCellsOf(ReviewPeriod period, int organizationKey)
        {
            var cells = run.Organizations.ChildrenOf(organizationKey);
            if (cells.Count == 0)
            {
                return null;
            }

            return MemberCounts.Of(cells.Select(cell =>
                _organizationRows.GetValueOrDefault((period, cell, ReviewStep.Decision)) is { } row
                    ? row.Result?.Level ?? row.Value.Level
                    : reviews.Organizations.GetValueOrDefault((period.Id, cell))?.Level));
        }

        private SubjectEntry Entry(ReviewRow row)
        {
            var (value, facts) = (row.Value, row.Facts);
            var disciplined = row.Subject == ReviewSubjectKind.Member ? facts.Discipline != DisciplineLevel.None : facts.Disciplined;
            return new SubjectEntry(value.Level, value.Score, value.Reason, facts.Note, disciplined, facts.SelfRemedied, facts.LongSickLeave)
            {
                CommonPoints = value.CommonPoints,
                TaskPoints = value.TaskPoints,
                Figures = value.Figures,
                AdjustmentReason = value.AdjustmentReason,
                Subject = row.Type,
                Frame = steps.FrameOf(row.Period, row.Type),
            };
        }

        /// <summary>The rules' errors refuse the row, with the notes that say why; their warnings are told beside it.</summary>
        private static void Report(ReviewRow row)
        {
            var result = row.Result!;
            if (result.HasErrors)
            {
                foreach (var error in result.Errors)
                {
                    row.Outcome.Fail(ImportMessage.Rule(error));
                }

                foreach (var note in result.Findings.Where(f => f.Severity == FindingSeverity.Note && Explains(f.Key)))
                {
                    row.Outcome.Messages.Add(ImportMessage.Rule(note));
                }

                return;
            }

            foreach (var warning in result.Warnings)
            {
                row.Outcome.Messages.Add(ImportMessage.Rule(warning));
            }
        }

        private static bool Explains(string key) =>
            key.StartsWith("Reviews.Finding.Condition", StringComparison.Ordinal) || key is RuleTexts.ScoreLoweredByDiscipline or RuleTexts.ScoreCappedBySickLeave;

        private bool LeadershipDisciplined(ReviewPeriod period, int organization) =>
            _leadershipRows.TryGetValue((period, organization), out var row)
                ? row.Facts.Disciplined
                : period.Id != 0 && reviews.Leadership.GetValueOrDefault((period.Id, organization)) is { Disciplined: true };

        /// <summary>The unit a leader leads: the TCCS they are listed under, at the same step (the file's row, else the stored step), else its decision.</summary>
        private LedUnit? UnitOf(ReviewPeriod period, int organization, ReviewStep step)
        {
            var stored = period.Id == 0 ? null : reviews.Organizations.GetValueOrDefault((period.Id, organization));
            ReviewStep[] order = step == ReviewStep.Decision ? [step] : [step, ReviewStep.Decision];
            foreach (var s in order)
            {
                if (_organizationRows.TryGetValue((period, organization, s), out var row) && !row.Failed && row.Result is { } result)
                {
                    return new LedUnit(result.Level, row.Value.Figures);
                }

                if (stored is not null && steps.Find(period.Id, StepSubject.Organization, stored.Id, s) is { } entry)
                {
                    return new LedUnit(entry.Level, entry.Figures);
                }
            }

            return stored is { Level: { } level } ? new LedUnit(level, TaskFigures.None) : null;
        }

        /// <summary>The excellence quota of each organization whose members' decisions the file gives: a warning, never a refusal.</summary>
        private void WarnOfQuotas()
        {
            foreach (var group in _members.Values.Where(m => m.Decision is { Failed: false }).GroupBy(m => (m.Decision!.Period, m.Organization)))
            {
                var (period, organization) = group.Key;
                var counts = MemberCounts.Of(MembersOf(period, organization).Select(m => m.Level));
                var organizationRow = _organizationRows.GetValueOrDefault((period, organization, ReviewStep.Decision));
                var justification = organizationRow is not null
                    ? organizationRow.Facts.Justification
                    : period.Id == 0 ? null : reviews.Organizations.GetValueOrDefault((period.Id, organization))?.QuotaJustification;
                if (ReviewRuleSet.QuotaFinding(new QuotaCheck(counts.Excellent, counts.Good, period.ExcellenceQuotaPercent), justification) is { } quota)
                {
                    var target = organizationRow is { Failed: false } ? organizationRow : group.Select(m => m.Decision!).MaxBy(r => r.Source.Number)!;
                    target.Outcome.Messages.Add(ImportMessage.Rule(quota));
                }
            }
        }
    }
}
