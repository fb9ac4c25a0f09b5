using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Data.Demo;

// The open 2026 period under Quy định 366 and the movements of 2025–2026 it follows.
internal sealed partial class DemoPlan
{
    /// <summary>
    /// 2026 under Quy định 366, with its three steps (Điều 12). About two organizations in five have started: in some
    /// every subject is decided, in some the proposals wait for the decision, in some only the self-assessments are in.
    /// The levels come from the one rule engine (group points, task figures, conditions). Among them: a 92-point member
    /// proposed HTTNV because only 25 % of the tasks exceeded; decisions lowered for the quota, with the reason; a leader
    /// whose HTXSNV fails because the unit they lead is HTTNV. The steps draw from their own random source, so the rest of
    /// the demo (drawn from the shared one) is exactly as before.
    /// </summary>
    private void Review2026()
    {
        var year = CurrentYear;
        var date = ReviewDate(year);
        var period = PeriodIndex(year);
        var entered = Enumerable.Range(0, Organizations.Count).Where(o => o % 5 is 0 or 3).ToHashSet();
        var organizationScores = Enumerable.Range(0, Organizations.Count).ToDictionary(
            o => o,
            o => o % 3 == 0 ? RandomScore(90, 96) : o % 7 == 0 ? RandomScore(60, 69) : RandomScore(72, 89));
        var stepRandom = new Random(366);
        var rules = ReviewRuleSet.For(RuleSet.Regulation366Guidance43);
        Stage2026 StageOf(int o) => o % 5 == 0 ? Stage2026.Decided : o % 10 == 3 ? Stage2026.Proposed : Stage2026.SelfAssessed;

        // The organizations first: a leader's level depends on the unit they lead.
        var units = new Dictionary<int, (StepValue Value, LedUnit Unit)>();
        foreach (var o in entered)
        {
            var score = organizationScores[o];
            var figures = new TaskFigures(100, score >= PointScale.ExcellentFrom ? 35 : 20, 100);
            var (common, tasks) = SplitPoints(score);
            var entry = new SubjectEntry(null) { CommonPoints = common, TaskPoints = tasks, Figures = figures };
            var level = rules.AssessOrganization(entry, Organizations[o].IsNewlyFoundedAt(date), new MemberCounts(0, 0, 0, 0)).Level;
            var value = new StepValue(level, score, common, tasks, figures);
            units[o] = (value, new LedUnit(level, figures));
        }

        var firstProposed = entered.Where(o => StageOf(o) == Stage2026.Proposed).Min();
        var refusedLeaderUnit = entered.Where(o => StageOf(o) == Stage2026.Decided && units[o].Value.Level == QualityLevel.Good).Min();
        var leaders = new HashSet<int>();
        var proposedHttnvPlaced = false;
        var decidedMembers = new Dictionary<int, List<(MemberReview Review, StepValue Value)>>();
        foreach (var facts in _facts.Where(f => f.LeftOn is null && f.PresentAt(date)).OrderBy(f => f.Organization))
        {
            var review = new MemberReview { ReviewPeriodId = period, MemberId = facts.Index, OrganizationId = facts.Organization };
            if (facts.Story == Story.Exempt)
            {
                review.MarkNotRated(NotRatedReason.Exempt);
            }
            else if (entered.Contains(facts.Organization))
            {
                var o = facts.Organization;
                var draw = _random.Next(1000);
                var score = draw < 140 ? RandomScore(90, 98) : draw < 975 ? RandomScore(70, 89.5m) : draw < 997 ? RandomScore(50, 69.5m) : RandomScore(35, 49.5m);

                // Drawn as before Quy định 366's conditions came in, so that the rest of the demo draws the same numbers.
                if (organizationScores[o] >= PointScale.ExcellentFrom && score < PointScale.CompleteFrom)
                {
                    score = RandomScore(50, 69.5m);
                }

                var figures = new TaskFigures(
                    stepRandom.Next(100) < 94 ? 100 : 90, stepRandom.Next(10, 61), stepRandom.Next(100) < 96 ? 100 : 80);
                if (leaders.Add(o))
                {
                    // The first member listed leads the organization (its Secretary).
                    review.SubjectType = SubjectType.Leader;
                    if (o == refusedLeaderUnit)
                    {
                        (score, figures) = (94, new TaskFigures(100, 40, 100));
                    }
                }
                else if (o == firstProposed && !proposedHttnvPlaced)
                {
                    (score, figures) = (92, new TaskFigures(100, 25, 100));
                    proposedHttnvPlaced = true;
                }

                var (common, tasks) = SplitPoints(score);
                var entry = new SubjectEntry(null)
                {
                    CommonPoints = common, TaskPoints = tasks, Figures = figures, Subject = review.SubjectType, Unit = units[o].Unit,
                };
                var value = new StepValue(rules.AssessMember(entry, Members[facts.Index].AdmittedOn, date).Level, score, common, tasks, figures);
                AddSteps(review, o, facts.Index, StageOf(o), value, stepRandom);
                if (StageOf(o) == Stage2026.Decided)
                {
                    decidedMembers.TryAdd(o, []);
                    decidedMembers[o].Add((review, value));
                }
            }

            MemberReviews.Add(review);
        }

        // One organization proposes more excellent members than its quota allows.
        var crowded = decidedMembers.Where(d => d.Value.Count >= 10).Min(d => d.Key);
        var proposals = decidedMembers[crowded];
        var excellentValue = new StepValue(QualityLevel.Excellent, 95, 28.5m, 66.5m, new TaskFigures(100, 40, 100));
        for (var i = 0; i < proposals.Count
             && proposals.Count(m => m.Value.Level == QualityLevel.Excellent) <= proposals.Count(m => m.Value.Level == QualityLevel.Good) * ReviewPeriod.DefaultExcellenceQuotaPercent / 100; i++)
        {
            if (proposals[i].Value.Level == QualityLevel.Good && proposals[i].Review.SubjectType == SubjectType.Member)
            {
                proposals[i] = (proposals[i].Review, excellentValue);
                Steps.Where(s => s.Review == proposals[i].Review).ToList().ForEach(s => s.Value = excellentValue);
            }
        }

        // The competent body decides within the quota: the excellent members over it are decided HTTNV, with the reason.
        foreach (var (o, members) in decidedMembers)
        {
            var excellent = members.Where(m => m.Value.Level == QualityLevel.Excellent).OrderBy(m => m.Value.Score).ToList();
            var quota = new QuotaCheck(excellent.Count, members.Count(m => m.Value.Level == QualityLevel.Good), ReviewPeriod.DefaultExcellenceQuotaPercent);
            foreach (var (review, value) in excellent.Take(quota.Over))
            {
                var lowered = value with
                {
                    Level = QualityLevel.Good,
                    AdjustmentReason = "Vượt tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ của tổ chức (tối đa 20 % số hoàn thành tốt nhiệm vụ)",
                };
                Steps.Single(s => s.Review == review && s.Step == ReviewStep.Decision).Value = lowered;
            }

            foreach (var (review, _) in members)
            {
                review.ApplyDecision(Steps.Single(s => s.Review == review && s.Step == ReviewStep.Decision).Value);
            }
        }

        for (var o = 0; o < Organizations.Count; o++)
        {
            var review = new OrganizationReview { ReviewPeriodId = period, OrganizationId = o };
            var leadership = new LeadershipReview { ReviewPeriodId = period, OrganizationId = o };
            if (entered.Contains(o))
            {
                var stage = StageOf(o);
                var value = units[o].Value;
                AddSteps(review, o, null, stage, value, stepRandom);
                var leadershipScore = Math.Max(50, value.Score!.Value - RandomScore(0, 4));
                var (common, tasks) = SplitPoints(leadershipScore);
                var leadershipEntry = new SubjectEntry(null) { CommonPoints = common, TaskPoints = tasks, Figures = value.Figures };
                var leadershipValue = new StepValue(
                    rules.AssessLeadership(leadershipEntry, Organizations[o].IsNewlyFoundedAt(date)).Level, leadershipScore, common, tasks, value.Figures);
                if (Organizations[o].HasExecutiveCommittee)
                {
                    AddSteps(leadership, o, null, stage, leadershipValue, stepRandom);
                }

                if (stage == Stage2026.Decided)
                {
                    review.ApplyDecision(value);
                    leadership.ApplyDecision(leadershipValue);
                }

                review.EntryStatus = stage == Stage2026.Decided ? EntryStatus.Accepted : EntryStatus.Open;
                review.LastSavedBy = "staff@demo.local";
                review.LastSavedAt = new DateTime(2026, 11, 20, 2, 30, 0, DateTimeKind.Utc).AddMinutes(o * 7);
                review.MarkChanged();
                var decided = decidedMembers.GetValueOrDefault(o, []).Select(m => m.Review.Level).ToList();
                var counts = MemberCounts.Of(decided);
                var quota = ReviewRuleSet.QuotaFinding(new QuotaCheck(counts.Excellent, counts.Good, ReviewPeriod.DefaultExcellenceQuotaPercent), null);
                review.Warnings = quota?.Vietnamese;
            }

            AddSheet(o, review, leadership);
        }
    }

