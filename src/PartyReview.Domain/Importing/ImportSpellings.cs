using System.Globalization;
using System.Text;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;
using PartyReview.Domain.Text;

namespace PartyReview.Domain.Importing;

/// <summary>What one row of an imported year's results is about.</summary>
public enum ReviewSubjectKind
{
    Organization = 1,
    Leadership = 2,
    Member = 3,
}

/// <summary>
/// The spellings people type in rosters and result sheets, read into the domain's values: "HTXSNV", "Hoàn thành xuất
/// sắc nhiệm vụ", "xuất sắc", "HOAN THANH XUAT SAC" are all <see cref="QualityLevel.Excellent"/>. Case, diacritics,
/// spacing and punctuation do not matter, nor filler words ("mới", "đã", "do", "bị"). Each parser returns null for a spelling
/// it does not know or that could be two values; <see cref="SpellingTable{T}.Read"/> tells which.
/// </summary>
public static class ImportSpellings
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "moi", "da", "do", "bi", "duoc" };

    private static readonly (string From, string To)[] Variants = [("chua du", "duoi"), ("it hon", "duoi"), ("chua qua", "duoi")];

    /// <summary>Levels: written as the abbreviation or the full name; also "HTXS", "HTT", "HT", "Không HT", "Tốt", "Xuất sắc"….</summary>
    public static SpellingTable<QualityLevel> Levels { get; } = new(
        (QualityLevel.Excellent, [QualityLevel.Excellent.VietnameseName(), "HTXSNV"],
            ["htxs", "hoan thanh xuat sac", "ht xuat sac", "xuat sac", "hoan thanh xuat sac nv", "excellent", "1"]),
        (QualityLevel.Good, [QualityLevel.Good.VietnameseName(), "HTTNV"],
            ["htt", "hoan thanh tot", "ht tot", "tot", "hoan thanh tot nv", "good", "2"]),
        (QualityLevel.Complete, [QualityLevel.Complete.VietnameseName(), "HTNV"], ["ht", "hoan thanh", "hoan thanh nv", "complete", "3"]),
        (QualityLevel.NotComplete, [QualityLevel.NotComplete.VietnameseName(), "KHTNV"],
            ["kht", "khong ht", "khong htnv", "khong hoan thanh", "khong hoan thanh nv", "not complete", "notcomplete", "4"]));

    /// <summary>
    /// Not-rated reasons: "thành lập dưới 6 tháng", "kết nạp chưa đủ 6 tháng", "mới kết nạp"…; "dưới 6 tháng" alone
    /// is an organization's or a member's reason, settled by the row's subject.
    /// </summary>
    public static SpellingTable<NotRatedReason> Reasons { get; } = new(
        (NotRatedReason.NewlyFounded, [NotRatedReason.NewlyFounded.VietnameseName()],
            ["moi thanh lap", "thanh lap duoi 6 thang", "to chuc moi thanh lap", "duoi 6 thang", "newlyfounded", "newly founded"]),
        (NotRatedReason.NewlyAdmitted, [NotRatedReason.NewlyAdmitted.VietnameseName()],
            ["moi ket nap", "ket nap duoi 6 thang", "dang vien moi", "dang vien moi ket nap", "duoi 6 thang", "newlyadmitted", "newly admitted"]),
        (NotRatedReason.Exempt, [NotRatedReason.Exempt.VietnameseName()],
            ["mien cong tac, sinh hoat dang", "mien sinh hoat dang", "mien sinh hoat", "mien cong tac", "mien", "exempt"]),
        (NotRatedReason.Suspended, [NotRatedReason.Suspended.VietnameseName()], ["dinh chi sinh hoat", "dinh chi", "suspended"]),
        (NotRatedReason.Absent, [NotRatedReason.Absent.VietnameseName()], ["vang mat", "chua kiem diem", "vang", "absent"]),
        (NotRatedReason.Other, [NotRatedReason.Other.VietnameseName()], ["khac", "other"]));

    public static SpellingTable<Organizations.OrganizationKind> OrganizationKinds { get; } = new(
        (Organizations.OrganizationKind.PartyCommittee, ["Đảng bộ cơ sở"], ["dang bo", "dbcs", "partycommittee", "party committee"]),
        (Organizations.OrganizationKind.Cell, ["Chi bộ cơ sở"], ["chi bo", "cbcs", "cell"]),
        (Organizations.OrganizationKind.AffiliatedCell, ["Chi bộ trực thuộc"], ["cbtt", "chi bo truc thuoc dang uy co so", "affiliatedcell", "affiliated cell"]));

    public static SpellingTable<Members.Gender> Genders { get; } = new(
        (Members.Gender.Male, ["Nam"], ["nam gioi", "male", "m"]),
        (Members.Gender.Female, ["Nữ"], ["nu gioi", "female", "f"]));

    public static SpellingTable<MembershipEventKind> EventKinds { get; } = new(
        (MembershipEventKind.Admitted, [MembershipEventKind.Admitted.Name()], ["ket nap dang", "ket nap dang vien moi", "admitted"]),
        (MembershipEventKind.MadeOfficial, [MembershipEventKind.MadeOfficial.Name()],
            ["chuyen chinh thuc", "chinh thuc", "cong nhan chinh thuc", "madeofficial", "made official"]),
        (MembershipEventKind.TransferredIn, [MembershipEventKind.TransferredIn.Name()],
            ["tiep nhan", "tiep nhan chuyen sinh hoat den", "chuyen den", "transferredin", "transferred in"]),
        (MembershipEventKind.TransferredOut, [MembershipEventKind.TransferredOut.Name()], ["chuyen di", "transferredout", "transferred out"]),
        (MembershipEventKind.Removed, [MembershipEventKind.Removed.Name()], ["ra khoi dang", "removed"]),
        (MembershipEventKind.StruckOff, [MembershipEventKind.StruckOff.Name()], ["xoa ten khoi danh sach", "struckoff", "struck off"]),
        (MembershipEventKind.Deceased, [MembershipEventKind.Deceased.Name()], ["qua doi", "deceased"]),
        (MembershipEventKind.PartyCardIssued, [MembershipEventKind.PartyCardIssued.Name()],
            ["cap the", "cap the dang", "cap lai the", "partycardissued", "card issued"]));

    public static SpellingTable<DisciplineLevel> Disciplines { get; } = new(
        (DisciplineLevel.None, ["Không"], ["none", "0"]),
        (DisciplineLevel.Reprimand, ["Khiển trách"], ["reprimand"]),
        (DisciplineLevel.Warning, ["Cảnh cáo"], ["warning"]),
        (DisciplineLevel.Dismissal, ["Cách chức"], ["dismissal"]),
        (DisciplineLevel.Expulsion, ["Khai trừ"], ["expulsion"]));

    public static SpellingTable<bool> Flags { get; } = new(
        (true, ["Có"], ["x", "yes", "true", "1", "y"]),
        (false, ["Không"], ["no", "false", "0", "n"]));

    public static SpellingTable<ReviewPeriodStatus> PeriodStatuses { get; } = new(
        (ReviewPeriodStatus.Open, ["Đang đánh giá"], ["mo", "dang mo", "open"]),
        (ReviewPeriodStatus.Decided, ["Đã quyết định"], ["khoa", "da khoa", "decided"]));

    public static SpellingTable<ReviewSubjectKind> SubjectKinds { get; } = new(
        (ReviewSubjectKind.Organization, ["Tổ chức"], ["tccs", "to chuc co so dang", "organization"]),
        (ReviewSubjectKind.Leadership, ["Tập thể lãnh đạo"], ["tap the lanh dao cap uy", "cap uy", "tap the", "leadership"]),
        (ReviewSubjectKind.Member, ["Đảng viên"], ["member"]));

    /// <summary>
    /// The steps of Quy định 366 Điều 12: "Tự đánh giá" (also "TĐG", "tự xếp loại"), "Đề xuất" (also "thẩm định",
    /// "đề nghị", "ĐX"), "Quyết định" (also "QĐ", "cấp có thẩm quyền quyết định").
    /// </summary>
    public static SpellingTable<ReviewStep> Steps { get; } = new(
        (ReviewStep.SelfAssessment, [ReviewStep.SelfAssessment.VietnameseName()],
            ["tdg", "tu danh gia, xep loai", "tu danh gia xep loai", "tu xep loai", "ca nhan tu danh gia", "self assessment", "selfassessment", "self"]),
        (ReviewStep.Proposal, [ReviewStep.Proposal.VietnameseName()],
            ["dx", "tham dinh", "tham dinh, de xuat", "tham dinh de xuat", "de xuat muc xep loai", "de nghi", "proposal"]),
        (ReviewStep.Decision, [ReviewStep.Decision.VietnameseName()],
            ["qd", "cap co tham quyen quyet dinh", "quyet dinh xep loai", "decision"]));

    /// <summary>
    /// What a member is reviewed as (Quy định 366 Điều 10): "ĐV" (not in a leading post), "Lãnh đạo" (also "LĐ",
    /// "lãnh đạo, quản lý"), "Ngoài HTCT" (also "NHT", "ngoài hệ thống chính trị").
    /// </summary>
    public static SpellingTable<SubjectType> MemberTypes { get; } = new(
        (SubjectType.Member, ["ĐV"],
            ["dang vien", "khong giu chuc vu", "khong giu chuc vu lanh dao, quan ly", "dang vien khong giu chuc vu lanh dao, quan ly", "member"]),
        (SubjectType.Leader, ["Lãnh đạo"],
            ["ld", "lanh dao, quan ly", "lanh dao quan ly", "giu chuc vu lanh dao, quan ly", "ca nhan giu chuc vu lanh dao, quan ly", "can bo lanh dao", "leader"]),
        (SubjectType.MemberOutsideSystem, ["Ngoài HTCT"],
            ["nht", "ngoai he thong chinh tri", "khong lam viec trong he thong chinh tri", "dang vien khong lam viec trong he thong chinh tri", "outside"]));

    private static readonly string[] DateFormats =
        ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy/MM/dd"];

    public static QualityLevel? Level(string? text) => Levels.Lookup(text);

    public static NotRatedReason? Reason(string? text) => Reasons.Lookup(text);

    public static Organizations.OrganizationKind? OrganizationKind(string? text) => OrganizationKinds.Lookup(text);

    public static Members.Gender? Gender(string? text) => Genders.Lookup(text);

    public static MembershipEventKind? EventKind(string? text) => EventKinds.Lookup(text);

    public static DisciplineLevel? Discipline(string? text) => Disciplines.Lookup(text);

    public static bool? Flag(string? text) => Flags.Lookup(text);

    public static ReviewPeriodStatus? PeriodStatus(string? text) => PeriodStatuses.Lookup(text);

    public static ReviewSubjectKind? SubjectKind(string? text) => SubjectKinds.Lookup(text);

    public static ReviewStep? Step(string? text) => Steps.Lookup(text);

    public static SubjectType? MemberType(string? text) => MemberTypes.Lookup(text);

    /// <summary>"132/21", "Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW", "366/43", or the code's name.</summary>
    public static RuleSet? RuleSet(string? text)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var ruleSet in RuleSets.All)
        {
            if (key == Key(ruleSet.ToString()) || key == Key(ruleSet.Documents()) || key == Key(ShortName(ruleSet)))
            {
                return ruleSet;
            }
        }

        var numbers = string.Join("/", new string([.. key.Select(c => char.IsAsciiDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return RuleSets.All.Cast<RuleSet?>().FirstOrDefault(r => ShortName(r!.Value) == numbers);
    }

    /// <summary>The short name the files write: "132/21".</summary>
    public static string ShortName(RuleSet ruleSet) => ruleSet switch
    {
        Reviews.RuleSet.Regulation132Guidance16 => "132/16",
        Reviews.RuleSet.Regulation132Guidance21 => "132/21",
        Reviews.RuleSet.Regulation124Guidance25 => "124/25",
        Reviews.RuleSet.Regulation366Guidance43 => "366/43",
        _ => ruleSet.ToString(),
    };

    /// <summary>dd/MM/yyyy (also d/M/yyyy, with - or ., and yyyy-MM-dd); null when not a date.</summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > 10 && trimmed.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space)
        {
            trimmed = trimmed[..space];
        }

        return DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>85,5 or 85.5; null when not a number.</summary>
    public static decimal? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Trim().Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>The spelling without filler words and punctuation, with the usual variants made one: "Đã kết nạp chưa đủ 06 tháng." → "ket nap duoi 6 thang".</summary>
    public static string Core(string? text)
    {
        var key = ImportSpellings.Key(text);
        var words = new string([.. key.Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Fillers.Contains(w))
            .Select(w => w.All(char.IsAsciiDigit) && w.Length > 1 ? w.TrimStart('0') is { Length: > 0 } n ? n : "0" : w);
        var core = " " + string.Join(' ', words) + " ";
        foreach (var (from, to) in Variants)
        {
            core = core.Replace(" " + from + " ", " " + to + " ", StringComparison.Ordinal);
        }

        return core.Trim();
    }

    /// <summary>The form spellings are compared in: without diacritics, lower case, single spaces, no dots or quotes.</summary>
    public static string Key(string? text)
    {
        var key = VietnameseText.SearchKey(text);
        if (key.Length == 0)
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            var kept = char.IsLetterOrDigit(c) || c is ',' or '/' ? c : ' ';
            if (kept == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(kept);
        }

        return builder.ToString().Trim().Replace(" ,", ",", StringComparison.Ordinal);
    }
}
