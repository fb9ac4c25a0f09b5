using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data.Identity;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reviews;

namespace PartyReview.IntegrationTests.Reviews;

/// <summary>
/// The three steps of Quy định 366 on the entry grid, through the app's own services, on any database (SQLite and
/// PostgreSQL run the same scenarios). Each scenario first empties the steps of its organization through the grid, so
/// it depends on no step row of the demo.
/// </summary>
public sealed class StepScenarios(AppServices app)
{
    public const int Year = 2026;
    public const string Organization = "TCCS02";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static ClaimsPrincipal Staff => EntryTestContext.Staff;

    public ReviewEntryService Service(string userName = "staff@demo.local") => app.Scope(userName).Get<ReviewEntryService>();

    public Data.PartyReviewDbContext Check() => app.Scope().Db();

    public async Task<int> OrganizationIdAsync(string code = Organization) =>
        await Check().Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Token);

    public static ClaimsPrincipal Secretary(int organizationId) => EntryTestContext.User("secretary@demo.local", AppRoles.Secretary, organizationId);

    public async Task<EntryForm> FormAsync(int organizationId, ReviewStep step, ClaimsPrincipal? user = null, string userName = "staff@demo.local")
    {
        var model = await Service(userName).GetAsync(Year, organizationId, user ?? Staff, step, Token);
        Assert.NotNull(model);
        Assert.Equal(step, model.Step);
        return FormOf(model);
    }

    public async Task<EntrySaveResult> SaveAsync(int organizationId, EntryForm form, ClaimsPrincipal? user = null, string userName = "staff@demo.local") =>
        await Service(userName).SaveAsync(Year, organizationId, form, user ?? Staff, Token);

    /// <summary>Empties the three steps of every line of the organization, as staff, through the grid.</summary>
    public async Task ClearAsync(int organizationId)
    {
        foreach (var step in ReviewSteps.All)
        {
            var form = await FormAsync(organizationId, step);
            foreach (var input in new SubjectInput?[] { form.Organization, form.Leadership }.Concat(form.Members))
            {
                if (input is not null)
                {
                    Empty(input);
                }
            }

            form.Members.ForEach(m => { m.Discipline = DisciplineLevel.None; m.LongSickLeave = false; m.SubjectType = SubjectType.Member; });
            if (form.Leadership is not null)
            {
                form.Leadership.Disciplined = false;
            }

            var result = await SaveAsync(organizationId, form);
            Assert.Equal(EntrySaveOutcome.Saved, result.Outcome);
        }
    }

    public static void Empty(SubjectInput input)
    {
        input.Level = null;
        input.Reason = null;
        input.Score = null;
        input.CommonPoints = null;
        input.TaskPoints = null;
        input.OnTime = null;
        input.Exceeded = null;
        input.Remedied = null;
        input.AdjustmentReason = null;
    }

    public static void Points(SubjectInput input, string common, string tasks, string? onTime = "100", string? exceeded = null, string? remedied = "100")
    {
        Empty(input);
        input.CommonPoints = common;
        input.TaskPoints = tasks;
        input.OnTime = onTime;
        input.Exceeded = exceeded;
        input.Remedied = remedied;
    }

    /// <summary>The form as the page posts it, from what the grid shows.</summary>
    public static EntryForm FormOf(EntryViewModel model)
    {
        T Fill<T>(T input, SubjectRow row)
            where T : SubjectInput
        {
            input.Level = row.Level;
            input.Score = row.Score;
            input.Reason = row.Reason;
            input.Note = row.Note;
            input.Disciplined = row.Disciplined;
            input.CommonPoints = row.CommonPoints;
            input.TaskPoints = row.TaskPoints;
            input.OnTime = row.OnTime;
            input.Exceeded = row.Exceeded;
            input.Remedied = row.Remedied;
            input.AdjustmentReason = row.AdjustmentReason;
            input.Keep = !row.MayRecord;
            return input;
        }

        return new EntryForm
        {
            Version = model.Version,
            Step = model.Step,
            Organization = Fill(new SubjectInput(), model.Organization),
            Leadership = model.Leadership is null ? null : Fill(new SubjectInput(), model.Leadership),
            QuotaJustification = model.QuotaJustification,
            Members = [.. model.Members.Select(m => Fill(
                new MemberInput { ReviewId = m.ReviewId, Discipline = m.Discipline, LongSickLeave = m.LongSickLeave, SubjectType = m.SubjectType }, m))],
        };
    }

    public async Task<List<ReviewStepEntry>> StepsOfAsync(int reviewId) =>
        await Check().ReviewSteps.AsNoTracking().Where(s => s.Subject == StepSubject.Member && s.ReviewId == reviewId).OrderBy(s => s.Step).ToListAsync(Token);

    /// <summary>
    /// A member self-assesses 95 points, the chi bộ proposes 92 with 25 % of tasks exceeded (HTTNV: the unmet
    /// condition named), the decision lowers it to HTNV with its reason: three values kept apart, the decision on the
    /// review, each step audited once.
    /// </summary>
    public async Task ThreeStepsAreKeptApartAndTheDecisionIsOfficialAsync()
    {
        var organizationId = await OrganizationIdAsync();
        await ClearAsync(organizationId);

        var self = await FormAsync(organizationId, ReviewStep.SelfAssessment);
        var reviewId = self.Members[0].ReviewId;
        Points(self.Members[0], "30", "65", exceeded: "40");
        var saved = await SaveAsync(organizationId, self);
        Assert.Equal(EntrySaveOutcome.Saved, saved.Outcome);
        Assert.Equal(QualityLevel.Excellent, saved.Model!.Members[0].ResultingLevel);

        var proposal = await FormAsync(organizationId, ReviewStep.Proposal);
        Points(proposal.Members[0], "28", "64", exceeded: "25");
        saved = await SaveAsync(organizationId, proposal);
        Assert.Equal(EntrySaveOutcome.Saved, saved.Outcome);
        var proposed = saved.Model!.Members[0];
        Assert.Equal(QualityLevel.Good, proposed.ResultingLevel);
        Assert.Contains(proposed.Findings, f => f.Key == RuleTexts.ConditionExceeded && f.Vietnamese == "Chưa đạt điều kiện HTXSNV: nhiệm vụ hoàn thành vượt mức yêu cầu 25 % (cần ít nhất 30 %).");
        Assert.Contains(proposed.OtherSteps, o => o.Step == ReviewStep.SelfAssessment && o.Value!.Score == 95 && o.Value.Level == QualityLevel.Excellent);

        // Above the computed level: refused with the reason, nothing written.
        var decision = await FormAsync(organizationId, ReviewStep.Decision);
        Points(decision.Members[0], "28", "64", exceeded: "25");
        decision.Members[0].Level = QualityLevel.Excellent;
        var refused = await SaveAsync(organizationId, decision);
        Assert.Equal(EntrySaveOutcome.Invalid, refused.Outcome);
        Assert.Contains(refused.Model!.Members[0].Errors, e => e.Key == RuleTexts.LevelAboveComputed);

        // Below it without a reason: refused; with the reason: saved.
        decision.Members[0].Level = QualityLevel.Complete;
        refused = await SaveAsync(organizationId, decision);
        Assert.Equal(EntrySaveOutcome.Invalid, refused.Outcome);
        Assert.Contains(refused.Model!.Members[0].Errors, e => e.Key == RuleTexts.AdjustmentReasonNeeded);
        Assert.Null((await Check().MemberReviews.AsNoTracking().SingleAsync(r => r.Id == reviewId, Token)).Level);

        decision.Members[0].AdjustmentReason = "Vượt tỷ lệ HTXSNV, HTTNV của đơn vị";
        saved = await SaveAsync(organizationId, decision);
        Assert.Equal(EntrySaveOutcome.Saved, saved.Outcome);
        var decided = saved.Model!.Members[0];
        Assert.Equal(QualityLevel.Complete, decided.Level);
        Assert.Contains(decided.OtherSteps, o => o.Step == ReviewStep.Proposal && o.Value!.Level == QualityLevel.Good && o.RecordedBy == "staff@demo.local");

        var steps = await StepsOfAsync(reviewId);
        Assert.Equal([ReviewStep.SelfAssessment, ReviewStep.Proposal, ReviewStep.Decision], steps.Select(s => s.Step));
        Assert.Equal((95m, QualityLevel.Excellent, 40m), (steps[0].Score!.Value, steps[0].Level!.Value, steps[0].ExceededPercent!.Value));
        Assert.Equal((92m, 28m, 64m, QualityLevel.Good, 25m), (steps[1].Score!.Value, steps[1].CommonPoints!.Value, steps[1].TaskPoints!.Value, steps[1].Level!.Value, steps[1].ExceededPercent!.Value));
        Assert.Equal((92m, QualityLevel.Complete, "Vượt tỷ lệ HTXSNV, HTTNV của đơn vị"), (steps[2].Score!.Value, steps[2].Level!.Value, steps[2].AdjustmentReason));
        Assert.All(steps, s => Assert.Equal("staff@demo.local", s.RecordedBy));

        var review = await Check().MemberReviews.AsNoTracking().SingleAsync(r => r.Id == reviewId, Token);
        Assert.Equal((QualityLevel.Complete, 92m), (review.Level!.Value, review.Score!.Value));

        // Each step change is one audit line, old → new, after the clearing.
        var entityId = $"{StepSubject.Member}:{reviewId}";
        var audit = await Check().AuditEntries.AsNoTracking().Where(a => a.EntityId == entityId && a.EntityType == nameof(ReviewStepEntry)).ToListAsync(Token);
        Assert.Single(audit, a => a.Field == "StepSelfAssessment" && a.NewValue!.StartsWith("95 điểm (30 + 65), HTXSNV", StringComparison.Ordinal));
        Assert.Single(audit, a => a.Field == "StepProposal" && a.NewValue!.StartsWith("92 điểm (28 + 64), HTTNV", StringComparison.Ordinal));
        Assert.Single(audit, a => a.Field == "StepDecision" && a.NewValue!.Contains("HTNV", StringComparison.Ordinal) && a.NewValue.Contains("lý do điều chỉnh", StringComparison.Ordinal));

        // Saving the same values again records nothing new.
        var again = await FormAsync(organizationId, ReviewStep.Decision);
        Assert.Equal(EntrySaveOutcome.Saved, (await SaveAsync(organizationId, again)).Outcome);
        Assert.Equal(audit.Count, await Check().AuditEntries.CountAsync(a => a.EntityId == entityId && a.EntityType == nameof(ReviewStepEntry), Token));

        // The decision emptied: its row goes, and the audit says what it held.
        var emptied = await FormAsync(organizationId, ReviewStep.Decision);
        Empty(emptied.Members[0]);
        Assert.Equal(EntrySaveOutcome.Saved, (await SaveAsync(organizationId, emptied)).Outcome);
        Assert.DoesNotContain(await StepsOfAsync(reviewId), s => s.Step == ReviewStep.Decision);
        Assert.Null((await Check().MemberReviews.AsNoTracking().SingleAsync(r => r.Id == reviewId, Token)).Level);
        var removal = await Check().AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == entityId && a.Field == "StepDecision" && a.NewValue == null).ToListAsync(Token);
        Assert.Contains("lý do điều chỉnh", Assert.Single(removal).OldValue, StringComparison.Ordinal);
    }

    /// <summary>The Secretary records the members' proposal and decision, but not the TCCS's proposal or decision, nor a leader's decision.</summary>
    public async Task TheSecretaryDecidesMembersButNotTheOrganizationAsync()
    {
        var organizationId = await OrganizationIdAsync();
        await ClearAsync(organizationId);
        var secretary = Secretary(organizationId);
        const string user = "secretary@demo.local";

        var proposal = await FormAsync(organizationId, ReviewStep.Proposal, secretary, user);
        Points(proposal.Members[0], "25", "55");
        Assert.Equal(EntrySaveOutcome.Saved, (await SaveAsync(organizationId, proposal, secretary, user)).Outcome);

        var decision = await FormAsync(organizationId, ReviewStep.Decision, secretary, user);
        Assert.True(decision.Organization.Keep);
        Points(decision.Members[0], "25", "55");
        var saved = await SaveAsync(organizationId, decision, secretary, user);
        Assert.Equal(EntrySaveOutcome.Saved, saved.Outcome);
        Assert.False(saved.Model!.Organization.MayRecord);
        var reviewId = decision.Members[0].ReviewId;
        Assert.Equal(QualityLevel.Good, (await Check().MemberReviews.AsNoTracking().SingleAsync(r => r.Id == reviewId, Token)).Level);
        Assert.All(await StepsOfAsync(reviewId), s => Assert.Equal(user, s.RecordedBy));

        // The TCCS's decision typed anyway: refused beside its row, nothing written.
        var tccs = await FormAsync(organizationId, ReviewStep.Decision, secretary, user);
        tccs.Organization.Keep = false;
        Points(tccs.Organization, "28", "62");
        var refused = await SaveAsync(organizationId, tccs, secretary, user);
        Assert.Equal(EntrySaveOutcome.Invalid, refused.Outcome);
        Assert.Contains(refused.Model!.Organization.Errors, e => e.Key == ReviewsMessages.StepNotAllowed);
        var check = Check();
        var periodId = await check.ReviewPeriods.Where(p => p.Year == Year && p.CommitteeId == check.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);
        var sheetId = await Check().OrganizationReviews.Where(r => r.OrganizationId == organizationId && r.ReviewPeriodId == periodId).Select(r => r.Id).SingleAsync(Token);
        Assert.False(await Check().ReviewSteps.AnyAsync(s => s.Subject == StepSubject.Organization && s.ReviewId == sheetId, Token));

        // Nor a leader's decision: the line is kept as it was.
        var leader = await FormAsync(organizationId, ReviewStep.Decision, secretary, user);
        leader.Members[1].SubjectType = SubjectType.Leader;
        Points(leader.Members[1], "28", "62");
        refused = await SaveAsync(organizationId, leader, secretary, user);
        Assert.Equal(EntrySaveOutcome.Invalid, refused.Outcome);
        Assert.Contains(refused.Model!.Members[1].Errors, e => e.Key == ReviewsMessages.StepNotAllowed);
    }

    /// <summary>"Accept every proposal": only the proposals that pass the rules unchanged and that the user may decide.</summary>
    public async Task AcceptingAllTakesOnlyUnchangedValidProposalsAsync()
    {
        var organizationId = await OrganizationIdAsync();
        await ClearAsync(organizationId);

        // Proposals: a member at HTTNV (25 % exceeded), a leader at HTXSNV (the unit not known yet), a member at HTTNV.
        var proposal = await FormAsync(organizationId, ReviewStep.Proposal);
        Points(proposal.Members[0], "28", "64", exceeded: "25");
        proposal.Members[1].SubjectType = SubjectType.Leader;
        Points(proposal.Members[1], "30", "65", exceeded: "40");
        Points(proposal.Members[2], "25", "55");
        Assert.Equal(EntrySaveOutcome.Saved, (await SaveAsync(organizationId, proposal)).Outcome);

        // The decision: the TCCS at HTTNV (so its leader can no longer be HTXSNV); the third member decided otherwise.
        var decision = await FormAsync(organizationId, ReviewStep.Decision);
        Points(decision.Organization, "25", "60");
        Points(decision.Members[2], "20", "55");
        var saved = await SaveAsync(organizationId, decision);
        Assert.Equal(EntrySaveOutcome.Saved, saved.Outcome);
        Assert.Equal(2, saved.Model!.ProposalsWaiting);

        var stale = saved.Model.Version - 1;
        var conflict = await Service().AcceptProposalsAsync(Year, organizationId, stale, Staff, Token);
        Assert.Equal(EntrySaveOutcome.Conflict, conflict.Outcome);

        var report = await Service().AcceptProposalsAsync(Year, organizationId, saved.Model.Version, Staff, Token);
        Assert.Equal(EntrySaveOutcome.Saved, report.Outcome);
        Assert.Equal(1, report.Accepted);
        Assert.Equal(2, report.Left.Count);
        var members = saved.Model.Members;
        Assert.Contains(report.Left, l => l.Subject == members[1].FullName && l.Why.Contains("HTXSNV", StringComparison.Ordinal));
        Assert.Contains(report.Left, l => l.Subject == members[2].FullName);
        Assert.Contains("1", report.Message, StringComparison.Ordinal);

        var accepted = (await StepsOfAsync(members[0].ReviewId)).Single(s => s.Step == ReviewStep.Decision);
        Assert.Equal((92m, QualityLevel.Good, 25m), (accepted.Score!.Value, accepted.Level!.Value, accepted.ExceededPercent!.Value));
        Assert.Equal(QualityLevel.Good, (await Check().MemberReviews.AsNoTracking().SingleAsync(r => r.Id == members[0].ReviewId, Token)).Level);
        Assert.DoesNotContain(await StepsOfAsync(members[1].ReviewId), s => s.Step == ReviewStep.Decision);
        Assert.Equal(75m, (await StepsOfAsync(members[2].ReviewId)).Single(s => s.Step == ReviewStep.Decision).Score);
    }
}
