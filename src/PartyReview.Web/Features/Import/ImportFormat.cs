using PartyReview.Domain.Importing;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Web.Features.Import;

/// <summary>The kinds of sheet (or CSV file) the import reads and the full export writes.</summary>
public enum SheetKind
{
    Organizations = 1,
    Members = 2,
    Events = 3,
    Periods = 4,
    Reviews = 5,
    Targets = 6,
}

/// <summary>One column of a sheet: its key in code, its Vietnamese header, a hint and, where it has one, the list of values.</summary>
public sealed record ColumnFormat(string Key, string Header, bool Required, string Hint, IReadOnlyList<string>? Choices = null, bool IsDate = false);

/// <summary>One sheet of the format: its kind, sheet name, CSV file name and columns.</summary>
public sealed record SheetFormat(SheetKind Kind, string SheetName, string FileName, string Title, IReadOnlyList<ColumnFormat> Columns)
{
    public int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(key), key, null);
    }
}

/// <summary>
/// The one format shared by the templates, the import and the full export (documented in docs/import-format.md).
/// Headers are matched without regard to case or diacritics.
/// </summary>
public static class ImportFormat
{
    public static readonly IReadOnlyList<string> LevelChoices = [.. QualityLevels.All.Select(l => l.Abbreviation())];
    public static readonly IReadOnlyList<string> ReasonChoices = [.. NotRatedReasons.All.Select(r => r.VietnameseName())];
    public static readonly IReadOnlyList<string> YesNo = ["Có", "Không"];
    public static readonly IReadOnlyList<string> GenderChoices = ["Nam", "Nữ"];
    public static readonly IReadOnlyList<string> KindChoices = ["Đảng bộ cơ sở", "Chi bộ cơ sở", "Chi bộ trực thuộc"];
    public static readonly IReadOnlyList<string> EventChoices = [.. Enum.GetValues<MembershipEventKind>().Select(k => k.Name())];
    public static readonly IReadOnlyList<string> SubjectChoices = ["Tổ chức", "Tập thể lãnh đạo", "Đảng viên"];
    public static readonly IReadOnlyList<string> DisciplineChoices = ["Không", "Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ"];
    public static readonly IReadOnlyList<string> RuleSetChoices = [.. RuleSets.All.Select(ImportSpellings.ShortName)];
    public static readonly IReadOnlyList<string> StatusChoices = ["Đang đánh giá", "Đã quyết định"];
    public static readonly IReadOnlyList<string> StepChoices = [.. ReviewSteps.All.Select(s => s.VietnameseName())];
    public static readonly IReadOnlyList<string> MemberTypeChoices = [.. SubjectTypes.OfMembers.Select(ImportSpellings.MemberTypes.Name)];

    public static SheetFormat Organizations { get; } = new(SheetKind.Organizations, "Tổ chức", "to-chuc.csv", "Tổ chức cơ sở đảng",
    [
        new("Code", "Mã tổ chức", true, "Bắt buộc, duy nhất. Ví dụ: TCCS01"),
        new("Name", "Tên tổ chức", true, "Bắt buộc. Ví dụ: Đảng bộ Sở Tài chính"),
        new("Kind", "Loại hình", true, "Đảng bộ cơ sở, Chi bộ cơ sở hoặc Chi bộ trực thuộc", KindChoices),
        new("FoundedOn", "Ngày thành lập", true, "Bắt buộc, ngày/tháng/năm", IsDate: true),
        new("DissolvedOn", "Ngày giải thể", false, "Để trống nếu còn hoạt động", IsDate: true),
        new("HasExecutiveCommittee", "Có cấp ủy", false, "Có hoặc Không (mặc định Không)", YesNo),
        new("ParentCode", "Mã tổ chức cấp trên", false, "Chỉ với chi bộ trực thuộc: mã đảng bộ cơ sở của nó (đã có, hoặc ở dòng trên). Ví dụ: TCCS09"),
    ]);

