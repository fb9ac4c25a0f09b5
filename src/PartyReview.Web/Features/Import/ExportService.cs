using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// The full export of the committee in the import format: organizations, members, membership events, periods, the
/// reviews of every year and the admission targets. Importing it into an empty database (with the committee saved)
/// gives the same data, hence the same tallies. Also the empty templates, as <c>.xlsx</c> or <c>.csv</c>.
/// </summary>
public sealed class ExportService(PartyReviewDbContext db, CurrentCommittee currentCommittee)
{
    public const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Every sheet as one workbook.</summary>
    public async Task WriteWorkbookAsync(Stream output, CancellationToken cancellationToken = default)
    {
        var sheets = await SheetsAsync(cancellationToken);
        TableWriter.WriteWorkbook(output, sheets, template: false);
    }

    /// <summary>Every sheet as a CSV file, together in one .zip.</summary>
    public async Task WriteZipAsync(Stream output, CancellationToken cancellationToken = default)
    {
        var sheets = await SheetsAsync(cancellationToken);
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var sheet in sheets)
        {
            var entry = archive.CreateEntry(sheet.Format.FileName, CompressionLevel.Optimal);
            await using var stream = entry.Open();
            TableWriter.WriteCsv(stream, sheet, template: false);
        }
    }

    public static void WriteTemplate(Stream output, SheetFormat format, bool csv)
    {
        ArgumentNullException.ThrowIfNull(format);
        var sheet = new SheetContent(format, []);
        if (csv)
        {
            TableWriter.WriteCsv(output, sheet, template: true);
        }
        else
        {
            TableWriter.WriteWorkbook(output, [sheet], template: true);
        }
    }

    private async Task<List<SheetContent>> SheetsAsync(CancellationToken cancellationToken)
    {
        var committeeId = await currentCommittee.FilterIdAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId).OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var codes = organizations.ToDictionary(o => o.Id, o => o.Code);
        var members = await db.Members.AsNoTracking().Where(m => m.CommitteeId == committeeId).OrderBy(m => m.MemberCode).ToListAsync(cancellationToken);
        var memberCodes = members.ToDictionary(m => m.Id, m => m.MemberCode);
        var events = await (from e in db.MembershipEvents.AsNoTracking()
                            join m in db.Members on e.MemberId equals m.Id
                            where m.CommitteeId == committeeId
                            orderby m.MemberCode, e.OccurredOn, e.Id
                            select e).ToListAsync(cancellationToken);
        var periods = await db.ReviewPeriods.AsNoTracking().Where(p => p.CommitteeId == committeeId).OrderBy(p => p.Year).ToListAsync(cancellationToken);
        var years = periods.ToDictionary(p => p.Id, p => p.Year);
        var periodIds = periods.Select(p => p.Id).ToList();
        var organizationReviews = await db.OrganizationReviews.AsNoTracking().Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken);
        var leadershipReviews = await db.LeadershipReviews.AsNoTracking().Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken);
        var memberReviews = await db.MemberReviews.AsNoTracking().Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken);
        var targets = await db.AdmissionTargets.AsNoTracking().Where(t => t.CommitteeId == committeeId).OrderBy(t => t.Year).ThenBy(t => t.OrganizationId).ToListAsync(cancellationToken);

        string? Code(int? id) => id is { } i ? codes.GetValueOrDefault(i) : null;

        var stepPeriods = periods.Where(p => p.RuleSet.UsesPointScale()).Select(p => p.Id).ToList();
        var steps = (await db.ReviewSteps.AsNoTracking().Where(s => stepPeriods.Contains(s.ReviewPeriodId)).ToListAsync(cancellationToken))
            .ToLookup(s => (s.Subject, s.ReviewId));
        var usesSteps = stepPeriods.ToHashSet();

        IEnumerable<object?[]> Rows(ReviewRecord r, StepSubject subject, object?[] fields, string? memberType = null) =>
            ReviewRows(r, usesSteps.Contains(r.ReviewPeriodId), steps[(subject, r.Id)], fields, memberType);

        var reviewRows = organizationReviews.OrderBy(r => years[r.ReviewPeriodId]).ThenBy(r => Code(r.OrganizationId), StringComparer.Ordinal)
            .SelectMany(r => Rows(r, StepSubject.Organization,
                [years[r.ReviewPeriodId], ImportFormat.SubjectChoices[0], Code(r.OrganizationId), null, null, null, null, null, null, null, r.QuotaJustification, r.Note]))
            .Concat(leadershipReviews.OrderBy(r => years[r.ReviewPeriodId]).ThenBy(r => Code(r.OrganizationId), StringComparer.Ordinal)
                .SelectMany(r => Rows(r, StepSubject.Leadership,
                    [years[r.ReviewPeriodId], ImportFormat.SubjectChoices[1], Code(r.OrganizationId), null, null, null, null, r.Disciplined ? "Có" : null, null, null, null, r.Note])))
            .Concat(memberReviews.OrderBy(r => years[r.ReviewPeriodId]).ThenBy(r => memberCodes[r.MemberId], StringComparer.Ordinal)
                .SelectMany(r => Rows(r, StepSubject.Member,
                [
                    years[r.ReviewPeriodId], ImportFormat.SubjectChoices[2], Code(r.OrganizationId), memberCodes[r.MemberId], null, null, null,
                    r.Discipline == DisciplineLevel.None ? null : ImportFormat.DisciplineChoices[(int)r.Discipline], r.SelfRemedied ? "Có" : null, r.LongSickLeave ? "Có" : null,
                    null, r.Note,
                ], r.SubjectType == SubjectType.Member ? null : ImportSpellings.MemberTypes.Name(r.SubjectType))));

        return
        [
            new(ImportFormat.Organizations, organizations.Select(o => new object?[]
            {
                o.Code, o.Name, ImportFormat.KindName(o.Kind), o.FoundedOn, o.DissolvedOn, o.HasExecutiveCommittee ? "Có" : "Không", Code(o.ParentId),
            })),
            new(ImportFormat.Members, members.Select(m => new object?[]
            {
                m.MemberCode, m.FullName, ImportFormat.GenderName(m.Gender), m.BirthDate, m.AdmittedOn, m.OfficialOn, m.PartyCardNumber, Code(m.OrganizationId),
            })),
            new(ImportFormat.Periods, periods.Select(p => new object?[]
            {
                p.Year, ImportSpellings.ShortName(p.RuleSet), p.ExcellenceQuotaPercent, p.ReviewDate, ImportFormat.StatusChoices[p.IsLocked ? 1 : 0],
                p.ExemplaryOrganizationAwardName, p.ConsecutiveYears,
            })),
            new(ImportFormat.Events, events.Select(e => new object?[]
            {
                memberCodes[e.MemberId], Code(e.OrganizationId), e.Kind.Name(), e.OccurredOn, Code(e.CounterpartOrganizationId), e.CardNumber, e.DecisionNumber, e.Note,
            })),
            new(ImportFormat.Reviews, reviewRows),
            new(ImportFormat.Targets, targets.Select(t => new object?[] { t.Year, Code(t.OrganizationId), t.Target })),
        ];
    }

    /// <summary>
    /// A review's rows: under Quy định 366 one per recorded step (with its <c>Bước</c>), and a <c>Quyết định</c> row with
    /// the official value when no decision step is recorded (a review with no step at all: its official value, possibly
    /// pending); in other years one row with the decided value and <c>Bước</c> empty. The subject's own fields
    /// (<paramref name="fields"/>: year … note) are on every row.
    /// </summary>
    private static IEnumerable<object?[]> ReviewRows(ReviewRecord r, bool usesSteps, IEnumerable<ReviewStepEntry> steps, object?[] fields, string? memberType)
    {
        var recorded = usesSteps ? steps.OrderBy(s => s.Step).ToList() : [];
        foreach (var step in recorded)
        {
            yield return Row(fields, step.Level, step.Score, step.NotRatedReason, step.Step, step.CommonPoints, step.TaskPoints, step.Figures, step.AdjustmentReason, memberType);
        }

        if (!recorded.Any(s => s.Step == ReviewStep.Decision) && (recorded.Count == 0 || r.Level is not null || r.NotRatedReason is not null))
        {
            yield return Row(fields, r.Level, r.Score, r.NotRatedReason, usesSteps ? ReviewStep.Decision : null, null, null, TaskFigures.None, null, memberType);
        }
    }

    private static object?[] Row(
        object?[] fields, QualityLevel? level, decimal? score, NotRatedReason? reason, ReviewStep? step, decimal? common, decimal? tasks, TaskFigures figures,
        string? adjustment, string? memberType)
    {
        var row = new object?[ImportFormat.Reviews.Columns.Count];
        fields.CopyTo(row, 0);
        row[ImportFormat.Reviews.IndexOf("Level")] = level?.Abbreviation();
        row[ImportFormat.Reviews.IndexOf("Score")] = score;
        row[ImportFormat.Reviews.IndexOf("Reason")] = reason?.VietnameseName();
        row[ImportFormat.Reviews.IndexOf("Step")] = step?.VietnameseName();
        row[ImportFormat.Reviews.IndexOf("CommonPoints")] = common;
        row[ImportFormat.Reviews.IndexOf("TaskPoints")] = tasks;
        row[ImportFormat.Reviews.IndexOf("OnTimePercent")] = figures.OnTimePercent;
        row[ImportFormat.Reviews.IndexOf("ExceededPercent")] = figures.ExceededPercent;
        row[ImportFormat.Reviews.IndexOf("RemediedPercent")] = figures.RemediedPercent;
        row[ImportFormat.Reviews.IndexOf("AdjustmentReason")] = adjustment;
        row[ImportFormat.Reviews.IndexOf("MemberType")] = memberType;
        return row;
    }
}
