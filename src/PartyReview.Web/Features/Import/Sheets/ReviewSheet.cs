using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Domain.Reviews.Steps;
using static PartyReview.Web.Features.Import.RowCells;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// The Reviews sheet: each row gives one step's value (Quy định 366: self-assessment, proposal or decision; other rule
/// sets: the decision only) for an organization, its leadership collective or a member in the period of its year,
/// matched to the review that exists. Every row is read first, then checked by the period's rules
/// (<see cref="ReviewRuleSet"/>, the one rule engine the grid uses too) against the file and the data together, then
/// written: under 366 as its step (<see cref="ReviewStepEntry"/>), a decision also as the review's official value;
/// in other years as the official value. Nothing of a locked period is added or changed. Then the open periods' lists
/// follow the changed ledgers (<see cref="OpenPeriodRosters"/>).
/// </summary>
internal sealed partial class ReviewSheet(ImportRun run)
{
    /// <summary>The columns of a step's points, figures and adjustment: none of them for a subject not rated.</summary>
    private static readonly string[] StepColumns = ["CommonPoints", "TaskPoints", "OnTimePercent", "ExceededPercent", "RemediedPercent", "AdjustmentReason"];

    private readonly Dictionary<(int Year, ReviewSubjectKind Kind, object Subject, ReviewStep Step), int> _seen = [];
    private readonly Dictionary<(int Year, ReviewSubjectKind Kind, object Subject), ReviewRow> _firstOfSubject = [];
    private readonly Dictionary<(ReviewPeriod Period, ReviewSubjectKind Kind, int Subject), ReviewRecord> _added = [];
    private readonly List<(ReviewRecord Review, ReviewStepEntry Step)> _pendingSteps = [];
    private ReviewLookup _reviews = null!;
    private StepLookup _steps = null!;

    /// <summary>One step's value as the row gives it.</summary>
    private sealed record StepInput(
        QualityLevel? Level, decimal? Score, NotRatedReason? Reason, decimal? CommonPoints, decimal? TaskPoints, TaskFigures Figures, string? AdjustmentReason);

    /// <summary>What belongs to the subject rather than to one step: the same on every step row of the subject.</summary>
    private sealed record SubjectFacts(
        int OrganizationKey, SubjectType MemberType, DisciplineLevel Discipline, bool Disciplined, bool SelfRemedied, bool LongSickLeave, string? Justification, string? Note);

    private sealed class ReviewRow
    {
        public required ParsedRow Source { get; init; }
        public required RowOutcome Outcome { get; init; }
        public required ReviewPeriod Period { get; init; }
        public required ReviewSubjectKind Subject { get; init; }
        public required MemberSlot? Slot { get; init; }
        public required ReviewStep Step { get; init; }
        public required StepInput Value { get; init; }
        public required SubjectFacts Facts { get; init; }
        public Assessment? Result { get; set; }

        public int OrganizationKey => Facts.OrganizationKey;

        /// <summary>The period keeps the three steps apart (Quy định 366); other rule sets keep the decided value only.</summary>
        public bool UsesSteps => Period.RuleSet.UsesPointScale();

        public bool IsDecision => Step == ReviewStep.Decision;

        public bool Failed => Outcome.Status == RowStatus.Error;

        public int SubjectKey => Slot?.Key ?? OrganizationKey;

        public SubjectType Type => Subject switch
        {
            ReviewSubjectKind.Organization => SubjectType.Organization,
            ReviewSubjectKind.Leadership => SubjectType.Leadership,
            _ => Facts.MemberType,
        };
    }

    public async Task ImportAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
    {
        _reviews = new ReviewLookup(run);
        await _reviews.LoadAsync(cancellationToken);
        _steps = new StepLookup(run);
        await _steps.LoadAsync(cancellationToken);

        var read = new List<ReviewRow>();
        foreach (var row in rows)
        {
            var outcome = run.Outcome(row, SubjectText(row));
            if (Read(row, outcome) is { } parsed)
            {
                read.Add(parsed);
            }
        }

        new ReviewRules(run, _reviews, _steps, read.Where(r => !r.Failed).ToList()).Check();

        foreach (var row in read.Where(r => !r.Failed))
        {
            Apply(row);
        }

        new OpenPeriodRosters(run, _reviews).Follow();

        // The steps of reviews this run adds refer to their ids: written once the reviews are.
        if (_pendingSteps.Count > 0 && await run.FlushAsync(cancellationToken))
        {
            foreach (var (review, step) in _pendingSteps)
            {
                step.ReviewId = review.Id;
                step.ReviewPeriodId = review.ReviewPeriodId;
                run.Db.ReviewSteps.Add(step);
            }
        }
    }