    public static SheetFormat Members { get; } = new(SheetKind.Members, "Đảng viên", "dang-vien.csv", "Đảng viên",
    [
        new("Code", "Mã đảng viên", false, "Duy nhất; trống thì tìm theo số thẻ hoặc cấp mã mới. Ví dụ: DV00001"),
        new("FullName", "Họ và tên", true, "Bắt buộc. Ví dụ: Nguyễn Văn An"),
        new("Gender", "Giới tính", true, "Nam hoặc Nữ", GenderChoices),
        new("BirthDate", "Ngày sinh", true, "Bắt buộc, ngày/tháng/năm", IsDate: true),
        new("AdmittedOn", "Ngày vào Đảng", false, "Bắt buộc khi không có sự kiện kết nạp trong tệp", IsDate: true),
        new("OfficialOn", "Ngày chính thức", false, "Trống nếu còn dự bị", IsDate: true),
        new("CardNumber", "Số thẻ đảng viên", false, "Duy nhất, nếu đã cấp thẻ"),
        new("OrganizationCode", "Mã tổ chức", false, "Nơi sinh hoạt, cho đảng viên chưa có sự kiện đảng tịch"),
    ]);

    public static SheetFormat Events { get; } = new(SheetKind.Events, "Sự kiện đảng tịch", "su-kien-dang-tich.csv", "Sự kiện đảng tịch",
    [
        new("MemberCode", "Mã đảng viên", true, "Bắt buộc: mã trong cơ sở dữ liệu hoặc ở trang Đảng viên của tệp"),
        new("OrganizationCode", "Mã tổ chức", true, "Bắt buộc: tổ chức nơi sự kiện xảy ra"),
        new("Kind", "Loại sự kiện", true, "Kết nạp, Chuyển đảng chính thức, Chuyển sinh hoạt đến/đi…", EventChoices),
        new("OccurredOn", "Ngày", true, "Bắt buộc, ngày/tháng/năm, không ở tương lai", IsDate: true),
        new("CounterpartCode", "Mã tổ chức đối ứng", false, "Chỉ khi chuyển giữa hai tổ chức trong Đảng bộ"),
        new("CardNumber", "Số thẻ", false, "Khi cấp thẻ hoặc đảng viên chuyển đến mang thẻ"),
        new("DecisionNumber", "Số quyết định", false, "Ví dụ: 125-QĐ/ĐUK"),
        new("Note", "Ghi chú", false, "Tối đa 500 ký tự"),
    ]);

    public static SheetFormat Periods { get; } = new(SheetKind.Periods, "Kỳ đánh giá", "ky-danh-gia.csv", "Kỳ đánh giá",
    [
        new("Year", "Năm", true, "Bắt buộc. Ví dụ: 2019"),
        new("RuleSet", "Quy định", false, "132/16, 132/21, 124/25 hoặc 366/43 (trống: theo năm)", RuleSetChoices),
        new("Quota", "Tỷ lệ HTXSNV tối đa (%)", false, "0–100 (trống: mặc định của Đảng bộ)"),
        new("ReviewDate", "Ngày đánh giá", true, "Bắt buộc, ngày/tháng/năm", IsDate: true),
        new("Status", "Trạng thái", false, "Đang đánh giá hoặc Đã quyết định", StatusChoices),
        new("AwardName", "Tên danh hiệu TCCS tiêu biểu", false, "Trống: tên mặc định của năm"),
        new("ConsecutiveYears", "Số năm liền", false, "Khen đảng viên HTXSNV N năm liền (mặc định 5)"),
    ]);

