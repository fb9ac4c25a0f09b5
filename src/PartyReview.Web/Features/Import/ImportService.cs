using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Auditing;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Importing;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;

namespace PartyReview.Web.Features.Import;

/// <summary>
/// Imports a file in the import format: <see cref="CheckAsync"/> reads it and tells every row's outcome without
/// writing anything; <see cref="CommitAsync"/> reads and checks it again against the data as it is now and writes all
/// of it in one transaction, or nothing when any row is in error. Rows are matched to what exists (organizations by
/// code, members by code or card number, events by member, kind and date, reviews by subject and year), so importing
/// the same file again changes nothing. Membership events go through <see cref="MembershipLedger"/>, and members'
/// current state is set from their ledger with <see cref="Member.ApplyLedger"/>. Every change is audited with the
/// source "Nhập từ tệp {name}".
/// </summary>
public sealed class ImportService(
    PartyReviewDbContext db, IAuditContext audit, TimeProvider clock, IOptions<ImportOptions> options, ILogger<ImportService> logger)
{
    public const string EntityType = "Import";

    /// <summary>Reads and checks the file; writes nothing.</summary>
    public Task<ImportResult> CheckAsync(Stream stream, string fileName, IProgress<ImportProgressInfo>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(stream, fileName, commit: false, progress, cancellationToken);

    /// <summary>Reads and checks the file again, then writes all of it in one transaction, or nothing if any row is in error.</summary>
    public Task<ImportResult> CommitAsync(Stream stream, string fileName, IProgress<ImportProgressInfo>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(stream, fileName, commit: true, progress, cancellationToken);

    private async Task<ImportResult> RunAsync(Stream stream, string fileName, bool commit, IProgress<ImportProgressInfo>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var watch = Stopwatch.StartNew();
        var limits = options.Value;
        if (stream.CanSeek && stream.Length > limits.MaxFileBytes)
        {
            return ImportResult.Refused(TooLarge(limits));
        }

        ParsedFile file;
        try
        {
            progress?.Report(new ImportProgressInfo("Đang đọc tệp", 0, 5));
            file = ParsedFile.Read(stream, fileName, limits, n => progress?.Report(new ImportProgressInfo("Đang đọc tệp", n, 5 + Math.Min(40, n * 40 / Math.Max(1, limits.MaxRows)))));
        }
        catch (ImportFileException e)
        {
            logger.LogInformation("Import of {File} refused: {Reason}", fileName, e.Message);
            return ImportResult.Refused(e.Message);
        }

        var committee = await db.Committees.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (committee is null)
        {
            return ImportResult.Refused("Chưa có thông tin Đảng bộ: Quản trị viên cần lưu trang Cài đặt Đảng bộ trước khi nhập dữ liệu.");
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var source = $"Nhập từ tệp {Path.GetFileName(fileName)}";
        audit.Source = source.Length > 500 ? source[..500] : source;
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var plan = new Planner(db, committee, audit, clock, commit, progress, file.Count);
            var result = await plan.RunAsync(file, cancellationToken);
            result.Elapsed = watch.Elapsed;
            if (commit && !result.HasErrors)
            {
                if (result.Changes > 0)
                {
                    var summary = audit.Action(clock, EntityType, 0, "Nhập từ tệp", null, result.Describe());
                    db.AuditEntries.Add(summary);
                    await plan.SaveAsync(cancellationToken);
                }

                await transaction!.CommitAsync(cancellationToken);
                result.Committed = true;
                result.Elapsed = watch.Elapsed;
                logger.LogInformation("Imported {File}: {Summary} in {Elapsed} ms", fileName, result.Describe(), watch.ElapsedMilliseconds);
            }
            else if (transaction is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            progress?.Report(new ImportProgressInfo("Xong", file.Count, 100));
            return result;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    public static string TooLarge(ImportOptions limits) =>
        $"Tệp lớn hơn giới hạn {VietnameseFormat.Count((int)Math.Min(int.MaxValue, limits.MaxFileBytes / 1024 / 1024))} MB của một lần nhập; hãy chia thành nhiều tệp nhỏ hơn.";

    /// <summary>One run over a file: matches every row, records its outcome, and changes the tracked entities.</summary>
    private sealed class Planner(
        PartyReviewDbContext db, Committee committee, IAuditContext audit, TimeProvider clock, bool commit, IProgress<ImportProgressInfo>? progress, int totalRows)
    {
        private readonly List<RowOutcome> _outcomes = [];
        private readonly List<Func<AuditEntry>> _audits = [];
        private readonly DateOnly _today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        private readonly DateTime _now = clock.GetUtcNow().UtcDateTime;

        private readonly Dictionary<string, Organization> _organizations = new(StringComparer.Ordinal);
        private readonly Dictionary<Organization, int> _organizationTemp = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<int, Organization> _organizationByKey = [];
        private readonly Dictionary<int, ReviewPeriod> _periods = [];
        private readonly HashSet<int> _lockedYears = [];
        private readonly HashSet<ReviewPeriod> _newPeriods = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, MemberSlot> _members = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MemberSlot> _membersByCard = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MemberSlot> _cardOwners = new(StringComparer.Ordinal);
        private readonly List<MemberSlot> _slots = [];
        private readonly Dictionary<MembershipEvent, (ParsedRow Row, RowOutcome Outcome)> _eventRows = new(ReferenceEqualityComparer.Instance);
        private int _nextTemp;
        private int _nextMemberNumber;
        private int _done;

        private sealed class MemberSlot(Member member)
        {
            public Member Member { get; } = member;
            public int TempKey { get; set; }
            public bool IsNew { get; init; }
            public List<MembershipEvent> Events { get; } = [];
            public bool LedgerChanged { get; set; }
            public bool Invalid { get; set; }
            public ParsedRow? Row { get; set; }
            public RowOutcome? Outcome { get; set; }
            public (string Code, string Name, Gender Gender, DateOnly Birth, DateOnly Admitted, DateOnly? Official, string? Card, int? Organization, DateOnly? Left) Before { get; set; }
            public MembershipState? State { get; set; }
            public (DateOnly? Admitted, DateOnly? Official, string? Card, int? OrganizationKey, string? OrganizationCode) Claimed { get; set; }

            /// <summary>For a new member: their ledger entries and open-period list, told in the audit line that adds them.</summary>
            public List<string> Notes { get; } = [];

            public int Key => Member.Id != 0 ? Member.Id : TempKey;
        }

        public async Task<ImportResult> RunAsync(ParsedFile file, CancellationToken cancellationToken)
        {
            Report("Đang đối chiếu tổ chức");
            await LoadOrganizationsAsync(cancellationToken);
            Organizations(file.Rows(SheetKind.Organizations));
            await FlushAsync(cancellationToken);

            Report("Đang đối chiếu kỳ đánh giá");
            await LoadPeriodsAsync(cancellationToken);
            Periods(file.Rows(SheetKind.Periods));
            await FlushAsync(cancellationToken);

            var needsMembers = file.Rows(SheetKind.Members).Count + file.Rows(SheetKind.Events).Count + file.Rows(SheetKind.Reviews).Count > 0;
            if (needsMembers)
            {
                Report("Đang đối chiếu đảng viên");
                await LoadMembersAsync(cancellationToken);
                Members(file.Rows(SheetKind.Members));
                await FlushAsync(cancellationToken);

                Report("Đang kiểm tra sổ đảng viên");
                Events(file.Rows(SheetKind.Events));
                Ledgers();
                await FlushAsync(cancellationToken);
            }

            if (file.Rows(SheetKind.Reviews).Count > 0 || _slots.Any(s => s.LedgerChanged))
            {
                Report("Đang đối chiếu kết quả xếp loại");
                await ReviewsAsync(file.Rows(SheetKind.Reviews), cancellationToken);
                await FlushAsync(cancellationToken);
            }

            if (file.Rows(SheetKind.Targets).Count > 0)
            {
                await TargetsAsync(file.Rows(SheetKind.Targets), cancellationToken);
            }

            var result = new ImportResult { Rows = [.. _outcomes.OrderBy(o => o.Kind).ThenBy(o => o.Sheet, StringComparer.Ordinal).ThenBy(o => o.Row)] };
            if (commit && !result.HasErrors)
            {
                Report("Đang ghi vào cơ sở dữ liệu");
                await SaveAsync(cancellationToken);
                db.AuditEntries.AddRange(_audits.Select(a => a()));
                await SaveAsync(cancellationToken);
            }

            return result;
        }

        public async Task SaveAsync(CancellationToken cancellationToken)
        {
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>On commit, writes what the stage added so that the next stages refer to real keys; on a dry run, nothing.</summary>
        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (commit && !_outcomes.Any(o => o.Status == RowStatus.Error))
            {
                await SaveAsync(cancellationToken);
            }
        }

        private void Report(string stage) =>
            progress?.Report(new ImportProgressInfo(stage, totalRows, 45 + Math.Min(50, _done * 50 / Math.Max(1, totalRows))));

        private RowOutcome Outcome(ParsedRow row, string subject)
        {
            var outcome = new RowOutcome { Kind = row.Format.Kind, Sheet = row.Sheet, Row = row.Number, Subject = subject };
            _outcomes.Add(outcome);
            _done++;
            return outcome;
        }

        private static void Fail(RowOutcome outcome, string message)
        {
            outcome.Status = RowStatus.Error;
            outcome.Messages.Add(message);
        }

        private void Audit(string entityType, Func<int> id, string action, string? old, string? value, Func<(int? Organization, int? Member, int? Period)>? subject = null) =>
            Audit(entityType, id, action, old, () => value, subject);

        /// <summary>An audit line whose new value is written when the lines are saved, after every stage has added to it.</summary>
        private void Audit(string entityType, Func<int> id, string action, string? old, Func<string?> value, Func<(int? Organization, int? Member, int? Period)>? subject) =>
            _audits.Add(() =>
            {
                var (organization, member, period) = subject?.Invoke() ?? (null, null, null);
                var entry = audit.Action(clock, entityType, id(), action, old, value(), period);
                entry.OrganizationId = organization;
                entry.MemberId = member;
                return entry;
            });

        // ---- cells -------------------------------------------------------------------------------------------

        private static string? Text(ParsedRow row, string key, int max, RowOutcome outcome)
        {
            var value = row[key];
            if (value is { Length: var length } && length > max)
            {
                Fail(outcome, $"{row.Cell(key)}: dài {length} ký tự, tối đa {max}.");
                return null;
            }

            return value;
        }

        private static string? Required(ParsedRow row, string key, int max, RowOutcome outcome)
        {
            var value = Text(row, key, max, outcome);
            if (value is null && row[key] is null)
            {
                Fail(outcome, $"{row.Cell(key)}: bỏ trống.");
            }

            return value;
        }

        private static DateOnly? Date(ParsedRow row, string key, RowOutcome outcome, bool required = false)
        {
            var text = row[key];
            if (text is null)
            {
                if (required)
                {
                    Fail(outcome, $"{row.Cell(key)}: bỏ trống.");
                }

                return null;
            }

            if (ImportSpellings.Date(text) is { } date)
            {
                return date;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2_958_466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            }

            Fail(outcome, $"{row.Cell(key)}: ngày không hợp lệ «{text}» (viết ngày/tháng/năm, ví dụ 16/01/2020).");
            return null;
        }

        private static T? Parse<T>(ParsedRow row, string key, Func<string?, T?> parse, string expected, RowOutcome outcome, bool required = false)
            where T : struct
        {
            var text = row[key];
            if (text is null)
            {
                if (required)
                {
                    Fail(outcome, $"{row.Cell(key)}: bỏ trống.");
                }

                return null;
            }

            var value = parse(text);
            if (value is null)
            {
                Fail(outcome, $"{row.Cell(key)}: không đọc được «{text}»; {expected}.");
            }

            return value;
        }

        private static int? Integer(ParsedRow row, string key, int min, int max, RowOutcome outcome, bool required = false)
        {
            var number = Parse(row, key, ImportSpellings.Number, $"cần một số từ {min} đến {max}", outcome, required);
            if (number is null)
            {
                return null;
            }

            if (number != Math.Floor(number.Value) || number < min || number > max)
            {
                Fail(outcome, $"{row.Cell(key)}: «{row[key]}» phải là số nguyên từ {min} đến {max}.");
                return null;
            }

            return (int)number.Value;
        }

        private static string? Code(string? value) => value?.Trim().ToUpperInvariant();

        // ---- organizations ------------------------------------------------------------------------------------

        private async Task LoadOrganizationsAsync(CancellationToken cancellationToken)
        {
            foreach (var organization in await db.Organizations.Where(o => o.CommitteeId == committee.Id).ToListAsync(cancellationToken))
            {
                _organizations[organization.Code] = organization;
                _organizationByKey[organization.Id] = organization;
            }
        }

        private int OrganizationKey(Organization organization) => organization.Id != 0 ? organization.Id : _organizationTemp[organization];

        private string OrganizationName(int key) => _organizationByKey.TryGetValue(key, out var o) ? $"{o.Code} – {o.Name}" : "?";

        private void Organizations(IReadOnlyList<ParsedRow> rows)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var code = Code(row["Code"]);
                var outcome = Outcome(row, $"{code} – {row["Name"]}");
                code = Code(Required(row, "Code", Organization.CodeMaxLength, outcome));
                var name = Required(row, "Name", Organization.NameMaxLength, outcome);
                var kind = Parse(row, "Kind", ImportSpellings.OrganizationKind, "dùng «Đảng bộ cơ sở» hoặc «Chi bộ cơ sở»", outcome, required: true);
                var founded = Date(row, "FoundedOn", outcome, required: true);
                var dissolved = Date(row, "DissolvedOn", outcome);
                var executive = Parse(row, "HasExecutiveCommittee", ImportSpellings.Flag, "dùng «Có» hoặc «Không»", outcome) ?? false;
                if (founded is { } f && dissolved is { } d && d <= f)
                {
                    Fail(outcome, $"{row.Cell("DissolvedOn")}: ngày giải thể phải sau ngày thành lập.");
                }

                if (code is not null && !seen.TryAdd(code, row.Number))
                {
                    Fail(outcome, $"{row.Cell("Code")}: mã tổ chức {code} lặp lại (đã có ở dòng {seen[code]}).");
                }

                if (outcome.Status == RowStatus.Error)
                {
                    continue;
                }

                if (_organizations.TryGetValue(code!, out var existing))
                {
                    var before = Describe(existing);
                    existing.Name = name!;
                    existing.Kind = kind!.Value;
                    existing.FoundedOn = founded!.Value;
                    existing.DissolvedOn = dissolved;
                    existing.HasExecutiveCommittee = executive;
                    var after = Describe(existing);
                    if (before != after)
                    {
                        outcome.Status = RowStatus.Updated;
                        Audit(nameof(Organization), () => existing.Id, "Nhập: sửa tổ chức", before, after, () => (existing.Id, null, null));
                    }
                }
                else
                {
                    var organization = new Organization
                    {
                        CommitteeId = committee.Id, Code = code!, Name = name!, Kind = kind!.Value, FoundedOn = founded!.Value, DissolvedOn = dissolved,
                        HasExecutiveCommittee = executive,
                    };
                    db.Organizations.Add(organization);
                    _organizations[code!] = organization;
                    _organizationTemp[organization] = --_nextTemp;
                    _organizationByKey[_nextTemp] = organization;
                    outcome.Status = RowStatus.New;
                    Audit(nameof(Organization), () => organization.Id, "Nhập: thêm tổ chức", null, Describe(organization), () => (organization.Id, null, null));
                }
            }
        }

        private static string Describe(Organization o) =>
            $"{o.Code} – {o.Name}, {ImportFormat.KindName(o.Kind)}, thành lập {VietnameseFormat.Date(o.FoundedOn)}" +
            (o.DissolvedOn is { } d ? $", giải thể {VietnameseFormat.Date(d)}" : "") + (o.HasExecutiveCommittee ? ", có cấp ủy" : ", không có cấp ủy");

        private Organization? FindOrganization(ParsedRow row, string key, RowOutcome outcome, bool required)
        {
            var code = Code(row[key]);
            if (code is null)
            {
                if (required)
                {
                    Fail(outcome, $"{row.Cell(key)}: bỏ trống.");
                }

                return null;
            }

            if (_organizations.TryGetValue(code, out var organization))
            {
                return organization;
            }

            Fail(outcome, $"{row.Cell(key)}: không có tổ chức mã «{code}» (trong dữ liệu hay ở trang Tổ chức của tệp).");
            return null;
        }

        // ---- periods ------------------------------------------------------------------------------------------

        private async Task LoadPeriodsAsync(CancellationToken cancellationToken)
        {
            foreach (var period in await db.ReviewPeriods.Where(p => p.CommitteeId == committee.Id).ToListAsync(cancellationToken))
            {
                _periods[period.Year] = period;
                if (period.IsLocked)
                {
                    _lockedYears.Add(period.Year);
                }
            }
        }

        private void Periods(IReadOnlyList<ParsedRow> rows)
        {
            var seen = new HashSet<int>();
            foreach (var row in rows)
            {
                var outcome = Outcome(row, $"Kỳ đánh giá năm {row["Year"]}");
                var year = Integer(row, "Year", 2000, 2100, outcome, required: true);
                var ruleSet = Parse(row, "RuleSet", ImportSpellings.RuleSet, "dùng 132/16, 132/21, 124/25 hoặc 366/43", outcome);
                var quota = Integer(row, "Quota", 0, 100, outcome);
                var reviewDate = Date(row, "ReviewDate", outcome, required: true);
                var status = Parse(row, "Status", ImportSpellings.PeriodStatus, "dùng «Đang đánh giá» hoặc «Đã quyết định»", outcome);
                var award = Text(row, "AwardName", 200, outcome);
                var consecutive = Integer(row, "ConsecutiveYears", 1, 20, outcome);
                if (year is { } y && reviewDate is { } date && date.Year != y && date.Year != y + 1)
                {
                    Fail(outcome, $"{row.Cell("ReviewDate")}: ngày đánh giá phải trong năm {y} hoặc đầu năm {y + 1}.");
                }

                if (year is { } again && !seen.Add(again))
                {
                    Fail(outcome, $"{row.Cell("Year")}: năm {again} lặp lại.");
                }

                if (outcome.Status == RowStatus.Error)
                {
                    continue;
                }

                var wanted = new ReviewPeriod
                {
                    CommitteeId = committee.Id, Year = year!.Value, RuleSet = ruleSet ?? RuleSets.ForYear(year.Value),
                    ExcellenceQuotaPercent = quota ?? committee.DefaultExcellenceQuotaPercent, ReviewDate = reviewDate!.Value,
                    Status = status ?? ReviewPeriodStatus.Open, ExemplaryOrganizationAwardName = award,
                    ConsecutiveYears = consecutive ?? Domain.Commendations.Eligibility.DefaultConsecutiveYears,
                };
                if (_periods.TryGetValue(wanted.Year, out var existing))
                {
                    var before = Describe(existing);
                    if (before == Describe(wanted))
                    {
                        continue;
                    }

                    if (_lockedYears.Contains(existing.Year))
                    {
                        Fail(outcome, $"Kỳ đánh giá năm {existing.Year} đã quyết định (khóa): không sửa được bằng tệp nhập.");
                        continue;
                    }

                    existing.RuleSet = wanted.RuleSet;
                    existing.ExcellenceQuotaPercent = wanted.ExcellenceQuotaPercent;
                    existing.ReviewDate = wanted.ReviewDate;
                    existing.Status = wanted.Status;
                    existing.ExemplaryOrganizationAwardName = wanted.ExemplaryOrganizationAwardName;
                    existing.ConsecutiveYears = wanted.ConsecutiveYears;
                    outcome.Status = RowStatus.Updated;
                    Audit(nameof(ReviewPeriod), () => existing.Id, "Nhập: sửa kỳ đánh giá", before, Describe(existing), () => (null, null, existing.Id));
                }
                else
                {
                    db.ReviewPeriods.Add(wanted);
                    _newPeriods.Add(wanted);
                    _periods[wanted.Year] = wanted;
                    outcome.Status = RowStatus.New;
                    Audit(nameof(ReviewPeriod), () => wanted.Id, "Nhập: mở kỳ đánh giá", null, Describe(wanted), () => (null, null, wanted.Id));
                }
            }
        }

        private static string Describe(ReviewPeriod p) =>
            $"năm {p.Year}, {ImportSpellings.ShortName(p.RuleSet)}, tỷ lệ {p.ExcellenceQuotaPercent}%, ngày {VietnameseFormat.Date(p.ReviewDate)}, " +
            $"{(p.IsLocked ? "đã quyết định" : "đang đánh giá")}, {p.ExemplaryOrganizationAwardName ?? "tên mặc định"}, {p.ConsecutiveYears} năm liền";

        // ---- members ------------------------------------------------------------------------------------------

        private async Task LoadMembersAsync(CancellationToken cancellationToken)
        {
            var members = await db.Members.Where(m => m.CommitteeId == committee.Id).ToListAsync(cancellationToken);
            var byId = new Dictionary<int, MemberSlot>();
            foreach (var member in members)
            {
                var slot = new MemberSlot(member);
                slot.Before = Snapshot(member);
                byId[member.Id] = slot;
                _slots.Add(slot);
                _members[member.MemberCode] = slot;
                if (member.PartyCardNumber is { } card)
                {
                    _membersByCard[card] = slot;
                    _cardOwners[card] = slot;
                }
            }

            var events = await (from e in db.MembershipEvents
                                join m in db.Members on e.MemberId equals m.Id
                                where m.CommitteeId == committee.Id
                                select e).ToListAsync(cancellationToken);
            foreach (var e in events)
            {
                if (byId.TryGetValue(e.MemberId, out var slot))
                {
                    slot.Events.Add(e);
                    if (e.CardNumber is { } card)
                    {
                        _cardOwners.TryAdd(card, slot);
                    }
                }
            }

            var numbers = members.Select(m => m.MemberCode).Where(c => c.StartsWith("DV", StringComparison.Ordinal))
                .Select(c => int.TryParse(c.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
            _nextMemberNumber = numbers.DefaultIfEmpty(0).Max() + 1;
        }

        private static (string, string, Gender, DateOnly, DateOnly, DateOnly?, string?, int?, DateOnly?) Snapshot(Member m) =>
            (m.MemberCode, m.FullName, m.Gender, m.BirthDate, m.AdmittedOn, m.OfficialOn, m.PartyCardNumber, m.OrganizationId, m.LeftOn);

        private void Members(IReadOnlyList<ParsedRow> rows)
        {
            var seen = new Dictionary<MemberSlot, int>(ReferenceEqualityComparer.Instance);
            foreach (var row in rows)
            {
                var outcome = Outcome(row, $"{Code(row["Code"]) ?? row["CardNumber"]} – {row["FullName"]}");
                var code = Code(Text(row, "Code", Member.CodeMaxLength, outcome));
                var name = Required(row, "FullName", Member.FullNameMaxLength, outcome);
                var gender = Parse(row, "Gender", ImportSpellings.Gender, "dùng «Nam» hoặc «Nữ»", outcome, required: true);
                var birth = Date(row, "BirthDate", outcome, required: true);
                var admitted = Date(row, "AdmittedOn", outcome);
                var official = Date(row, "OfficialOn", outcome);
                var card = Text(row, "CardNumber", Member.CardNumberMaxLength, outcome);
                var organization = FindOrganization(row, "OrganizationCode", outcome, required: false);
                if (birth is { } b && admitted is { } a && b.AddYears(18) > a)
                {
                    Fail(outcome, $"{row.Cell("BirthDate")}: đảng viên phải đủ 18 tuổi khi vào Đảng ({VietnameseFormat.Date(a)}).");
                }

                if (admitted is { } a2 && official is { } o && o < a2.AddMonths(MembershipLedger.ProbationMonths))
                {
                    Fail(outcome, $"{row.Cell("OfficialOn")}: ngày chính thức phải sau ngày vào Đảng ít nhất 12 tháng.");
                }

                MemberSlot? slot = null;
                if (code is not null && _members.TryGetValue(code, out var byCode))
                {
                    slot = byCode;
                }
                else if (code is null && card is not null && _membersByCard.TryGetValue(card, out var byCard))
                {
                    slot = byCard;
                }

                if (slot is not null && !seen.TryAdd(slot, row.Number))
                {
                    Fail(outcome, $"Đảng viên {slot.Member.MemberCode} lặp lại (đã có ở dòng {seen[slot]}).");
                }

                if (card is not null && _cardOwners.TryGetValue(card, out var owner) && !ReferenceEquals(owner, slot))
                {
                    Fail(outcome, $"{row.Cell("CardNumber")}: số thẻ {card} trùng với đảng viên {owner.Member.MemberCode} – {owner.Member.FullName}.");
                }

                if (slot is not null && code is not null && slot.Member.MemberCode != code && _members.ContainsKey(code))
                {
                    Fail(outcome, $"{row.Cell("Code")}: mã {code} đã là của đảng viên khác.");
                }

                if (outcome.Status == RowStatus.Error)
                {
                    if (slot is not null)
                    {
                        slot.Invalid = true;
                    }
                    else if (code is not null)
                    {
                        // Events of this member are refused too: mark the code as known but invalid.
                        var placeholder = new MemberSlot(new Member { MemberCode = code, FullName = name ?? code }) { Invalid = true, IsNew = true, TempKey = --_nextTemp };
                        _members[code] = placeholder;
                    }

                    continue;
                }

                if (slot is null)
                {
                    var member = new Member
                    {
                        CommitteeId = committee.Id,
                        MemberCode = code ?? $"DV{_nextMemberNumber++:00000}",
                        FullName = name!,
                        Gender = gender!.Value,
                        BirthDate = birth!.Value,
                        AdmittedOn = admitted ?? default,
                        OfficialOn = official,
                    };
                    slot = new MemberSlot(member) { IsNew = true, TempKey = --_nextTemp };
                    _slots.Add(slot);
                    _members[member.MemberCode] = slot;
                    db.Members.Add(member);
                    seen[slot] = row.Number;
                }
                else
                {
                    if (code is not null && slot.Member.MemberCode != code)
                    {
                        _members.Remove(slot.Member.MemberCode);
                        slot.Member.MemberCode = code;
                        _members[code] = slot;
                    }

                    slot.Member.FullName = name!;
                    slot.Member.Gender = gender!.Value;
                    slot.Member.BirthDate = birth!.Value;
                    var kinds = slot.Events.Select(e => e.Kind).ToHashSet();
                    if (admitted is { } given && !kinds.Contains(MembershipEventKind.Admitted))
                    {
                        slot.Member.AdmittedOn = given;
                    }

                    if (official is not null && !kinds.Contains(MembershipEventKind.MadeOfficial))
                    {
                        slot.Member.OfficialOn = official;
                    }
                }

                if (card is not null)
                {
                    _membersByCard[card] = slot;
                    _cardOwners[card] = slot;
                }

                slot.Row = row;
                slot.Outcome = outcome;
                slot.Claimed = (admitted, official, card, organization is null ? null : OrganizationKey(organization), organization?.Code);
            }
        }

        // ---- events and ledgers -------------------------------------------------------------------------------

        private void Events(IReadOnlyList<ParsedRow> rows)
        {
            var seen = new Dictionary<(MemberSlot, MembershipEventKind, DateOnly), int>();
            foreach (var row in rows)
            {
                var outcome = Outcome(row, $"{Code(row["MemberCode"])} · {row["Kind"]} {row["OccurredOn"]}");
                var memberCode = Code(Required(row, "MemberCode", Member.CodeMaxLength, outcome));
                var organization = FindOrganization(row, "OrganizationCode", outcome, required: true);
                var kind = Parse(row, "Kind", ImportSpellings.EventKind, "dùng tên loại sự kiện như «Kết nạp», «Chuyển sinh hoạt đi»", outcome, required: true);
                var date = Date(row, "OccurredOn", outcome, required: true);
                var counterpart = FindOrganization(row, "CounterpartCode", outcome, required: false);
                var card = Text(row, "CardNumber", Member.CardNumberMaxLength, outcome);
                var decision = Text(row, "DecisionNumber", MembershipEvent.DecisionNumberMaxLength, outcome);
                var note = Text(row, "Note", MembershipEvent.NoteMaxLength, outcome);
                MemberSlot? slot = null;
                if (memberCode is not null && !_members.TryGetValue(memberCode, out slot))
                {
                    Fail(outcome, $"{row.Cell("MemberCode")}: không có đảng viên mã «{memberCode}» (trong dữ liệu hay ở trang Đảng viên của tệp).");
                }
                else if (slot is { Invalid: true })
                {
                    Fail(outcome, $"Đảng viên {memberCode} có lỗi ở trang Đảng viên; sửa dòng đó trước.");
                }

                if (date is { } d && d > _today)
                {
                    Fail(outcome, $"{row.Cell("OccurredOn")}: ngày {VietnameseFormat.Date(d)} ở tương lai (hôm nay là {VietnameseFormat.Date(_today)}).");
                }

                if (counterpart is not null && kind is not (MembershipEventKind.TransferredIn or MembershipEventKind.TransferredOut))
                {
                    Fail(outcome, $"{row.Cell("CounterpartCode")}: chỉ ghi tổ chức đối ứng khi chuyển sinh hoạt.");
                }

                if (counterpart is not null && ReferenceEquals(counterpart, organization))
                {
                    Fail(outcome, $"{row.Cell("CounterpartCode")}: tổ chức đối ứng trùng với tổ chức của sự kiện.");
                }

                if (card is not null && kind is not (MembershipEventKind.PartyCardIssued or MembershipEventKind.TransferredIn))
                {
                    Fail(outcome, $"{row.Cell("CardNumber")}: chỉ ghi số thẻ khi cấp thẻ hoặc tiếp nhận đảng viên chuyển đến.");
                }

                if (card is not null && slot is not null && _cardOwners.TryGetValue(card, out var owner) && !ReferenceEquals(owner, slot))
                {
                    Fail(outcome, $"{row.Cell("CardNumber")}: số thẻ {card} trùng với đảng viên {owner.Member.MemberCode} – {owner.Member.FullName}.");
                }

                if (slot is not null && kind is { } k && date is { } day && !seen.TryAdd((slot, k, day), row.Number))
                {
                    Fail(outcome, $"Sự kiện lặp lại (đã có ở dòng {seen[(slot, k, day)]}).");
                }

                if (outcome.Status == RowStatus.Error)
                {
                    if (slot is not null)
                    {
                        slot.Invalid = true;
                    }

                    continue;
                }

                var organizationKey = OrganizationKey(organization!);
                int? counterpartKey = counterpart is null ? null : OrganizationKey(counterpart);
                var existing = slot!.Events.FirstOrDefault(e => e.Id != 0 && e.Kind == kind && e.OccurredOn == date);
                if (card is not null)
                {
                    _cardOwners[card] = slot;
                }

                if (existing is not null)
                {
                    var before = Describe(existing);
                    if (existing.OrganizationId == organizationKey && existing.CounterpartOrganizationId == counterpartKey && existing.CardNumber == card
                        && existing.DecisionNumber == decision && existing.Note == note)
                    {
                        continue;
                    }

                    if (_lockedYears.Contains(existing.OccurredOn.Year))
                    {
                        Fail(outcome, LockedMessage(existing.OccurredOn.Year));
                        slot.Invalid = true;
                        continue;
                    }

                    existing.OrganizationId = organizationKey;
                    existing.CounterpartOrganizationId = counterpartKey;
                    existing.CardNumber = card;
                    existing.DecisionNumber = decision;
                    existing.Note = note;
                    outcome.Status = RowStatus.Updated;
                    slot.LedgerChanged = true;
                    _eventRows[existing] = (row, outcome);
                    var member = slot.Member;
                    Audit(nameof(MembershipEvent), () => member.Id, "Nhập: sửa sự kiện", before, Describe(existing), () => (existing.OrganizationId, member.Id, null));
                    continue;
                }

                if (_lockedYears.Contains(date!.Value.Year))
                {
                    Fail(outcome, LockedMessage(date.Value.Year));
                    slot.Invalid = true;
                    continue;
                }

                var entry = new MembershipEvent
                {
                    MemberId = slot.Key, OrganizationId = organizationKey, Kind = kind!.Value, OccurredOn = date!.Value, CounterpartOrganizationId = counterpartKey,
                    CardNumber = card, DecisionNumber = decision, Note = note, RecordedBy = audit.UserName, RecordedAt = _now,
                };
                slot.Events.Add(entry);
                slot.LedgerChanged = true;
                _eventRows[entry] = (row, outcome);
                outcome.Status = RowStatus.New;
            }
        }

        private static string LockedMessage(int year) =>
            $"Kỳ đánh giá năm {year} đã quyết định (khóa): sự kiện đảng tịch trong năm {year} không thể ghi hay sửa.";

        /// <summary>Replays every changed ledger; a refused entry marks its row (or the member's row) in error.</summary>
        private void Ledgers()
        {
            foreach (var slot in _slots)
            {
                if (slot.Invalid)
                {
                    continue;
                }

                var member = slot.Member;
                if (slot.Events.Count == 0 && slot.Row is { } row && slot.Outcome is { } outcome)
                {
                    // A member with no ledger yet is placed by the roster: admitted (and made official, and given a card) as it says.
                    if (slot.Claimed.OrganizationKey is not { } organization)
                    {
                        if (slot.IsNew)
                        {
                            Fail(outcome, $"{row.Cell("OrganizationCode")}: cần mã tổ chức nơi đảng viên sinh hoạt (hoặc các sự kiện đảng tịch ở trang Sự kiện đảng tịch).");
                            slot.Invalid = true;
                        }

                        continue;
                    }

                    if (slot.Claimed.Admitted is not { } admitted)
                    {
                        Fail(outcome, $"{row.Cell("AdmittedOn")}: bỏ trống; cần ngày vào Đảng để ghi đảng viên vào sổ.");
                        slot.Invalid = true;
                        continue;
                    }

                    if (slot.Claimed.Card is not null && slot.Claimed.Official is null)
                    {
                        Fail(outcome, $"{row.Cell("CardNumber")}: đảng viên dự bị chưa được cấp thẻ; ghi ngày chính thức hoặc bỏ số thẻ.");
                        slot.Invalid = true;
                        continue;
                    }

                    const string note = "Đưa vào sổ khi nhập từ tệp";
                    slot.Events.Add(NewEvent(slot, organization, MembershipEventKind.Admitted, admitted, null, note));
                    if (slot.Claimed.Official is { } official)
                    {
                        slot.Events.Add(NewEvent(slot, organization, MembershipEventKind.MadeOfficial, official, null, note));
                        if (slot.Claimed.Card is { } card)
                        {
                            slot.Events.Add(NewEvent(slot, organization, MembershipEventKind.PartyCardIssued, official, card, note));
                        }
                    }

                    slot.LedgerChanged = true;
                }

                if (slot.IsNew && slot.Events.Count > 0 && !slot.Events.Any(e => e.Kind == MembershipEventKind.Admitted) && member.AdmittedOn == default && slot.Outcome is { } o2)
                {
                    Fail(o2, $"{slot.Row!.Cell("AdmittedOn")}: bỏ trống; cần ngày vào Đảng của đảng viên chuyển đến.");
                    slot.Invalid = true;
                    continue;
                }

                if (slot.LedgerChanged)
                {
                    var origin = MembershipLedger.OriginOf(member, slot.Events);
                    var (state, error) = MembershipLedger.Replay(origin, slot.Events, OrganizationName);
                    if (error is not null)
                    {
                        var target = _eventRows.TryGetValue(error.Event, out var at) ? at.Outcome
                            : slot.Events.Where(e => _eventRows.ContainsKey(e)).Select(e => _eventRows[e].Outcome).FirstOrDefault() ?? slot.Outcome;
                        if (target is not null)
                        {
                            var when = $"{error.Event.Kind.Name()} ngày {VietnameseFormat.Date(error.Event.OccurredOn)}";
                            Fail(target, $"Sổ đảng viên {member.MemberCode} không hợp lệ ở sự kiện «{when}»: {Movements.MovementsMessages.Vietnamese(error)}");
                        }

                        slot.Invalid = true;
                        continue;
                    }

                    member.ApplyLedger(state);
                    slot.State = state;
                    foreach (var e in slot.Events.Where(e => e.Id == 0))
                    {
                        db.MembershipEvents.Add(e);
                        var entry = e;

                        // A new member's entries are told in the one line that adds the member (a 10.000-member roster
                        // would otherwise write 40.000 lines); an existing member's each get their own.
                        if (slot.IsNew)
                        {
                            slot.Notes.Add(Describe(entry));
                        }
                        else
                        {
                            Audit(nameof(MembershipEvent), () => member.Id, "Nhập: ghi sự kiện", null, Describe(entry), () => (entry.OrganizationId, member.Id, null));
                        }
                    }
                }

                if (slot.Outcome is { } memberOutcome && memberOutcome.Status != RowStatus.Error)
                {
                    // What the roster claims must agree with the ledger.
                    var claimed = slot.Claimed;
                    if (claimed.Admitted is { } a && a != member.AdmittedOn)
                    {
                        Fail(memberOutcome, $"{slot.Row!.Cell("AdmittedOn")}: {VietnameseFormat.Date(a)} khác ngày vào Đảng theo sổ đảng viên ({VietnameseFormat.Date(member.AdmittedOn)}).");
                    }

                    if (claimed.Official is { } o && o != member.OfficialOn)
                    {
                        Fail(memberOutcome, $"{slot.Row!.Cell("OfficialOn")}: {VietnameseFormat.Date(o)} khác ngày chính thức theo sổ đảng viên ({(member.OfficialOn is { } x ? VietnameseFormat.Date(x) : "chưa chính thức")}).");
                    }

                    if (claimed.Card is { } c && c != member.PartyCardNumber)
                    {
                        Fail(memberOutcome, $"{slot.Row!.Cell("CardNumber")}: số thẻ {c} khác số thẻ theo sổ đảng viên ({member.PartyCardNumber ?? "chưa cấp"}); hãy ghi sự kiện cấp thẻ.");
                    }

                    if (claimed.OrganizationKey is { } k && k != member.OrganizationId)
                    {
                        Fail(memberOutcome, $"{slot.Row!.Cell("OrganizationCode")}: {claimed.OrganizationCode} khác nơi sinh hoạt theo sổ đảng viên " +
                                            $"({(member.OrganizationId is { } now ? OrganizationName(now) : "đã ra khỏi Đảng bộ")}); hãy ghi sự kiện chuyển sinh hoạt.");
                    }

                    if (memberOutcome.Status == RowStatus.Error)
                    {
                        slot.Invalid = true;
                        continue;
                    }

                    if (slot.IsNew)
                    {
                        memberOutcome.Status = RowStatus.New;
                        var added = slot;
                        Audit(nameof(Member), () => member.Id, "Nhập: thêm đảng viên", null,
                            () => added.Notes.Count == 0 ? Describe(member) : $"{Describe(member)}; {string.Join("; ", added.Notes)}",
                            () => (member.OrganizationId, member.Id, null));
                    }
                    else if (!Equals(slot.Before, Snapshot(member)))
                    {
                        memberOutcome.Status = RowStatus.Updated;
                        var before = slot.Before;
                        Audit(nameof(Member), () => member.Id, "Nhập: sửa đảng viên",
                            $"{before.Code} – {before.Name}, {ImportFormat.GenderName(before.Gender)}, sinh {VietnameseFormat.Date(before.Birth)}", Describe(member),
                            () => (member.OrganizationId, member.Id, null));
                    }
                }
            }

            // A member refused here leaves the import in error: no half ledger is written.
        }

        private MembershipEvent NewEvent(MemberSlot slot, int organization, MembershipEventKind kind, DateOnly date, string? card, string note) => new()
        {
            MemberId = slot.Key, OrganizationId = organization, Kind = kind, OccurredOn = date, CardNumber = card, Note = note, RecordedBy = audit.UserName, RecordedAt = _now,
        };

        private static string Describe(Member m) =>
            $"{m.MemberCode} – {m.FullName}, {ImportFormat.GenderName(m.Gender)}, sinh {VietnameseFormat.Date(m.BirthDate)}";

        private string Describe(MembershipEvent e)
        {
            var text = $"{e.Kind.Name()} ngày {VietnameseFormat.Date(e.OccurredOn)} – {OrganizationName(e.OrganizationId)}";
            if (e.CounterpartOrganizationId is { } other)
            {
                text += (e.Kind == MembershipEventKind.TransferredOut ? " → " : " ← ") + OrganizationName(other);
            }

            if (e.DecisionNumber is not null)
            {
                text += $", QĐ số {e.DecisionNumber}";
            }

            if (e.CardNumber is not null)
            {
                text += $", thẻ số {e.CardNumber}";
            }

            return e.Note is null ? text : $"{text} ({e.Note})";
        }

        // ---- reviews ------------------------------------------------------------------------------------------

        private async Task ReviewsAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
        {
            var periodIds = _periods.Values.Where(p => p.Id != 0).Select(p => p.Id).ToList();
            var organizationReviews = (await db.OrganizationReviews.Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken))
                .ToDictionary(r => (r.ReviewPeriodId, r.OrganizationId));
            var leadershipReviews = (await db.LeadershipReviews.Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken))
                .ToDictionary(r => (r.ReviewPeriodId, r.OrganizationId));
            var memberReviews = (await db.MemberReviews.Where(r => periodIds.Contains(r.ReviewPeriodId)).ToListAsync(cancellationToken))
                .ToDictionary(r => (r.ReviewPeriodId, r.MemberId));
            var seen = new Dictionary<(int Year, ReviewSubjectKind Kind, object Subject), int>();
            var inFile = new HashSet<(ReviewPeriod, MemberSlot)>();
            foreach (var row in rows)
            {
                var outcome = Outcome(row, $"{row["Year"]} · {row["Subject"]} {Code(row["MemberCode"]) ?? Code(row["OrganizationCode"])}");
                var year = Integer(row, "Year", 2000, 2100, outcome, required: true);
                var subject = Parse(row, "Subject", ImportSpellings.SubjectKind, "dùng «Tổ chức», «Tập thể lãnh đạo» hoặc «Đảng viên»", outcome, required: true);
                var level = Parse(row, "Level", ImportSpellings.Level, "dùng HTXSNV, HTTNV, HTNV, KHTNV hoặc tên đầy đủ", outcome);
                var score = Parse(row, "Score", ImportSpellings.Number, "cần một số từ 0 đến 100", outcome);
                var reason = Parse(row, "Reason", ImportSpellings.Reason, $"dùng một trong: {string.Join("; ", NotRatedReasons.All.Select(r => r.VietnameseName()))}", outcome);
                var note = Text(row, "Note", ReviewRecord.NoteMaxLength, outcome);
                var justification = Text(row, "QuotaJustification", OrganizationReview.JustificationMaxLength, outcome);
                var organization = FindOrganization(row, "OrganizationCode", outcome, required: subject is ReviewSubjectKind.Organization or ReviewSubjectKind.Leadership);
                ReviewPeriod? period = null;
                if (year is { } y && !_periods.TryGetValue(y, out period))
                {
                    Fail(outcome, $"{row.Cell("Year")}: chưa có kỳ đánh giá năm {y} (trong dữ liệu hay ở trang Kỳ đánh giá của tệp).");
                }

                if (score is < 0 or > 100)
                {
                    Fail(outcome, $"{row.Cell("Score")}: điểm phải từ 0 đến 100.");
                    score = null;
                }

                if (level is not null && reason is not null)
                {
                    Fail(outcome, $"{row.Cell("Reason")}: đã xếp loại thì không ghi lý do không xếp loại.");
                }

                if (score is not null && reason is not null)
                {
                    Fail(outcome, $"{row.Cell("Score")}: không xếp loại thì không ghi điểm.");
                }

                if (level is null && score is { } s && period is not null && outcome.Status != RowStatus.Error)
                {
                    if (period.RuleSet.UsesPointScale())
                    {
                        level = PointScale.LevelFor(s);
                    }
                    else
                    {
                        Fail(outcome, $"{row.Cell("Level")}: bỏ trống; năm {period.Year} không dùng thang điểm nên cần ghi xếp loại.");
                    }
                }

                MemberSlot? slot = null;
                if (subject == ReviewSubjectKind.Member)
                {
                    var memberCode = Code(row["MemberCode"]);
                    if (memberCode is null)
                    {
                        Fail(outcome, $"{row.Cell("MemberCode")}: bỏ trống.");
                    }
                    else if (!_members.TryGetValue(memberCode, out slot))
                    {
                        Fail(outcome, $"{row.Cell("MemberCode")}: không có đảng viên mã «{memberCode}».");
                    }
                    else if (slot.Invalid)
                    {
                        Fail(outcome, $"Đảng viên {memberCode} có lỗi ở trang Đảng viên hoặc Sự kiện đảng tịch; sửa các dòng đó trước.");
                    }
                }
                else if (row["MemberCode"] is not null)
                {
                    Fail(outcome, $"{row.Cell("MemberCode")}: chỉ ghi mã đảng viên với đối tượng Đảng viên.");
                }

                if (subject != ReviewSubjectKind.Organization && justification is not null)
                {
                    Fail(outcome, $"{row.Cell("QuotaJustification")}: chỉ ghi giải trình với đối tượng Tổ chức.");
                }

                DisciplineLevel discipline = DisciplineLevel.None;
                var disciplined = false;
                if (row["Discipline"] is { } disciplineText)
                {
                    if (subject == ReviewSubjectKind.Member)
                    {
                        discipline = Parse(row, "Discipline", ImportSpellings.Discipline, "dùng Không, Khiển trách, Cảnh cáo, Cách chức hoặc Khai trừ", outcome) ?? DisciplineLevel.None;
                    }
                    else if (subject == ReviewSubjectKind.Leadership)
                    {
                        bool? flag = ImportSpellings.Flag(disciplineText);
                        if (flag is null && ImportSpellings.Discipline(disciplineText) is { } heaviest)
                        {
                            flag = heaviest != DisciplineLevel.None;
                        }

                        if (flag is null)
                        {
                            Fail(outcome, $"{row.Cell("Discipline")}: không đọc được «{disciplineText}»; dùng «Có» hoặc «Không».");
                        }

                        disciplined = flag ?? false;
                    }
                    else if (ImportSpellings.Flag(disciplineText) != false && ImportSpellings.Discipline(disciplineText) != DisciplineLevel.None)
                    {
                        Fail(outcome, $"{row.Cell("Discipline")}: tổ chức không ghi kỷ luật.");
                    }
                }

                var selfRemedied = Parse(row, "SelfRemedied", ImportSpellings.Flag, "dùng «Có» hoặc «Không»", outcome) ?? false;
                var sickLeave = Parse(row, "LongSickLeave", ImportSpellings.Flag, "dùng «Có» hoặc «Không»", outcome) ?? false;
                if (subject != ReviewSubjectKind.Member && (selfRemedied || sickLeave))
                {
                    Fail(outcome, "Tự khắc phục và nghỉ ốm chỉ ghi với đối tượng Đảng viên.");
                }

                if (subject == ReviewSubjectKind.Leadership && organization is { HasExecutiveCommittee: false })
                {
                    Fail(outcome, $"{row.Cell("OrganizationCode")}: tổ chức {organization.Code} không có cấp ủy nên không có tập thể lãnh đạo.");
                }

                // Where a member was reviewed: as written, or where the ledger placed them on the review date.
                int? organizationKey = organization is null ? null : OrganizationKey(organization);
                if (subject == ReviewSubjectKind.Member && slot is not null && !slot.Invalid && organizationKey is null && period is not null)
                {
                    organizationKey = MembershipLedger.StateOn(MembershipLedger.OriginOf(slot.Member, slot.Events), slot.Events, period.ReviewDate).OrganizationId;
                    if (organizationKey is null)
                    {
                        Fail(outcome, $"{row.Cell("OrganizationCode")}: đảng viên không sinh hoạt ở tổ chức nào vào ngày đánh giá {VietnameseFormat.Date(period.ReviewDate)}; ghi mã tổ chức.");
                    }
                }

                if (year is { } yy && subject is { } kk && outcome.Status != RowStatus.Error)
                {
                    object key = kk == ReviewSubjectKind.Member ? slot! : organization!;
                    if (!seen.TryAdd((yy, kk, key), row.Number))
                    {
                        Fail(outcome, $"Kết quả lặp lại (đã có ở dòng {seen[(yy, kk, key)]}).");
                    }
                }

                if (outcome.Status == RowStatus.Error)
                {
                    continue;
                }

                var locked = _lockedYears.Contains(period!.Year);
                ReviewRecord? existing = subject switch
                {
                    ReviewSubjectKind.Organization => period.Id == 0 ? null : organizationReviews.GetValueOrDefault((period.Id, organizationKey!.Value)),
                    ReviewSubjectKind.Leadership => period.Id == 0 ? null : leadershipReviews.GetValueOrDefault((period.Id, organizationKey!.Value)),
                    _ => period.Id == 0 || slot!.Member.Id == 0 ? null : memberReviews.GetValueOrDefault((period.Id, slot.Member.Id)),
                };
                if (slot is not null)
                {
                    inFile.Add((period, slot));
                }

                var review = existing ?? subject switch
                {
                    ReviewSubjectKind.Organization => new OrganizationReview
                    {
                        OrganizationId = organizationKey!.Value, EntryStatus = level is null && reason is null ? EntryStatus.Open : EntryStatus.Accepted,
                    },
                    ReviewSubjectKind.Leadership => new LeadershipReview { OrganizationId = organizationKey!.Value },
                    _ => (ReviewRecord)new MemberReview { OrganizationId = organizationKey!.Value, MemberId = slot!.Key },
                };
                var before = Describe(review);
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

                review.Note = note;
                switch (review)
                {
                    case OrganizationReview o:
                        o.QuotaJustification = justification;
                        break;
                    case LeadershipReview leadership:
                        leadership.Disciplined = disciplined;
                        break;
                    case MemberReview m:
                        m.Discipline = discipline;
                        m.SelfRemedied = selfRemedied;
                        m.LongSickLeave = sickLeave;
                        m.OrganizationId = organizationKey!.Value;
                        break;
                }

                var after = Describe(review);
                if (existing is not null)
                {
                    if (before == after)
                    {
                        continue;
                    }

                    if (locked)
                    {
                        Fail(outcome, $"Kỳ đánh giá năm {period.Year} đã quyết định (khóa): kết quả không sửa được bằng tệp nhập.");
                        continue;
                    }

                    if (existing is OrganizationReview sheet)
                    {
                        sheet.MarkChanged();
                    }

                    outcome.Status = RowStatus.Updated;
                    continue;
                }

                if (locked)
                {
                    Fail(outcome, $"Kỳ đánh giá năm {period.Year} đã quyết định (khóa): không thêm kết quả bằng tệp nhập.");
                    continue;
                }

                review.ReviewPeriodId = period.Id;
                AddReview(review, period, slot);
                outcome.Status = RowStatus.New;
            }

            // Members whose ledger changed join the member list of each open period, as recording the event by hand does.
            foreach (var slot in _slots.Where(s => s.LedgerChanged && !s.Invalid))
            {
                foreach (var period in _periods.Values.Where(p => p.Status == ReviewPeriodStatus.Open && !_newPeriods.Contains(p)))
                {
                    if (inFile.Contains((period, slot)))
                    {
                        continue;
                    }

                    var state = MembershipLedger.StateOn(MembershipLedger.OriginOf(slot.Member, slot.Events), slot.Events, period.ReviewDate);
                    var existing = period.Id == 0 || slot.Member.Id == 0 ? null : memberReviews.GetValueOrDefault((period.Id, slot.Member.Id));
                    if (state.OrganizationId is not { } organization || existing is not null)
                    {
                        continue;
                    }

                    var review = new MemberReview { ReviewPeriodId = period.Id, MemberId = slot.Key, OrganizationId = organization };
                    if (state.AdmittedOn is { } admitted && admitted > period.ReviewDate.AddMonths(-6))
                    {
                        review.MarkNotRated(NotRatedReason.NewlyAdmitted);
                    }

                    if (slot.IsNew)
                    {
                        // Told in the line that adds the member.
                        review.ReviewPeriodId = period.Id;
                        db.MemberReviews.Add(review);
                        slot.Notes.Add($"vào danh sách kiểm điểm năm {period.Year} ({Describe(review)})");
                    }
                    else
                    {
                        AddReview(review, period, slot);
                    }
                }
            }
        }

        private void AddReview(ReviewRecord review, ReviewPeriod period, MemberSlot? slot)
        {
            review.ReviewPeriodId = period.Id;
            switch (review)
            {
                case OrganizationReview o:
                    db.OrganizationReviews.Add(o);
                    Audit(nameof(OrganizationReview), () => o.Id, "Nhập kết quả", null, Describe(o), () => (o.OrganizationId, null, o.ReviewPeriodId));
                    break;
                case LeadershipReview l:
                    db.LeadershipReviews.Add(l);
                    Audit(nameof(LeadershipReview), () => l.Id, "Nhập kết quả", null, Describe(l), () => (l.OrganizationId, null, l.ReviewPeriodId));
                    break;
                case MemberReview m:
                    db.MemberReviews.Add(m);
                    var member = slot!.Member;
                    Audit(nameof(MemberReview), () => m.Id, "Nhập kết quả", null, Describe(m), () => (m.OrganizationId, member.Id, m.ReviewPeriodId));
                    break;
            }
        }

        private static string Describe(ReviewRecord r)
        {
            var text = r.Level is { } level ? level.Abbreviation() : r.NotRatedReason is { } reason ? "không xếp loại: " + reason.VietnameseName() : "chưa xếp loại";
            if (r.Score is { } score)
            {
                text += $", {VietnameseFormat.Score(score)} điểm";
            }

            text += r switch
            {
                MemberReview m => $"{(m.Discipline != DisciplineLevel.None ? ", kỷ luật " + AuditInterceptor.Display(m.Discipline) : "")}{(m.SelfRemedied ? ", tự khắc phục" : "")}" +
                                  $"{(m.LongSickLeave ? ", nghỉ ốm" : "")}, tổ chức #{m.OrganizationId}",
                LeadershipReview l => l.Disciplined ? ", bị kỷ luật" : "",
                OrganizationReview o => o.QuotaJustification is null ? "" : ", giải trình: " + o.QuotaJustification,
                _ => "",
            };
            return r.Note is null ? text : $"{text} ({r.Note})";
        }

        // ---- targets ------------------------------------------------------------------------------------------

        private async Task TargetsAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
        {
            var targets = (await db.AdmissionTargets.Where(t => t.CommitteeId == committee.Id).ToListAsync(cancellationToken))
                .ToDictionary(t => (t.Year, t.OrganizationId));
            var seen = new Dictionary<(int, int?), int>();
            foreach (var row in rows)
            {
                var outcome = Outcome(row, $"Chỉ tiêu {row["Year"]} {Code(row["OrganizationCode"]) ?? "toàn Đảng bộ"}");
                var year = Integer(row, "Year", 2000, 2100, outcome, required: true);
                var organization = FindOrganization(row, "OrganizationCode", outcome, required: false);
                var value = Integer(row, "Target", 0, 100_000, outcome, required: true);
                int? organizationKey = organization is null ? null : OrganizationKey(organization);
                if (year is { } y && !seen.TryAdd((y, organizationKey), row.Number))
                {
                    Fail(outcome, $"Chỉ tiêu lặp lại (đã có ở dòng {seen[(y, organizationKey)]}).");
                }

                if (outcome.Status == RowStatus.Error)
                {
                    continue;
                }

                var label = organization is null ? "Chỉ tiêu kết nạp – toàn Đảng bộ" : $"Chỉ tiêu kết nạp – {organization.Code} – {organization.Name}";
                if (targets.TryGetValue((year!.Value, organizationKey), out var target))
                {
                    if (target.Target == value)
                    {
                        continue;
                    }

                    var old = target.Target;
                    target.Target = value!.Value;
                    outcome.Status = RowStatus.Updated;
                    Audit("AdmissionTarget", () => organization?.Id ?? 0, $"{label} năm {year}", old.ToString(CultureInfo.InvariantCulture),
                        value.Value.ToString(CultureInfo.InvariantCulture), () => (organization?.Id, null, null));
                }
                else
                {
                    target = new AdmissionTarget { CommitteeId = committee.Id, Year = year.Value, OrganizationId = organizationKey, Target = value!.Value };
                    db.AdmissionTargets.Add(target);
                    targets[(year.Value, organizationKey)] = target;
                    outcome.Status = RowStatus.New;
                    Audit("AdmissionTarget", () => organization?.Id ?? 0, $"{label} năm {year}", null, value.Value.ToString(CultureInfo.InvariantCulture),
                        () => (organization?.Id, null, null));
                }
            }
        }
    }
}