    private static string SubjectText(ParsedRow row)
    {
        var text = $"{row["Year"]} · {row["Subject"]} {Code(row["MemberCode"]) ?? Code(row["OrganizationCode"])}";
        return row["Step"] is { } step ? $"{text} · {step}" : text;
    }

    /// <summary>The reasons a row's subject can have, to settle a spelling such as "dưới 6 tháng": a member is newly admitted, an organization newly founded.</summary>
    private static Func<NotRatedReason, bool>? ReasonsOf(ReviewSubjectKind? subject) => subject switch
    {
        ReviewSubjectKind.Member => r => r != NotRatedReason.NewlyFounded,
        ReviewSubjectKind.Organization or ReviewSubjectKind.Leadership => r => r != NotRatedReason.NewlyAdmitted,
        _ => null,
    };

    private ReviewRow? Read(ParsedRow row, RowOutcome outcome)
    {
        var year = Integer(row, "Year", 2000, 2100, outcome, required: true);
        var subject = Parse(row, "Subject", ImportSpellings.SubjectKinds, ImportMessages.UnreadableSubject, outcome, required: true);
        var step = Parse(row, "Step", ImportSpellings.Steps, ImportMessages.UnreadableStep, outcome) ?? ReviewStep.Decision;
        var level = Parse(row, "Level", ImportSpellings.Levels, ImportMessages.UnreadableLevel, outcome);
        var score = Percent(row, "Score", outcome);
        var reason = Parse(row, "Reason", ImportSpellings.Reasons, ImportMessages.UnreadableReason, outcome, false, ReasonsOf(subject),
            string.Join("; ", NotRatedReasons.All.Select(r => r.VietnameseName())));
        var common = Percent(row, "CommonPoints", outcome);
        var tasks = Percent(row, "TaskPoints", outcome);
        var figures = new TaskFigures(Percent(row, "OnTimePercent", outcome), Percent(row, "ExceededPercent", outcome), Percent(row, "RemediedPercent", outcome));
        var adjustment = Text(row, "AdjustmentReason", ReviewStepEntry.ReasonMaxLength, outcome);
        var memberType = Parse(row, "MemberType", ImportSpellings.MemberTypes, ImportMessages.UnreadableMemberType, outcome);
        var note = Text(row, "Note", ReviewRecord.NoteMaxLength, outcome);
        var justification = Text(row, "QuotaJustification", OrganizationReview.JustificationMaxLength, outcome);
        var organization = run.Organizations.Find(row, "OrganizationCode", outcome, required: subject is ReviewSubjectKind.Organization or ReviewSubjectKind.Leadership);
        ReviewPeriod? period = null;
        if (year is { } y && !run.Periods.ByYear.TryGetValue(y, out period))
        {
            outcome.Fail(row.At("Year", ImportMessages.ReviewNoPeriod, Number(y)));
        }

        CheckRating(row, outcome, period, level, score, reason);
        if (reason is not null && StepColumns.FirstOrDefault(k => row[k] is not null) is { } pointed)
        {
            outcome.Fail(row.At(pointed, ImportMessages.ReviewPointsAndReason));
        }

        if (period is not null && !period.RuleSet.UsesPointScale())
        {
            var ruleSet = ImportSpellings.ShortName(period.RuleSet);
            if (step != ReviewStep.Decision)
            {
                outcome.Fail(row.At("Step", ImportMessages.ReviewStepNotUsed, Number(period.Year), ruleSet));
            }

            if (adjustment is not null)
            {
                outcome.Fail(row.At("AdjustmentReason", ImportMessages.ReviewOnly366, Number(period.Year), ruleSet));
            }
        }

        var slot = subject == ReviewSubjectKind.Member ? ReadMember(row, outcome) : null;
        if (subject != ReviewSubjectKind.Member && row["MemberCode"] is not null)
        {
            outcome.Fail(row.At("MemberCode", ImportMessages.ReviewMemberCodeNotMember));
        }

        if (subject != ReviewSubjectKind.Member && memberType is not null)
        {
            outcome.Fail(row.At("MemberType", ImportMessages.ReviewMemberTypeNotMember));
        }

        if (subject != ReviewSubjectKind.Organization && justification is not null)
        {
            outcome.Fail(row.At("QuotaJustification", ImportMessages.ReviewJustificationNotOrganization));
        }

        var (discipline, disciplined) = ReadDiscipline(row, outcome, subject);
        var selfRemedied = Parse(row, "SelfRemedied", ImportSpellings.Flags, ImportMessages.UnreadableFlag, outcome) ?? false;
        var sickLeave = Parse(row, "LongSickLeave", ImportSpellings.Flags, ImportMessages.UnreadableFlag, outcome) ?? false;
        if (subject != ReviewSubjectKind.Member && (selfRemedied || sickLeave))
        {
            outcome.Fail(new ImportMessage(ImportMessages.ReviewMemberOnlyFlags));
        }

        if (subject == ReviewSubjectKind.Leadership && organization is { HasExecutiveCommittee: false })
        {
            outcome.Fail(row.At("OrganizationCode", ImportMessages.ReviewNoExecutiveCommittee, organization.Code));
        }

        var organizationKey = ReviewedIn(row, outcome, subject, organization, slot, period);
        if (outcome.Status == RowStatus.Error)
        {
            return null;
        }

        var parsed = new ReviewRow
        {
            Source = row, Outcome = outcome, Period = period!, Subject = subject!.Value, Slot = slot, Step = step,
            Value = new StepInput(level, score, reason, common, tasks, figures, adjustment),
            Facts = new SubjectFacts(organizationKey!.Value, memberType ?? SubjectType.Member, discipline, disciplined, selfRemedied, sickLeave, justification, note),
        };
        object key = parsed.Subject == ReviewSubjectKind.Member ? slot! : organization!;
        if (!_seen.TryAdd((period!.Year, parsed.Subject, key, step), row.Number))
        {
            outcome.Fail(new ImportMessage(ImportMessages.ReviewDuplicate, Number(_seen[(period.Year, parsed.Subject, key, step)])));
            return null;
        }

        if (!_firstOfSubject.TryAdd((period.Year, parsed.Subject, key), parsed) && _firstOfSubject[(period.Year, parsed.Subject, key)] is { } first
            && first.Facts != parsed.Facts)
        {
            outcome.Fail(new ImportMessage(ImportMessages.ReviewStepFieldsDiffer, Number(first.Source.Number)));
            return null;
        }

        return parsed;
    }

