using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using static PartyReview.Web.Features.Import.RowCells;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// The Reviews sheet: each row rates (or marks not rated) an organization, its leadership collective or a member in
/// the period of its year, matched to the review that exists; nothing of a locked period is added or changed. Then
/// the open periods' lists follow the changed ledgers (<see cref="OpenPeriodRosters"/>).
/// </summary>
internal sealed class ReviewSheet(ImportRun run)
{
    private readonly Dictionary<(int Year, ReviewSubjectKind Kind, object Subject), int> _seen = [];
    private ReviewLookup _reviews = null!;

    private sealed record Rating(QualityLevel? Level, decimal? Score, NotRatedReason? Reason);

    private sealed record ReviewRow(
        ReviewPeriod Period, ReviewSubjectKind Subject, int OrganizationKey, MemberSlot? Slot, Rating Rating, string? Note, string? Justification,
        DisciplineLevel Discipline, bool Disciplined, bool SelfRemedied, bool LongSickLeave);

    public async Task ImportAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
    {
        _reviews = new ReviewLookup(run);
        await _reviews.LoadAsync(cancellationToken);
        run.EachRow(rows, row => $"{row["Year"]} · {row["Subject"]} {Code(row["MemberCode"]) ?? Code(row["OrganizationCode"])}", Read, (_, parsed, outcome) => Apply(parsed, outcome));

        new OpenPeriodRosters(run, _reviews).Follow();
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
        var level = Parse(row, "Level", ImportSpellings.Levels, ImportMessages.UnreadableLevel, outcome);
        var score = Parse(row, "Score", ImportSpellings.Number, ImportMessages.UnreadableNumber, outcome, false, Number(0), Number(100));
        var reason = Parse(row, "Reason", ImportSpellings.Reasons, ImportMessages.UnreadableReason, outcome, false, ReasonsOf(subject),
            string.Join("; ", NotRatedReasons.All.Select(r => r.VietnameseName())));
        var note = Text(row, "Note", ReviewRecord.NoteMaxLength, outcome);
        var justification = Text(row, "QuotaJustification", OrganizationReview.JustificationMaxLength, outcome);
        var organization = run.Organizations.Find(row, "OrganizationCode", outcome, required: subject is ReviewSubjectKind.Organization or ReviewSubjectKind.Leadership);
        ReviewPeriod? period = null;
        if (year is { } y && !run.Periods.ByYear.TryGetValue(y, out period))
        {
            outcome.Fail(row.At("Year", ImportMessages.ReviewNoPeriod, Number(y)));
        }

        var rating = ReadRating(row, outcome, period, level, score, reason);
        var slot = subject == ReviewSubjectKind.Member ? ReadMember(row, outcome) : null;
        if (subject != ReviewSubjectKind.Member && row["MemberCode"] is not null)
        {
            outcome.Fail(row.At("MemberCode", ImportMessages.ReviewMemberCodeNotMember));
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
        if (year is { } yy && subject is { } kk && outcome.Status != RowStatus.Error)
        {
            object key = kk == ReviewSubjectKind.Member ? slot! : organization!;
            if (!_seen.TryAdd((yy, kk, key), row.Number))
            {
                outcome.Fail(new ImportMessage(ImportMessages.ReviewDuplicate, Number(_seen[(yy, kk, key)])));
            }
        }

        return outcome.Status == RowStatus.Error
            ? null
            : new ReviewRow(period!, subject!.Value, organizationKey!.Value, slot, rating, note, justification, discipline, disciplined, selfRemedied, sickLeave);
    }

    private static Rating ReadRating(ParsedRow row, RowOutcome outcome, ReviewPeriod? period, QualityLevel? level, decimal? score, NotRatedReason? reason)
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

        if (level is null && score is { } s && period is not null && outcome.Status != RowStatus.Error)
        {
            if (period.RuleSet.UsesPointScale())
            {
                level = PointScale.LevelFor(s);
            }
            else
            {
                outcome.Fail(row.At("Level", ImportMessages.ReviewLevelNeeded, Number(period.Year)));
            }
        }

        return new Rating(level, score, reason);
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

    private void Apply(ReviewRow row, RowOutcome outcome)
    {
        var period = row.Period;
        var slot = row.Slot;
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

        var (level, score, reason) = row.Rating;
        var review = existing ?? row.Subject switch
        {
            ReviewSubjectKind.Organization => new OrganizationReview
            {
                OrganizationId = row.OrganizationKey, EntryStatus = level is null && reason is null ? EntryStatus.Open : EntryStatus.Accepted,
            },
            ReviewSubjectKind.Leadership => new LeadershipReview { OrganizationId = row.OrganizationKey },
            _ => (ReviewRecord)new MemberReview { OrganizationId = row.OrganizationKey, MemberId = slot!.Key },
        };
        var before = ReviewLookup.Describe(review);
        Write(review, row);
        if (existing is not null)
        {
            if (before == ReviewLookup.Describe(review))
            {
                return;
            }

            if (locked)
            {
                outcome.Fail(new ImportMessage(ImportMessages.ReviewLockedChange, Number(period.Year)));
                return;
            }

            if (existing is OrganizationReview sheet)
            {
                sheet.MarkChanged();
            }

            outcome.Status = RowStatus.Updated;
            return;
        }

        if (locked)
        {
            outcome.Fail(new ImportMessage(ImportMessages.ReviewLockedAdd, Number(period.Year)));
            return;
        }

        _reviews.Add(review, period, slot);
        outcome.Status = RowStatus.New;
    }

    private static void Write(ReviewRecord review, ReviewRow row)
    {
        var (level, score, reason) = row.Rating;
        if (level is { } l)
        {
            review.Rate(l, score);
        }
        else if (reason is { } r)
        {
            review.MarkNotRated(r);
        }
        else
        {
            review.ClearRating();
        }

        review.Note = row.Note;
        switch (review)
        {
            case OrganizationReview o:
                o.QuotaJustification = row.Justification;
                break;
            case LeadershipReview leadership:
                leadership.Disciplined = row.Disciplined;
                break;
            case MemberReview m:
                m.Discipline = row.Discipline;
                m.SelfRemedied = row.SelfRemedied;
                m.LongSickLeave = row.LongSickLeave;
                m.OrganizationId = row.OrganizationKey;
                break;
        }
    }
}
