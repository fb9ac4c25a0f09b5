using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Text;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Documents;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Commendations;

/// <summary>
/// Commendations: who is eligible (computed from the reviews' decided levels only — never a step's self-assessment or
/// proposal), decisions drafted from the candidates, numbered per document type within the committee's term, issued
/// (locked) or cancelled with a reason, all audited. A decision is drafted and issued only from a decided (locked) period.
/// </summary>
public sealed class CommendationService(
    PartyReviewDbContext db,
    CurrentCommittee currentCommittee,
    TimeProvider clock,
    ILogger<CommendationService> logger)
{
    private static readonly AwardKind[] Awards =
        [AwardKind.ExemplaryOrganization, AwardKind.OutstandingPartyBuilding, AwardKind.ExcellentMember, AwardKind.ExcellentMemberConsecutiveYears];

    /// <summary>The year's commendation page with the first page of every award's list.</summary>
    public Task<CommendationsViewModel?> GetAsync(int year, CancellationToken cancellationToken = default) =>
        GetAsync(year, new CandidateListRequest(), cancellationToken);

    /// <summary>
    /// The year's commendation page: every award's candidates counted, and one page of each list read (the list the
    /// request names is searched and at its page, the others at their first page). A fixed number of queries, whatever
    /// the number of candidates.
    /// </summary>
    public async Task<CommendationsViewModel?> GetAsync(int year, CandidateListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindPeriodAsync(year, cancellationToken) is not ({ } committee, { } period))
        {
            return null;
        }

        var awards = new List<AwardList>();
        foreach (var award in Awards)
        {
            var browsed = award == request.Award;
            var all = CandidateRows(committee, period, award, null);
            var total = await all.CountAsync(cancellationToken);
            var open = total == 0 ? 0 : await all.CountAsync(r => r.AwardedNumber == null, cancellationToken);
            var query = browsed ? request.Query : null;
            var listed = query is null ? all : CandidateRows(committee, period, award, query);
            var found = query is null ? total : await listed.CountAsync(cancellationToken);
            var page = await listed.ToPageAsync(found, browsed ? request.Page : 1, cancellationToken);
            awards.Add(new AwardList(
                award, AwardName(award, period), total, open, query,
                new PagedList<Candidate>([.. page.Items.Select(r => ToCandidate(r, committee, period, award))], page.Page, page.PageSize, page.Total)));
        }

        var decisions = await db.CommendationDecisions.AsNoTracking()
            .Where(d => d.CommitteeId == committee.Id && d.Year == year)
            .OrderBy(d => d.IssuedOn).ThenBy(d => d.Number)
            .Select(d => new { d.Id, d.Award, d.Number, d.DocumentType, d.IssuedOn, d.Status, d.Title, Recipients = db.Commendations.Count(c => c.DecisionId == d.Id) })
            .ToListAsync(cancellationToken);
        return new CommendationsViewModel
        {
            Year = year,
            ConsecutiveYears = period.ConsecutiveYears,
            PeriodDecided = period.IsLocked,
            Awards = awards,
            Browsed = request.Award,
            Decisions = [.. decisions.Select(d => new DecisionLine(d.Id, d.Award, $"Số {d.Number}-{d.DocumentType}/{committee.DocumentSymbol}", d.IssuedOn, d.Status, d.Recipients, d.Title))],
        };
    }

    /// <summary>One award's whole list of the year (for its export and for drafting); null when the year has no period.</summary>
    public async Task<AwardCandidates?> GetCandidatesAsync(int year, AwardKind award, CancellationToken cancellationToken = default)
    {
        return await FindPeriodAsync(year, cancellationToken) is ({ } committee, { } period)
            ? new AwardCandidates(award, AwardName(award, period), await CandidatesAsync(committee, period, award, cancellationToken))
            : null;
    }

    /// <summary>The subjects eligible for an award in the year, every one of them, with why they qualify and any decision that already awards them.</summary>
    public async Task<IReadOnlyList<Candidate>> CandidatesAsync(Committee committee, ReviewPeriod period, AwardKind award, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(period);
        var rows = await CandidateRows(committee, period, award, null).ToListAsync(cancellationToken);
        return [.. rows.Select(r => ToCandidate(r, committee, period, award))];
    }

    /// <summary>
    /// An award's candidates in the year, ordered (organizations by code, members by name) and projected in the database,
    /// not yet read, each with the first decision (not cancelled) that already awards them; <paramref name="query"/>
    /// searches the name (without accents) or the code.
    /// </summary>
    private IQueryable<CandidateRow> CandidateRows(Committee committee, ReviewPeriod period, AwardKind award, string? query)
    {
        var awards = from c in db.Commendations
                     join d in db.CommendationDecisions on c.DecisionId equals d.Id
                     where d.CommitteeId == committee.Id && d.Year == period.Year && d.Award == award && d.Status != DecisionStatus.Cancelled
                     select new { c.OrganizationId, c.MemberId, d.Id, d.Number, d.DocumentType };
        var key = VietnameseText.SearchKey(query);
        var code = key.Length == 0 ? "" : query!.Trim().ToUpperInvariant();

        if (award.IsForOrganizations())
        {
            return from r in db.OrganizationReviews
                   join o in db.Organizations on r.OrganizationId equals o.Id
                   // The committee's organization awards go to TCCS; a chi bộ trực thuộc is its đảng ủy cơ sở's to commend.
                   where r.ReviewPeriodId == period.Id && r.Level == QualityLevel.Excellent && o.ParentId == null
                   where key.Length == 0 || o.SearchName.Contains(key) || o.Code.Contains(code)
                   orderby o.Code
                   select new CandidateRow
                   {
                       Id = o.Id,
                       Name = o.Name,
                       Kind = o.Kind,
                       Unit = null,
                       Score = r.Score,
                       AwardedNumber = awards.Where(a => a.OrganizationId == o.Id).OrderBy(a => a.Id).Select(a => (int?)a.Number).FirstOrDefault(),
                       AwardedType = awards.Where(a => a.OrganizationId == o.Id).OrderBy(a => a.Id).Select(a => a.DocumentType).FirstOrDefault(),
                   };
        }

        var years = award == AwardKind.ExcellentMemberConsecutiveYears ? period.ConsecutiveYears : 1;
        // The one home of the streak, which counts a predecessor's years too (ADR 0008).
        var qualifying = ReportQueries.ConsecutiveExcellentMembers(db, committee.Id, period.Year, years);
        return from r in db.MemberReviews
               join m in db.Members on r.MemberId equals m.Id
               join o in db.Organizations on r.OrganizationId equals o.Id
               where r.ReviewPeriodId == period.Id && qualifying.Contains(r.MemberId)
               where key.Length == 0 || m.SearchName.Contains(key) || m.MemberCode.Contains(code)
               orderby m.SortKey, m.Id
               select new CandidateRow
               {
                   Id = m.Id,
                   Name = m.FullName,
                   Kind = null,
                   Unit = o.Name,
                   Score = null,
                   AwardedNumber = awards.Where(a => a.MemberId == m.Id).OrderBy(a => a.Id).Select(a => (int?)a.Number).FirstOrDefault(),
                   AwardedType = awards.Where(a => a.MemberId == m.Id).OrderBy(a => a.Id).Select(a => a.DocumentType).FirstOrDefault(),
               };
    }

    private static Candidate ToCandidate(CandidateRow row, Committee committee, ReviewPeriod period, AwardKind award)
    {
        var years = award == AwardKind.ExcellentMemberConsecutiveYears ? period.ConsecutiveYears : 1;
        var firstYear = period.Year - years + 1;
        var why = award.IsForOrganizations()
            ? $"Hoàn thành xuất sắc nhiệm vụ năm {period.Year}" + (row.Score is { } s ? $" ({VietnameseFormat.Score(s)} điểm)" : "")
            : years == 1
                ? $"Hoàn thành xuất sắc nhiệm vụ năm {period.Year}"
                : $"Hoàn thành xuất sắc nhiệm vụ {years} năm liền: {string.Join(", ", Enumerable.Range(firstYear, years))}";
        return new Candidate(
            row.Id, row.Name, row.Kind is { } kind ? KindName(kind) : row.Unit ?? "", why,
            row.AwardedNumber is { } number ? $"Số {number}-{row.AwardedType}/{committee.DocumentSymbol}" : null);
    }

    /// <summary>
    /// Drafts a decision for an award's whole list: every candidate not yet awarded, except those the user unchecked on
    /// the page they saw (<paramref name="shown"/> but not <paramref name="chosen"/>). The list's other pages count whole.
    /// </summary>
    public async Task<Result<int>> CreateDecisionFromListAsync(
        int year, AwardKind award, IReadOnlyCollection<int> shown, IReadOnlyCollection<int> chosen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(chosen);
        if (await FindPeriodAsync(year, cancellationToken) is not ({ } committee, { } period))
        {
            return Failed.As<int>(null, CommendationsMessages.NoPeriod, year);
        }

        var cleared = shown.Except(chosen).ToHashSet();
        var candidates = await CandidatesAsync(committee, period, award, cancellationToken);
        var recipients = candidates.Where(c => c.AwardedBy is null && !cleared.Contains(c.Id)).Select(c => c.Id)
            .Concat(chosen.Where(id => !candidates.Any(c => c.Id == id)))
            .ToList();
        return await CreateAsync(committee, period, award, candidates, recipients, cancellationToken);
    }

    /// <summary>Drafts a decision for chosen candidates, with the next free number of the term.</summary>
    public async Task<Result<int>> CreateDecisionAsync(int year, AwardKind award, IReadOnlyCollection<int> recipients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        if (await FindPeriodAsync(year, cancellationToken) is not ({ } committee, { } period))
        {
            return Failed.As<int>(null, CommendationsMessages.NoPeriod, year);
        }

        return await CreateAsync(committee, period, award, await CandidatesAsync(committee, period, award, cancellationToken), recipients, cancellationToken);
    }

    /// <summary>Drafts the decision once the award's whole list is read: every recipient must be on it and not yet awarded.</summary>
    private async Task<Result<int>> CreateAsync(
        Committee committee, ReviewPeriod period, AwardKind award, IReadOnlyList<Candidate> list, IReadOnlyCollection<int> recipients, CancellationToken cancellationToken)
    {
        var year = period.Year;
        if (period.Status != ReviewPeriodStatus.Decided)
        {
            return Failed.As<int>(null, CommendationsMessages.PeriodNotDecidedDraft, year);
        }

        if (recipients.Count == 0)
        {
            return Failed.As<int>(null, CommendationsMessages.NoRecipients);
        }

        var candidates = list.ToDictionary(c => c.Id);
        var ineligible = recipients.Where(r => !candidates.ContainsKey(r)).ToList();
        if (ineligible.Count > 0)
        {
            logger.LogWarning("Refused {Count} ineligible recipients for {Award} {Year}", ineligible.Count, award, year);
            return Failed.As<int>(null, CommendationsMessages.Ineligible, ineligible.Count, AwardName(award, period), year);
        }

        var already = recipients.Where(r => candidates[r].AwardedBy is not null).Select(r => candidates[r]).ToList();
        if (already.Count > 0)
        {
            return Failed.As<int>(null, CommendationsMessages.AlreadyAwarded, already[0].Name, already[0].AwardedBy);
        }

        var issuedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var term = CommendationDecision.TermOf(issuedOn, committee.TermStartYear);
        var decision = new CommendationDecision
        {
            CommitteeId = committee.Id,
            Year = year,
            Award = award,
            TermStartYear = term,
            Number = await NextNumberAsync(committee.Id, term, cancellationToken),
            IssuedOn = issuedOn,
            Title = $"Tặng Giấy khen “{AwardName(award, period)}” năm {year}",
            AwardName = AwardName(award, period),
            Signer = committee.DefaultSigner ?? "",
            SignerTitle = committee.DefaultSignerTitle ?? "BÍ THƯ",
        };
        var clauses = DecisionClauses.ForCommittee(committee, year);
        (decision.Preamble, decision.Proposal, decision.Article2, decision.Article3, decision.Recipients) =
            (clauses.Preamble, clauses.Proposal, clauses.Article2, clauses.Article3, clauses.Recipients);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CommendationDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var id in recipients.Distinct())
        {
            db.Commendations.Add(new Commendation
            {
                CommitteeId = committee.Id,
                Year = year,
                Award = award,
                DecisionId = decision.Id,
                OrganizationId = award.IsForOrganizations() ? id : null,
                MemberId = award.IsForOrganizations() ? null : id,
                Citation = candidates[id].Why,
            });
        }

        db.Audit.Record(nameof(CommendationDecision), decision.Id, "Lập dự thảo quyết định", null, $"{decision.NumberAndSymbol(committee.DocumentSymbol)}: {recipients.Count} đối tượng");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(decision.Id);
    }

    public async Task<DecisionViewModel?> GetDecisionAsync(int id, CancellationToken cancellationToken = default)
    {
        if (await FindDecisionAsync(id, tracked: false, cancellationToken) is not ({ } committee, { } decision))
        {
            return null;
        }

        var document = await BuildDocumentAsync(committee, decision, cancellationToken);
        var clauses = DecisionClauses.For(decision, committee);
        return new DecisionViewModel
        {
            Id = decision.Id,
            Year = decision.Year,
            Award = decision.Award,
            Document = document,
            IsEditable = decision.IsEditable,
            CancelReason = decision.CancelReason,
            History = await History.OfEntityAsync(db, nameof(CommendationDecision), id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken),
            Form = new DecisionForm
            {
                Number = decision.Number,
                IssuedOn = decision.IssuedOn,
                Title = decision.Title,
                Signer = decision.Signer,
                SignerTitle = decision.SignerTitle,
                Preamble = clauses.Preamble,
                Proposal = clauses.Proposal,
                Article2 = clauses.Article2,
                Article3 = clauses.Article3,
                Recipients = clauses.Recipients,
                Citations = document.Rows.ToDictionary(r => r.CommendationId, r => (string?)r.Achievement),
                Version = decision.Version,
            },
        };
    }

    public async Task<DecisionDocument?> GetDocumentAsync(int id, CancellationToken cancellationToken = default) =>
        (await GetDecisionAsync(id, cancellationToken))?.Document;

    /// <summary>Edits a draft: number (unique in its term), date, title, signer, achievements, recipients taken off.</summary>
    public async Task<Result> UpdateDraftAsync(int id, DecisionForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await FindDecisionAsync(id, tracked: true, cancellationToken) is not ({ } committee, { } decision))
        {
            return Result.Fail(null, CommendationsMessages.DecisionNotFound);
        }

        if (!decision.IsEditable)
        {
            return Result.Fail(null, CommendationsMessages.DecisionLocked);
        }

        if (form.Version is { } shown && shown != decision.Version)
        {
            return DraftConflict(decision, form);
        }

        var term = CommendationDecision.TermOf(form.IssuedOn!.Value, committee.TermStartYear);
        if (await db.CommendationDecisions.AnyAsync(d => d.CommitteeId == committee.Id && d.DocumentType == decision.DocumentType
                && d.TermStartYear == term && d.Number == form.Number && d.Id != id, cancellationToken))
        {
            return Result.Fail(nameof(form.Number), CommendationsMessages.NumberTaken, form.Number, decision.DocumentType, committee.DocumentSymbol);
        }

        if (DecisionDocuments.TooLong(form))
        {
            return Result.Fail(nameof(form.Preamble), CommendationsMessages.ClauseTooLong, DecisionClauses.MaxLength);
        }

        var commendations = await db.Commendations.Where(c => c.DecisionId == id).ToListAsync(cancellationToken);
        if (commendations.All(c => form.Remove.Contains(c.Id)))
        {
            return Result.Fail(nameof(form.Remove), CommendationsMessages.NeedsRecipient);
        }

        decision.Number = form.Number!.Value;
        decision.TermStartYear = term;
        decision.IssuedOn = form.IssuedOn.Value;
        decision.Title = form.Title!.Trim();
        decision.Signer = form.Signer!.Trim();
        decision.SignerTitle = form.SignerTitle!.Trim();
        foreach (var commendation in commendations)
        {
            if (form.Remove.Contains(commendation.Id))
            {
                db.Commendations.Remove(commendation);
            }
            else if (form.Citations.TryGetValue(commendation.Id, out var citation) && !string.IsNullOrWhiteSpace(citation))
            {
                commendation.Citation = citation.Trim()[..Math.Min(citation.Trim().Length, Commendation.CitationMaxLength)];
            }
        }

        foreach (var (label, oldValue, newValue) in DecisionDocuments.ApplyClauses(decision, committee, form))
        {
            db.Audit.Record(nameof(CommendationDecision), decision.Id, $"Sửa {label}", oldValue, newValue);
        }

        db.Audit.Record(nameof(CommendationDecision), decision.Id, "Sửa dự thảo quyết định", null, decision.NumberAndSymbol(committee.DocumentSymbol));
        decision.MarkChanged();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Issued, cancelled or edited by someone else between the check and this UPDATE (… WHERE Version = loaded):
            // nothing is written, and an issued decision is never rewritten.
            db.ChangeTracker.Clear();
            var fresh = await db.CommendationDecisions.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
            return fresh.IsEditable ? DraftConflict(fresh, form) : Result.Fail(null, CommendationsMessages.DecisionLocked);
        }

        return Result.Ok;
    }

    /// <summary>The draft edit refused as a conflict, with the particulars the other person saved.</summary>
    private static Result DraftConflict(CommendationDecision current, DecisionForm mine) => Result.Stale(EditConflict.Of(
        current.Version,
        Particulars(current.Number, current.IssuedOn, current.Title, current.SignerTitle, current.Signer),
        Particulars(mine.Number, mine.IssuedOn, mine.Title?.Trim(), mine.SignerTitle?.Trim(), mine.Signer?.Trim())));

    private static ConflictValue[] Particulars(int? number, DateOnly? issuedOn, string? title, string? signerTitle, string? signer) =>
    [
        new("Decision.Number", number?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Decision.IssuedOn", issuedOn is { } date ? VietnameseFormat.Date(date) : null),
        new("Decision.Title", title),
        new("Decision.SignerTitle", signerTitle),
        new("Decision.Signer", signer),
    ];

    /// <summary>
    /// Issues a draft; refused while the period of its year is not decided (its levels are not official yet), and when
    /// the draft changed since the page showed it at <paramref name="version"/> (null: not checked against a page).
    /// </summary>
    public Task<Result> IssueAsync(int id, CancellationToken cancellationToken = default) => IssueAsync(id, null, cancellationToken);

    /// <inheritdoc cref="IssueAsync(int, CancellationToken)"/>
    public async Task<Result> IssueAsync(int id, int? version, CancellationToken cancellationToken = default)
    {
        if (await FindDecisionAsync(id, tracked: false, cancellationToken) is ({ } committee, { } decision)
            && decision.IsEditable
            && !await db.ReviewPeriods.AnyAsync(p => p.CommitteeId == committee.Id && p.Year == decision.Year && p.Status == ReviewPeriodStatus.Decided, cancellationToken))
        {
            logger.LogWarning("Refused to issue decision {Id}: the {Year} period is not decided", id, decision.Year);
            return Result.Fail(null, CommendationsMessages.PeriodNotDecided, decision.Year);
        }

        return await ChangeStatusAsync(id, version, d => d.Issue(), "Ban hành quyết định", null, cancellationToken);
    }

    public Task<Result> CancelAsync(int id, string reason, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, null, d => d.Cancel(reason), "Hủy quyết định", reason, cancellationToken);

    private async Task<Result> ChangeStatusAsync(
        int id, int? version, Action<CommendationDecision> change, string action, string? reason, CancellationToken cancellationToken)
    {
        if (await FindDecisionAsync(id, tracked: true, cancellationToken) is not ({ } committee, { } decision))
        {
            return Result.Fail(null, CommendationsMessages.DecisionNotFound);
        }

        if (version is { } shown && shown != decision.Version)
        {
            return Result.Fail(null, decision.IsEditable ? CommendationsMessages.DecisionChanged : CommendationsMessages.WrongStatus);
        }

        var before = decision.Status;
        try
        {
            change(decision);
        }
        catch (InvalidOperationException)
        {
            return Result.Fail(null, CommendationsMessages.WrongStatus);
        }

        db.Audit.Record(nameof(CommendationDecision), decision.Id, action, before.ToString(), reason is null ? decision.Status.ToString() : $"{decision.Status}: {reason}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed by someone else between the load and this UPDATE (… WHERE Version = loaded): nothing is written.
            db.ChangeTracker.Clear();
            return Result.Fail(null, CommendationsMessages.DecisionChanged);
        }

        return Result.Ok;
    }

    /// <summary>
    /// The committee holding the year (the current one, or after a merge its predecessor, ADR 0008) and its period of the
    /// year; null when either is missing.
    /// </summary>
    private async Task<(Committee Committee, ReviewPeriod Period)?> FindPeriodAsync(int year, CancellationToken cancellationToken)
    {
        if (await currentCommittee.ForYearAsync(year, cancellationToken) is not { } committee)
        {
            return null;
        }

        var period = await db.ReviewPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.CommitteeId == committee.Id && p.Year == year, cancellationToken);
        return period is null ? null : (committee, period);
    }

    /// <summary>A decision of the current committee with the committee; null when there is none (or no committee yet).</summary>
    private async Task<(Committee Committee, CommendationDecision Decision)?> FindDecisionAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        if (await currentCommittee.GetAsync(cancellationToken) is not { } committee)
        {
            return null;
        }

        // A decision of a predecessor is the successor's to read and print, under the predecessor's name (ADR 0008).
        var decisions = tracked ? db.CommendationDecisions : db.CommendationDecisions.AsNoTracking();
        var lineage = CommitteeYears.LineageIds(db, committee.Id);
        var decision = await decisions.SingleOrDefaultAsync(d => d.Id == id && lineage.Contains(d.CommitteeId), cancellationToken);
        if (decision is null)
        {
            return null;
        }

        return decision.CommitteeId == committee.Id ? (committee, decision)
            : (await db.Committees.AsNoTracking().SingleAsync(c => c.Id == decision.CommitteeId, cancellationToken), decision);
    }

    private async Task<int> NextNumberAsync(int committeeId, int term, CancellationToken cancellationToken) =>
        (await db.CommendationDecisions
            .Where(d => d.CommitteeId == committeeId && d.DocumentType == CommendationDecision.DecisionType && d.TermStartYear == term)
            .MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0) + 1;

    private async Task<DecisionDocument> BuildDocumentAsync(Committee committee, CommendationDecision decision, CancellationToken cancellationToken)
    {
        var period = await db.ReviewPeriods.AsNoTracking().SingleAsync(p => p.CommitteeId == committee.Id && p.Year == decision.Year, cancellationToken);
        List<DocumentRow> rows;
        if (decision.Award.IsForOrganizations())
        {
            var organizations = await (
                    from c in db.Commendations
                    join o in db.Organizations on c.OrganizationId equals o.Id
                    where c.DecisionId == decision.Id
                    orderby o.Code
                    select new { c.Id, o.Name, o.Kind, c.Citation })
                .ToListAsync(cancellationToken);
            rows = [.. organizations.Select((o, i) => new DocumentRow(i + 1, o.Id, o.Name, KindName(o.Kind), o.Citation ?? ""))];
        }
        else
        {
            var members = await (
                    from c in db.Commendations
                    join m in db.Members on c.MemberId equals m.Id
                    join r in db.MemberReviews on new { MemberId = m.Id, PeriodId = period.Id } equals new { r.MemberId, PeriodId = r.ReviewPeriodId }
                    join o in db.Organizations on r.OrganizationId equals o.Id
                    where c.DecisionId == decision.Id
                    orderby m.SortKey, m.Id
                    select new { c.Id, m.FullName, Organization = o.Name, c.Citation })
                .ToListAsync(cancellationToken);
            rows = [.. members.Select((m, i) => new DocumentRow(i + 1, m.Id, m.FullName, $"Đảng viên, {m.Organization}", m.Citation ?? ""))];
        }

        return DecisionDocuments.Compose(committee, decision, rows);
    }

    private static string AwardName(AwardKind award, ReviewPeriod period) =>
        award == AwardKind.ExemplaryOrganization && !string.IsNullOrWhiteSpace(period.ExemplaryOrganizationAwardName)
            ? period.ExemplaryOrganizationAwardName
            : Eligibility.DefaultName(award, period.Year, period.ConsecutiveYears);

    private static string KindName(OrganizationKind kind) => kind switch
    {
        OrganizationKind.PartyCommittee => "Đảng bộ cơ sở",
        OrganizationKind.AffiliatedCell => "Chi bộ trực thuộc",
        _ => "Chi bộ cơ sở",
    };
}

/// <summary>One candidate as the database projects it (settable, so that it can still be counted and paged there).</summary>
internal sealed class CandidateRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public OrganizationKind? Kind { get; init; }
    public string? Unit { get; init; }
    public decimal? Score { get; init; }
    public int? AwardedNumber { get; init; }
    public string? AwardedType { get; init; }
}
