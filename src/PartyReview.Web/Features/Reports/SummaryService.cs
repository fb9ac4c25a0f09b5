using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Documents;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Reports;

/// <summary>
/// The year-end report (báo cáo tổng kết): the draft generated from the data (movements, classification, commendations),
/// the tables behind it, and the versions staff saved. A fixed dozen queries, whatever the data size (two or three more
/// for a Quy định 366 year: its scores per subject type, its adjusted decisions, its members per step while open).
/// </summary>
public sealed class SummaryService(
    PartyReviewDbContext db, CurrentCommittee currentCommittee, TallyService tallies, IAuditContext audit, TimeProvider clock)
{
    /// <summary>The year's report; <paramref name="version"/> picks a saved version (default: the newest). Null without a period.</summary>
    public async Task<SummaryViewModel?> GetAsync(int year, int? version = null, CancellationToken cancellationToken = default)
    {
        // The committee holding the year: after a merge, an earlier year is the predecessor's, under its name (ADR 0008).
        var committee = await currentCommittee.ForYearAsync(year, cancellationToken);
        if (committee is null)
        {
            return null;
        }

        var period = await db.ReviewPeriods.AsNoTracking()
            .Where(p => p.CommitteeId == committee.Id && p.Year == year)
            .Select(p => new { p.Id, p.RuleSet, p.Status, p.ConsecutiveYears, p.ExemplaryOrganizationAwardName, p.Figures })
            .SingleOrDefaultAsync(cancellationToken);
        if (period is null)
        {
            return null;
        }

        // A decided year reads back its kept counts and scores (ADR 0009); an open one is counted now.
        var kept = period.Status == ReviewPeriodStatus.Decided && period.Figures is { Scores: not null } decided ? decided : null;
        var figures = kept is not null
            ? new YearFigures(year, period.Id, kept.Tally(year, period.RuleSet), kept.Scores!)
            : await tallies.CountYearFiguresAsync(period.Id, year, period.RuleSet, period.Status, cancellationToken);
        var tally = figures.Tally;
        var steps = period.RuleSet.UsesPointScale()
            ? await StepQueries.LoadAsync(db, period.Id, period.Status == ReviewPeriodStatus.Open, figures.Scores.Organizations, figures.Scores.Leadership, cancellationToken)
            : null;

        var movements = await tallies.GetMovementTallyAsync(committee.Id, year, cancellationToken);
        var years = await tallies.GetYearsAsync(await currentCommittee.FilterIdAsync(cancellationToken), cancellationToken);

        // Commendations: the members HTXSNV in each of the N years (a grouped count), and what issued decisions awarded.
        var consecutiveEligible = kept?.ConsecutiveExcellentMembers
            ?? await ReportQueries.ConsecutiveExcellentMembers(db, committee.Id, year, period.ConsecutiveYears).CountAsync(cancellationToken);
        var awarded = await (
                from c in db.Commendations
                join d in db.CommendationDecisions on c.DecisionId equals d.Id
                where d.CommitteeId == committee.Id && d.Year == year && d.Status == DecisionStatus.Issued
                group c by d.Award into g
                select new { Award = g.Key, Count = g.Count() })
            .ToDictionaryAsync(a => a.Award, a => a.Count, cancellationToken);
        int? Awarded(AwardKind award) => awarded.TryGetValue(award, out var count) ? count : null;
        var commendations = new CommendationTally(
            year,
            string.IsNullOrWhiteSpace(period.ExemplaryOrganizationAwardName)
                ? Eligibility.DefaultName(AwardKind.ExemplaryOrganization, year)
                : period.ExemplaryOrganizationAwardName,
            tally.Organizations.Excellent,
            Awarded(AwardKind.ExemplaryOrganization),
            Awarded(AwardKind.OutstandingPartyBuilding),
            Awarded(AwardKind.ExcellentMember),
            period.ConsecutiveYears,
            consecutiveEligible,
            Awarded(AwardKind.ExcellentMemberConsecutiveYears));

        var versions = await db.ReportVersions.AsNoTracking()
            .Where(v => v.CommitteeId == committee.Id && v.Year == year)
            .OrderByDescending(v => v.Number)
            .Select(v => new ReportVersionLine(v.Number, v.Author, v.CreatedAt))
            .ToListAsync(cancellationToken);
        var shownNumber = version ?? versions.FirstOrDefault()?.Number;
        var shown = shownNumber is { } n
            ? await db.ReportVersions.AsNoTracking()
                .Where(v => v.CommitteeId == committee.Id && v.Year == year && v.Number == n)
                .Select(v => new ReportVersionLine(v.Number, v.Author, v.CreatedAt) { Text = v.Text })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (version is not null && shown is null)
        {
            return null;
        }

        var issuingBody = PartyDocumentHeader.IssuingBodyName(committee);
        var narrative = new List<string>();
        if (!movements.IsEmpty)
        {
            narrative.Add(SummaryNarrative.Movements(year, committee.ShortName, movements));
        }

        narrative.Add(SummaryNarrative.Organizations(tally));
        narrative.Add(SummaryNarrative.AffiliatedCells(tally));
        narrative.Add(SummaryNarrative.Leadership(tally, committee.Name));
        narrative.Add(SummaryNarrative.Members(tally));
        narrative.Add(steps is null ? SummaryNarrative.Scores(tally, figures.Scores) : SummaryNarrative.Scores(tally, steps));
        narrative.Add(SummaryNarrative.Commendations(commendations, issuingBody));
        narrative.RemoveAll(string.IsNullOrEmpty);

        return new SummaryViewModel
        {
            Year = year,
            CommitteeName = committee.Name,
            RuleSetDocuments = tally.RuleSet.Documents(),
            UsesPointScale = tally.RuleSet.UsesPointScale(),
            IsDecided = tally.Status == ReviewPeriodStatus.Decided,
            Years = years,
            Subjects = [.. Enum.GetValues<SubjectKind>().Select(kind => new SubjectRow(kind, tally.For(kind), figures.Scores.For(kind)))],
            Steps = steps,
            Narrative = narrative,
            Movements = movements.IsEmpty ? [] :
            [
                new MovementRow($"Số đảng viên đầu năm {year}", movements.MembersAtStart ?? 0),
                .. MembershipEventKinds.ReportLines.Select(m => new MovementRow(m.Label, movements.Count(m.Kind))),
                new MovementRow($"Số đảng viên đến 31/12/{year}", movements.MembersAtEnd ?? 0),
            ],
            AdmissionTarget = movements.AdmissionTarget,
            AdmissionShareOfTarget = movements.AdmissionShareOfTarget is { } share ? VietnameseFormat.Percent(share) : null,
            Versions = versions,
            Shown = shown,
            Header = PartyDocumentHeader.For(committee, $"Số      -BC/{committee.DocumentSymbol}", DateOnly.FromDateTime(clock.GetLocalNow().DateTime)),
            Signer = committee.DefaultSigner ?? "",
            SignerTitle = committee.DefaultSignerTitle ?? "BÍ THƯ",
        };
    }

    /// <summary>
    /// Saves the edited text as the year's next report version, audited, in one transaction; the result carries the
    /// version's number. Null when the year has no period.
    /// </summary>
    public async Task<Result<int>?> SaveVersionAsync(int year, string? text, CancellationToken cancellationToken = default)
    {
        if (await currentCommittee.ForYearAsync(year, cancellationToken) is not { } committee
            || !await db.ReviewPeriods.AnyAsync(p => p.CommitteeId == committee.Id && p.Year == year, cancellationToken))
        {
            return null;
        }

        var normalized = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (normalized.Length == 0)
        {
            return Failed.As<int>(ReportText, ReportsMessages.TextEmpty);
        }

        if (normalized.Length > ReportVersion.TextMaxLength)
        {
            return Failed.As<int>(ReportText, ReportsMessages.TextTooLong, VietnameseFormat.Count(ReportVersion.TextMaxLength));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = (await db.ReportVersions.Where(v => v.CommitteeId == committee.Id && v.Year == year)
            .MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
        var saved = new ReportVersion
        {
            CommitteeId = committee.Id,
            Year = year,
            Number = number,
            Text = normalized,
            Author = audit.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ReportVersions.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        audit.Source = $"Lưu báo cáo tổng kết năm {year}";
        db.Audit.Record(nameof(ReportVersion), saved.Id, "Lưu báo cáo", null, $"Năm {year}, bản {number}: {VietnameseFormat.Count(normalized.Length)} ký tự");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(number);
    }

    /// <summary>The form field of the report's text.</summary>
    public const string ReportText = "reportText";
}