    public static SheetFormat Reviews { get; } = new(SheetKind.Reviews, "Kết quả xếp loại", "ket-qua-xep-loai.csv", "Kết quả xếp loại",
    [
        new("Year", "Năm", true, "Bắt buộc: năm có kỳ đánh giá"),
        new("Subject", "Đối tượng", true, "Tổ chức, Tập thể lãnh đạo hoặc Đảng viên", SubjectChoices),
        new("OrganizationCode", "Mã tổ chức", false, "Bắt buộc với tổ chức, tập thể; với đảng viên: nơi sinh hoạt khi đánh giá"),
        new("MemberCode", "Mã đảng viên", false, "Bắt buộc với đảng viên"),
        new("Level", "Xếp loại", false, "HTXSNV, HTTNV, HTNV, KHTNV (hoặc tên đầy đủ)", LevelChoices),
        new("Score", "Điểm", false, "0–100, theo thang điểm Quy định 366"),
        new("Reason", "Lý do không xếp loại", false, "Khi không xếp loại", ReasonChoices),
        new("Discipline", "Kỷ luật", false, "Đảng viên: hình thức kỷ luật; tập thể: Có/Không", DisciplineChoices),
        new("SelfRemedied", "Tự khắc phục", false, "Có hoặc Không (Quy định 124)", YesNo),
        new("LongSickLeave", "Nghỉ ốm từ 3 tháng", false, "Có hoặc Không", YesNo),
        new("QuotaJustification", "Giải trình vượt tỷ lệ", false, "Chỉ với tổ chức"),
        new("Note", "Ghi chú", false, "Tối đa 500 ký tự"),
        new("Step", "Bước", false, "Tự đánh giá, Đề xuất hoặc Quyết định (trống: Quyết định; trước năm 2025 chỉ Quyết định)", StepChoices),
        new("CommonPoints", "Điểm tiêu chí chung", false, "Quy định 366: điểm nhóm tiêu chí chung (tối đa theo khung, mặc định 30)"),
        new("TaskPoints", "Điểm kết quả thực hiện nhiệm vụ", false, "Quy định 366: điểm nhóm kết quả thực hiện nhiệm vụ (mặc định tối đa 70)"),
        new("OnTimePercent", "Nhiệm vụ đúng hạn (%)", false, "0–100: tỷ lệ nhiệm vụ hoàn thành đúng hạn"),
        new("ExceededPercent", "Nhiệm vụ vượt (%)", false, "0–100: tỷ lệ nhiệm vụ hoàn thành vượt mức yêu cầu"),
        new("RemediedPercent", "Khắc phục hạn chế (%)", false, "0–100: tỷ lệ hạn chế, khuyết điểm đã khắc phục"),
        new("AdjustmentReason", "Lý do điều chỉnh", false, "Bắt buộc khi xếp thấp hơn mức tính từ điểm và điều kiện"),
        new("MemberType", "Đối tượng đảng viên", false, "Đảng viên: ĐV, Lãnh đạo (giữ chức vụ lãnh đạo, quản lý) hoặc Ngoài HTCT (trống: ĐV)", MemberTypeChoices),
    ]);

    public static SheetFormat Targets { get; } = new(SheetKind.Targets, "Chỉ tiêu kết nạp", "chi-tieu-ket-nap.csv", "Chỉ tiêu kết nạp",
    [
        new("Year", "Năm", true, "Bắt buộc. Ví dụ: 2019"),
        new("OrganizationCode", "Mã tổ chức", false, "Trống: chỉ tiêu của toàn Đảng bộ"),
        new("Target", "Chỉ tiêu", true, "Số đảng viên kết nạp, 0–100.000"),
    ]);

    /// <summary>Every sheet, in the order they are read and written (what a row refers to comes first).</summary>
    public static IReadOnlyList<SheetFormat> All { get; } = [Organizations, Members, Periods, Events, Reviews, Targets];

    public static SheetFormat For(SheetKind kind) => All.Single(s => s.Kind == kind);

    /// <summary>The sheet whose headers these are: every required header present, nothing unknown.</summary>
    public static SheetFormat? Recognize(IReadOnlyList<string?> headers)
    {
        var keys = headers.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => ImportSpellings.Key(h)).ToHashSet();
        return All.Where(s => s.Columns.Where(c => c.Required).All(c => keys.Contains(ImportSpellings.Key(c.Header))))
            .Select(s => (Sheet: s, Known: s.Columns.Count(c => keys.Contains(ImportSpellings.Key(c.Header)))))
            .Where(x => x.Known == keys.Count)
            .OrderByDescending(x => x.Known)
            .Select(x => x.Sheet)
            .FirstOrDefault();
    }

    public static string? SheetKindName(string? value) =>
        Enum.TryParse<SheetKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind.ToString() : null;

    public static string GenderName(Gender gender) => gender == Gender.Female ? "Nữ" : "Nam";

    public static string KindName(OrganizationKind kind) => kind switch
    {
        OrganizationKind.PartyCommittee => KindChoices[0],
        OrganizationKind.AffiliatedCell => KindChoices[2],
        _ => KindChoices[1],
    };
}
