using System.Globalization;
using System.Text;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
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
/// spacing and punctuation do not matter. Each parser returns null for a spelling it does not know.
/// </summary>
public static class ImportSpellings
{
    private static readonly Dictionary<string, QualityLevel> Levels = Table<QualityLevel>(
        (QualityLevel.Excellent, ["htxsnv", "hoan thanh xuat sac nhiem vu", "hoan thanh xuat sac", "xuat sac", "excellent", "1"]),
        (QualityLevel.Good, ["httnv", "hoan thanh tot nhiem vu", "hoan thanh tot", "tot", "good", "2"]),
        (QualityLevel.Complete, ["htnv", "hoan thanh nhiem vu", "hoan thanh", "complete", "3"]),
        (QualityLevel.NotComplete, ["khtnv", "khong hoan thanh nhiem vu", "khong hoan thanh", "not complete", "notcomplete", "4"]));

    private static readonly Dictionary<string, NotRatedReason> Reasons = Table<NotRatedReason>(
        (NotRatedReason.NewlyFounded, ["moi thanh lap duoi 6 thang", "moi thanh lap", "newlyfounded", "newly founded"]),
        (NotRatedReason.NewlyAdmitted, ["moi ket nap duoi 6 thang", "moi ket nap", "newlyadmitted", "newly admitted"]),
        (NotRatedReason.Exempt, ["mien cong tac va sinh hoat dang", "mien cong tac, sinh hoat dang", "mien sinh hoat", "mien", "exempt"]),
        (NotRatedReason.Suspended, ["dinh chi sinh hoat dang", "dinh chi sinh hoat", "dinh chi", "suspended"]),
        (NotRatedReason.Absent, ["vang mat, chua kiem diem", "vang mat", "chua kiem diem", "absent"]),
        (NotRatedReason.Other, ["ly do khac", "khac", "other"]));

    private static readonly Dictionary<string, Organizations.OrganizationKind> OrganizationKinds = Table<Organizations.OrganizationKind>(
        (Organizations.OrganizationKind.PartyCommittee, ["dang bo co so", "dang bo", "dbcs", "partycommittee", "party committee"]),
        (Organizations.OrganizationKind.Cell, ["chi bo co so", "chi bo", "cbcs", "cell"]));

    private static readonly Dictionary<string, Members.Gender> Genders = Table<Members.Gender>(
        (Members.Gender.Male, ["nam", "male", "m"]),
        (Members.Gender.Female, ["nu", "female", "f"]));

    private static readonly Dictionary<string, MembershipEventKind> EventKinds = Table<MembershipEventKind>(
        (MembershipEventKind.Admitted, ["ket nap", "ket nap dang vien moi", "admitted"]),
        (MembershipEventKind.MadeOfficial, ["chuyen dang chinh thuc", "chinh thuc", "madeofficial", "made official"]),
        (MembershipEventKind.TransferredIn, ["chuyen sinh hoat den", "tiep nhan", "tiep nhan chuyen sinh hoat den", "chuyen den", "transferredin", "transferred in"]),
        (MembershipEventKind.TransferredOut, ["chuyen sinh hoat di", "chuyen di", "transferredout", "transferred out"]),
        (MembershipEventKind.Removed, ["cho ra khoi dang", "ra khoi dang", "removed"]),
        (MembershipEventKind.StruckOff, ["xoa ten", "struckoff", "struck off"]),
        (MembershipEventKind.Deceased, ["tu tran", "deceased"]),
        (MembershipEventKind.PartyCardIssued, ["cap the dang vien", "cap the", "cap lai the", "partycardissued", "card issued"]));

    private static readonly Dictionary<string, DisciplineLevel> Disciplines = Table<DisciplineLevel>(
        (DisciplineLevel.None, ["khong", "none", "0"]),
        (DisciplineLevel.Reprimand, ["khien trach", "reprimand"]),
        (DisciplineLevel.Warning, ["canh cao", "warning"]),
        (DisciplineLevel.Dismissal, ["cach chuc", "dismissal"]),
        (DisciplineLevel.Expulsion, ["khai tru", "expulsion"]));

    private static readonly Dictionary<string, bool> Flags = Table<bool>(
        (true, ["co", "x", "yes", "true", "1", "y"]),
        (false, ["khong", "no", "false", "0", "n"]));

    private static readonly Dictionary<string, ReviewPeriodStatus> PeriodStatuses = Table<ReviewPeriodStatus>(
        (ReviewPeriodStatus.Open, ["dang danh gia", "mo", "dang mo", "open"]),
        (ReviewPeriodStatus.Decided, ["da quyet dinh", "khoa", "da khoa", "decided"]));

    private static readonly Dictionary<string, ReviewSubjectKind> SubjectKinds = Table<ReviewSubjectKind>(
        (ReviewSubjectKind.Organization, ["to chuc", "tccs", "to chuc co so dang", "organization"]),
        (ReviewSubjectKind.Leadership, ["tap the lanh dao", "tap the lanh dao cap uy", "cap uy", "tap the", "leadership"]),
        (ReviewSubjectKind.Member, ["dang vien", "member"]));

    private static readonly string[] DateFormats =
        ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy/MM/dd"];

    public static QualityLevel? Level(string? text) => Lookup(Levels, text);

    public static NotRatedReason? Reason(string? text) => Lookup(Reasons, text);

    public static Organizations.OrganizationKind? OrganizationKind(string? text) => Lookup(OrganizationKinds, text);

    public static Members.Gender? Gender(string? text) => Lookup(Genders, text);

    public static MembershipEventKind? EventKind(string? text) => Lookup(EventKinds, text);

    public static DisciplineLevel? Discipline(string? text) => Lookup(Disciplines, text);

    public static bool? Flag(string? text) => Lookup(Flags, text);

    public static ReviewPeriodStatus? PeriodStatus(string? text) => Lookup(PeriodStatuses, text);

    public static ReviewSubjectKind? SubjectKind(string? text) => Lookup(SubjectKinds, text);

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

    private static T? Lookup<T>(Dictionary<string, T> table, string? text)
        where T : struct
    {
        var key = Key(text);
        return key.Length > 0 && (table.TryGetValue(key, out var value) || table.TryGetValue(key.Replace(" ", "", StringComparison.Ordinal), out value))
            ? value
            : null;
    }

    private static Dictionary<string, T> Table<T>(params (T Value, string[] Spellings)[] entries)
        where T : struct
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, spellings) in entries)
        {
            foreach (var spelling in spellings)
            {
                table[Key(spelling)] = value;
            }
        }

        return table;
    }
}