    private enum Stage2026
    {
        SelfAssessed,
        Proposed,
        Decided,
    }

    /// <summary>The steps a subject has reached: the self-assessment, then the proposal, then the decision, a few days apart.</summary>
    private void AddSteps(ReviewRecord review, int organization, int? member, Stage2026 stage, StepValue value, Random random)
    {
        var subject = review switch
        {
            OrganizationReview => StepSubject.Organization,
            LeadershipReview => StepSubject.Leadership,
            _ => StepSubject.Member,
        };
        var start = new DateTime(2026, 11, 9, 1, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(60 * 24 * 4));
        Steps.Add(new DemoStep(review, subject, organization, member, ReviewStep.SelfAssessment, value, start, "staff@demo.local"));
        if (stage >= Stage2026.Proposed)
        {
            var by = subject == StepSubject.Member && organization == 1 ? "secretary@demo.local" : "staff@demo.local";
            Steps.Add(new DemoStep(review, subject, organization, member, ReviewStep.Proposal, value, start.AddDays(6), by));
        }

        if (stage == Stage2026.Decided)
        {
            Steps.Add(new DemoStep(review, subject, organization, member, ReviewStep.Decision, value, start.AddDays(12), "staff@demo.local"));
        }
    }

    /// <summary>A total split into the two groups of the default frame (30 + 70).</summary>
    private static (decimal Common, decimal Tasks) SplitPoints(decimal score)
    {
        var common = Math.Min(30, Math.Round(score * 0.3m * 2, MidpointRounding.AwayFromZero) / 2);
        return (common, score - common);
    }