    /// <summary>A number (a score, a group's points or a task figure), any value the rules may then refuse.</summary>
    private static decimal? Percent(ParsedRow row, string key, RowOutcome outcome) =>
        Parse(row, key, ImportSpellings.Number, ImportMessages.UnreadableNumber, outcome, false, Number(0), Number(100));

    private static void CheckRating(ParsedRow row, RowOutcome outcome, ReviewPeriod? period, QualityLevel? level, decimal? score, NotRatedReason? reason)
    {
        if (score is < 0 or > 100)
        {
            outcome.Fail(row.At("Score", ImportMessages.ReviewScoreOutOfRange));
            score = null;
        }

        if (level is not null && reason is not null)
        {
            outcome.Fail(row.At("Reason", ImportMessages.ReviewLevelAndReason));
        }

        if (score is not null && reason is not null)
        {
            outcome.Fail(row.At("Score", ImportMessages.ReviewScoreAndReason));
        }

        if (level is null && score is not null && period is not null && !period.RuleSet.UsesPointScale() && outcome.Status != RowStatus.Error)
        {
            outcome.Fail(row.At("Level", ImportMessages.ReviewLevelNeeded, Number(period.Year)));
        }
    }

    private MemberSlot? ReadMember(ParsedRow row, RowOutcome outcome)
    {
        var memberCode = Code(row["MemberCode"]);
        MemberSlot? slot = null;
        if (memberCode is null)
        {
            outcome.Fail(row.At("MemberCode", ImportMessages.CellEmpty));
        }
        else if (!run.Members.ByCode.TryGetValue(memberCode, out slot))
        {
            outcome.Fail(row.At("MemberCode", ImportMessages.ReviewUnknownMember, memberCode));
        }
        else if (slot.Invalid)
        {
            outcome.Fail(new ImportMessage(ImportMessages.ReviewMemberInvalid, memberCode));
        }

        return slot;
    }