    /// <summary>
    /// 2025–2026, in organizations whose 2026 sheets are still open: admissions (some waiting for the official decision,
    /// some overdue), members made official and given cards, transfers (one between two organizations), a death.
    /// </summary>
    private void BuildRecentMovements()
    {
        Targets.Add(new AdmissionTarget { Year = CurrentYear - 1, Target = 130 });
        Targets.Add(new AdmissionTarget { Year = CurrentYear, Target = 140 });
        var open = Enumerable.Range(0, Organizations.Count)
            .Where(o => o % 5 is 2 or 4 && DemoNames.Organizations[o].Size >= 20 && !DemoNames.FoundedIn2019.Contains(o)).ToList();
        Targets.Add(new AdmissionTarget { Year = CurrentYear, OrganizationId = open[0], Target = 4 });
        var period = PeriodIndex(CurrentYear);
        var reviewDate = ReviewDate(CurrentYear);

        MemberFacts Admit(int organization, DateOnly on)
        {
            var facts = AddRecentMember(organization, on, () => on, youngest: 20, official: false);
            AddEvent(facts, MembershipEventKind.Admitted, on);
            return facts;
        }

        // Admitted in 2025: eight made official in 2026 with their cards; six waiting, three of them overdue; two not yet due.
        for (var n = 0; n < 16; n++)
        {
            var on = n switch
            {
                < 8 => RandomDate(new DateOnly(2025, 3, 1), new DateOnly(2025, 7, 31)),
                < 11 => RandomDate(new DateOnly(2025, 8, 1), new DateOnly(2025, 9, 15)),
                < 14 => RandomDate(new DateOnly(2025, 10, 20), new DateOnly(2025, 11, 20)),
                _ => RandomDate(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 20)),
            };
            var facts = Admit(open[n % open.Count], on);
            if (n < 8)
            {
                var officialOn = Probation.EndsOn(on).AddDays(5 + _random.Next(20));
                AddEvent(facts, MembershipEventKind.MadeOfficial, officialOn);
                AddEvent(facts, MembershipEventKind.PartyCardIssued, Min(officialOn.AddDays(20), new DateOnly(2026, 11, 20)), card: NextCardNumber());
            }
        }