    private static (DisciplineLevel Discipline, bool Disciplined) ReadDiscipline(ParsedRow row, RowOutcome outcome, ReviewSubjectKind? subject)
    {
        if (row["Discipline"] is not { } text)
        {
            return (DisciplineLevel.None, false);
        }

        if (subject == ReviewSubjectKind.Member)
        {
            return (Parse(row, "Discipline", ImportSpellings.Disciplines, ImportMessages.UnreadableDiscipline, outcome) ?? DisciplineLevel.None, false);
        }

        if (subject == ReviewSubjectKind.Leadership)
        {
            bool? flag = ImportSpellings.Flag(text);
            if (flag is null && ImportSpellings.Discipline(text) is { } heaviest)
            {
                flag = heaviest != DisciplineLevel.None;
            }

            if (flag is null)
            {
                outcome.Fail(row.At("Discipline", ImportMessages.UnreadableFlag, text));
            }

            return (DisciplineLevel.None, flag ?? false);
        }

        if (ImportSpellings.Flag(text) != false && ImportSpellings.Discipline(text) != DisciplineLevel.None)
        {
            outcome.Fail(row.At("Discipline", ImportMessages.ReviewOrganizationNoDiscipline));
        }

        return (DisciplineLevel.None, false);
    }

    /// <summary>Where the subject was reviewed: as written, or for a member where the ledger placed them on the review date.</summary>
    private int? ReviewedIn(ParsedRow row, RowOutcome outcome, ReviewSubjectKind? subject, Organization? organization, MemberSlot? slot, ReviewPeriod? period)
    {
        int? organizationKey = organization is null ? null : run.Organizations.KeyOf(organization);
        if (subject == ReviewSubjectKind.Member && slot is not null && !slot.Invalid && organizationKey is null && period is not null)
        {
            organizationKey = MemberLookup.StateOn(slot, period.ReviewDate).OrganizationId;
            if (organizationKey is null)
            {
                outcome.Fail(row.At("OrganizationCode", ImportMessages.ReviewMemberNowhere, VietnameseFormat.Date(period.ReviewDate)));
            }
        }

        return organizationKey;
    }

    /// <summary>The value the row records: what the rules made of it (the computed level when none is typed).</summary>
    private static StepValue ValueOf(ReviewRow row)
    {
        var result = row.Result!;
        var v = row.Value;
        return new StepValue(result.Level, result.Score, v.CommonPoints, v.TaskPoints, v.Figures, result.Reason, v.AdjustmentReason);
    }