        // Admitted in 2026, still on probation.
        for (var n = 0; n < 12; n++)
        {
            Admit(open[(n * 3) % open.Count], RandomDate(new DateOnly(2026, 1, 10), new DateOnly(2026, 11, 15)));
        }

        // Received from outside the committee, already official.
        for (var n = 0; n < 4; n++)
        {
            var facts = AddRecentMember(
                open[(n * 5) % open.Count], RandomDate(new DateOnly(2026, 2, 1), new DateOnly(2026, 10, 30)),
                () => RandomDate(new DateOnly(2005, 1, 1), new DateOnly(2020, 12, 31)), youngest: 22, official: true);
            AddEvent(facts, MembershipEventKind.TransferredIn, facts.JoinedOn, "Từ Đảng bộ tỉnh Khánh Hòa", NextCardNumber());
        }

        // Leaving: five transferred out of the committee, one deceased; one moved between two organizations.
        var present = Shuffle(_facts.Where(f => f.Story == Story.Regular && f.LeftOn is null && open.Contains(f.Organization)
                                              && !_fiveYearMembers.Contains(f)).ToList());
        foreach (var facts in present.Take(5))
        {
            AddEvent(facts, MembershipEventKind.TransferredOut, RandomDate(new DateOnly(2026, 2, 1), new DateOnly(2026, 10, 30)), "Chuyển công tác ra ngoài Khối");
        }

        AddEvent(present[5], MembershipEventKind.Deceased, new DateOnly(2026, 6, 9));
        var moving = present[6];
        var target = open.First(o => o != moving.Organization);
        var movedOn = new DateOnly(2026, 3, 16);
        AddEvent(moving, MembershipEventKind.TransferredOut, movedOn, "Điều động công tác", counterpart: target);
        AddEvent(moving, MembershipEventKind.TransferredIn, movedOn, "Điều động công tác", organization: target, counterpart: moving.Organization);

        // The 2026 period holds whoever belongs at its review date, where they belong then.
        var left = present.Take(6).Select(f => f.Index).ToHashSet();
        MemberReviews.RemoveAll(r => r.ReviewPeriodId == period && left.Contains(r.MemberId));
        MemberReviews.First(r => r.ReviewPeriodId == period && r.MemberId == moving.Index).OrganizationId = target;
        foreach (var facts in _facts.Where(f => f.Story == Story.Recent))
        {
            var review = new MemberReview { ReviewPeriodId = period, MemberId = facts.Index, OrganizationId = facts.Organization };
            if (ReviewRoster.MemberStartsNotRated(Members[facts.Index].AdmittedOn, reviewDate) is { } reason)
            {
                review.MarkNotRated(reason);
            }

            MemberReviews.Add(review);
        }
    }

    /// <summary>
    /// A member who joins the committee in 2025–2026 on <paramref name="joinedOn"/>: the gender is drawn first, then the
    /// admission date, the name, and a birth date making them 35 down to <paramref name="youngest"/> years old at admission.
    /// </summary>
    private MemberFacts AddRecentMember(int organization, DateOnly joinedOn, Func<DateOnly> admission, int youngest, bool official)
    {
        var facts = new MemberFacts(_facts.Count, organization, Story.Recent) { JoinedOn = joinedOn };
        _facts.Add(facts);
        var gender = _random.Next(100) < 50 ? Gender.Male : Gender.Female;
        var admittedOn = admission();
        Members.Add(new Member
        {
            MemberCode = MemberCodes.Format(facts.Index + 1), FullName = RandomName(gender), Gender = gender,
            BirthDate = RandomDate(admittedOn.AddYears(-35), admittedOn.AddYears(-youngest)), AdmittedOn = admittedOn,
            OfficialOn = official ? admittedOn.AddYears(1) : null,
        });
        return facts;
    }
}