    private void Apply(ReviewRow row)
    {
        var period = row.Period;
        var slot = row.Slot;
        var outcome = row.Outcome;
        var locked = run.Periods.LockedYears.Contains(period.Year);
        ReviewRecord? existing = row.Subject switch
        {
            ReviewSubjectKind.Organization => period.Id == 0 ? null : _reviews.Organizations.GetValueOrDefault((period.Id, row.OrganizationKey)),
            ReviewSubjectKind.Leadership => period.Id == 0 ? null : _reviews.Leadership.GetValueOrDefault((period.Id, row.OrganizationKey)),
            _ => _reviews.MemberReview(period, slot!),
        };
        if (slot is not null)
        {
            _reviews.InFile.Add((period, slot));
        }

        var addedKey = (period, row.Subject, row.SubjectKey);
        var added = existing is null ? _added.GetValueOrDefault(addedKey) : null;
        var review = existing ?? added ?? row.Subject switch
        {
            ReviewSubjectKind.Organization => new OrganizationReview { OrganizationId = row.OrganizationKey },
            ReviewSubjectKind.Leadership => new LeadershipReview { OrganizationId = row.OrganizationKey },
            _ => (ReviewRecord)new MemberReview { OrganizationId = row.OrganizationKey, MemberId = slot!.Key },
        };
        var before = ReviewLookup.Describe(review);
        var official = (review.Level, review.Score, review.NotRatedReason);
        var value = ValueOf(row);
        WriteFacts(review, row.Facts);
        var stepWritten = false;
        if (!row.UsesSteps)
        {
            WriteDecided(review, value);
        }
        else
        {
            if (row.IsDecision)
            {
                review.ApplyDecision(value);
            }

            stepWritten = WriteStep(row, review, existing, value, official);
        }

        if (existing is null && review is OrganizationReview sheet)
        {
            sheet.EntryStatus = review.Level is null && review.NotRatedReason is null ? EntryStatus.Open : EntryStatus.Accepted;
        }

        if (existing is not null)
        {
            if (!stepWritten && before == ReviewLookup.Describe(review))
            {
                return;
            }

            if (locked)
            {
                outcome.Fail(new ImportMessage(ImportMessages.ReviewLockedChange, Number(period.Year)));
                return;
            }

            if (existing is OrganizationReview changed && before != ReviewLookup.Describe(review))
            {
                changed.MarkChanged();
            }

            outcome.Status = RowStatus.Updated;
            return;
        }

        if (locked)
        {
            outcome.Fail(new ImportMessage(ImportMessages.ReviewLockedAdd, Number(period.Year)));
            return;
        }

        if (added is null)
        {
            _added[addedKey] = review;
            _reviews.Add(review, period, slot);
            outcome.Status = RowStatus.New;
        }
        else if (stepWritten || before != ReviewLookup.Describe(review))
        {
            outcome.Status = RowStatus.New;
        }
    }

    /// <summary>
    /// The row's step: added, or changed when it holds another value. An empty value adds no step; nor does a decision
    /// the review already holds as its official value from before the steps were kept (nothing to tell apart).
    /// </summary>
    private bool WriteStep(ReviewRow row, ReviewRecord review, ReviewRecord? existing, StepValue value, (QualityLevel?, decimal?, NotRatedReason?) official)
    {
        var subject = ReviewSteps.StepSubjectOf(row.Type);
        var stored = existing is null ? null : _steps.Find(row.Period.Id, subject, existing.Id, row.Step);
        if (stored is not null)
        {
            if (stored.Holds(value))
            {
                return false;
            }

            stored.Set(value, run.UserName, run.Now);
            stored.OrganizationId = row.OrganizationKey;
            return true;
        }

        if (value.IsEmpty && value.AdjustmentReason is null)
        {
            return false;
        }

        if (row.IsDecision && existing is not null && official == (value.Level, value.Score, value.Reason)
            && value.CommonPoints is null && value.TaskPoints is null && value.Figures.IsEmpty && value.AdjustmentReason is null
            && !_steps.HasAny(row.Period.Id, subject, existing.Id))
        {
            return false;
        }

        var step = new ReviewStepEntry
        {
            ReviewPeriodId = row.Period.Id, Subject = subject, ReviewId = review.Id, OrganizationId = row.OrganizationKey, MemberId = row.Slot?.Key, Step = row.Step,
        };
        step.Set(value, run.UserName, run.Now);
        if (review.Id != 0)
        {
            run.Db.ReviewSteps.Add(step);
        }
        else
        {
            _pendingSteps.Add((review, step));
        }

        return true;
    }

    /// <summary>A period without steps: the row's value is the review's official one, as always.</summary>
    private static void WriteDecided(ReviewRecord review, StepValue value)
    {
        if (value.Level is { } l)
        {
            review.Rate(l, value.Score);
        }
        else if (value.Reason is { } r)
        {
            review.MarkNotRated(r);
        }
        else
        {
            review.ClearRating();
        }
    }

    private static void WriteFacts(ReviewRecord review, SubjectFacts facts)
    {
        review.Note = facts.Note;
        switch (review)
        {
            case OrganizationReview o:
                o.QuotaJustification = facts.Justification;
                break;
            case LeadershipReview leadership:
                leadership.Disciplined = facts.Disciplined;
                break;
            case MemberReview m:
                m.SubjectType = facts.MemberType;
                m.Discipline = facts.Discipline;
                m.SelfRemedied = facts.SelfRemedied;
                m.LongSickLeave = facts.LongSickLeave;
                m.OrganizationId = facts.OrganizationKey;
                break;
        }
    }
}
