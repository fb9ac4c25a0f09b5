using System.Globalization;

namespace PartyReview.Domain.Reviews.Rules;

/// <summary>
/// The keys of what the rules say, and their Vietnamese wording. A finding carries a key and formatted arguments
/// (names, dates dd/MM/yyyy, scores with a decimal comma, level abbreviations); the interface renders it from the web's
/// ReviewsMessages resources in the user's language. The Vietnamese text here is the record kept with a sheet
/// (<see cref="OrganizationReview.Warnings"/>, listed on the period overview); a test keeps it identical to the
/// Vietnamese resource.
/// </summary>
public static class RuleTexts
{
    /// <summary>{0}: what was typed.</summary>
    public const string InvalidScore = "Reviews.Finding.InvalidScore";

    public const string ScoreOutOfRange = "Reviews.Finding.ScoreOutOfRange";

    /// <summary>{0}: the regulation's documents.</summary>
    public const string NoPointScale = "Reviews.Finding.NoPointScale";

    /// <summary>{0}: the regulation's documents.</summary>
    public const string ScoreMissing = "Reviews.Finding.ScoreMissing";

    public const string OtherReasonNeedsNote = "Reviews.Finding.OtherReasonNeedsNote";

    /// <summary>{0}: the score; {1}: the level it reaches, in Vietnamese in lower case; {2}: its abbreviation.</summary>
    public const string ScoreLoweredByDiscipline = "Reviews.Finding.ScoreLoweredByDiscipline";

    /// <summary>{0}: the score; {1}: the level it reaches, in Vietnamese in lower case; {2}: its abbreviation.</summary>
    public const string ScoreCappedBySickLeave = "Reviews.Finding.ScoreCappedBySickLeave";

    public const string DisciplinedMember = "Reviews.Finding.DisciplinedMember";
    public const string DisciplinedOrganization = "Reviews.Finding.DisciplinedOrganization";
    public const string DisciplinedLeadership = "Reviews.Finding.DisciplinedLeadership";
    public const string SickLeaveCap = "Reviews.Finding.SickLeaveCap";

    /// <summary>{0}: the admission date.</summary>
    public const string NewlyAdmitted = "Reviews.Finding.NewlyAdmitted";

    public const string NewlyFounded = "Reviews.Finding.NewlyFounded";

    /// <summary>{0}: how many members did not complete their duties.</summary>
    public const string MembersNotComplete = "Reviews.Finding.MembersNotComplete";

    /// <summary>{0}/{1}: members HTTNV or better of those rated; {2}: the share needed in %.</summary>
    public const string TooFewGoodMembers = "Reviews.Finding.TooFewGoodMembers";

    /// <summary>{0}: chi bộ trực thuộc rated KHTNV.</summary>
    public const string CellsNotComplete = "Reviews.Finding.CellsNotComplete";

    /// <summary>{0}/{1}: chi bộ trực thuộc HTTNV or better of those rated; {2}: the share needed in %.</summary>
    public const string TooFewGoodCells = "Reviews.Finding.TooFewGoodCells";

    public const string MemberWarnedFailsLeadership = "Reviews.Finding.MemberWarnedFailsLeadership";

    /// <summary>{0}, {1}: the two group maxima.</summary>
    public const string FrameNotHundred = "Reviews.Finding.FrameNotHundred";

    /// <summary>{0}: the most sub-criteria a frame has.</summary>
    public const string FrameTooManyItems = "Reviews.Finding.FrameTooManyItems";

    /// <summary>{0}: the longest title.</summary>
    public const string FrameItemInvalid = "Reviews.Finding.FrameItemInvalid";

    /// <summary>{0}: the sub-criteria's sum; {1}: the group maximum.</summary>
    public const string FrameCommonItemsOver = "Reviews.Finding.FrameCommonItemsOver";

    /// <summary>{0}: the sub-criteria's sum; {1}: the group maximum.</summary>
    public const string FrameTaskItemsOver = "Reviews.Finding.FrameTaskItemsOver";

    /// <summary>{0}: the level; {1}: the share of tasks on time.</summary>
    public const string ConditionOnTime = "Reviews.Finding.ConditionOnTime";

    /// <summary>{0}: the level; {1}: the share of tasks exceeded.</summary>
    public const string ConditionExceeded = "Reviews.Finding.ConditionExceeded";

    /// <summary>{0}: the level; {1}: the share of faults remedied.</summary>
    public const string ConditionRemedied = "Reviews.Finding.ConditionRemedied";

    /// <summary>{0}: the level.</summary>
    public const string ConditionNoneDisciplined = "Reviews.Finding.ConditionNoneDisciplined";

    /// <summary>{0}: the level; {1}: the share of tasks late.</summary>
    public const string ConditionLate = "Reviews.Finding.ConditionLate";

    /// <summary>{0}: the level; {1}: the unit's level.</summary>
    public const string ConditionUnitLevel = "Reviews.Finding.ConditionUnitLevel";

    /// <summary>{0}: the level.</summary>
    public const string ConditionUnitFigures = "Reviews.Finding.ConditionUnitFigures";

    /// <summary>{0}: the level whose conditions could not be checked.</summary>
    public const string FiguresMissing = "Reviews.Finding.FiguresMissing";

    /// <summary>{0}: the level whose unit condition could not be checked.</summary>
    public const string UnitUnknown = "Reviews.Finding.UnitUnknown";

    /// <summary>{0}: the level chosen; {1}: the level the score and conditions give.</summary>
    public const string LevelAboveComputed = "Reviews.Finding.LevelAboveComputed";

    /// <summary>{0}: the level chosen; {1}: the level the score and conditions give.</summary>
    public const string AdjustmentReasonNeeded = "Reviews.Finding.AdjustmentReasonNeeded";

    /// <summary>{0}: the level chosen; {1}: the level computed; {2}: the reason.</summary>
    public const string Adjusted = "Reviews.Finding.Adjusted";

    /// <summary>{0}: the group's name in lower case; {1}: its maximum.</summary>
    public const string PointsOverGroupMaximum = "Reviews.Finding.PointsOverGroupMaximum";

    public const string PointsIncomplete = "Reviews.Finding.PointsIncomplete";

    /// <summary>{0}: the score typed; {1}: the sum of the group points.</summary>
    public const string ScoreDiffersFromPoints = "Reviews.Finding.ScoreDiffersFromPoints";

    public const string FigureOutOfRange = "Reviews.Finding.FigureOutOfRange";

    /// <summary>{0}–{4}: as <see cref="Quota"/> and <see cref="QuotaOver"/>.</summary>
    public const string QuotaExceeded = "Reviews.Finding.QuotaExceeded";

    /// <summary>{0}–{4}: as <see cref="Quota"/> and <see cref="QuotaOver"/>; {5}: the justification.</summary>
    public const string QuotaJustified = "Reviews.Finding.QuotaJustified";

    /// <summary>The quota line: {0} HTXSNV, {1} %, {2} HTTNV, {3} the maximum (the grid's script fills the same pattern).</summary>
    public const string Quota = "Reviews.Quota";

    /// <summary>Appended to <see cref="Quota"/> when exceeded: {4} over.</summary>
    public const string QuotaOver = "Reviews.QuotaOver";

    public static IReadOnlyDictionary<string, string> Vietnamese { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [InvalidScore] = "Điểm “{0}” không hợp lệ: nhập số từ 0 đến 100, ví dụ 85 hoặc 85,5.",
        [ScoreOutOfRange] = "Điểm phải từ 0 đến 100.",
        [NoPointScale] = "{0} không chấm điểm: chọn mức xếp loại.",
        [ScoreMissing] = "Chưa nhập điểm: {0} chấm theo thang 100 điểm.",
        [OtherReasonNeedsNote] = "Lý do khác: ghi rõ lý do ở cột ghi chú.",
        [ScoreLoweredByDiscipline] = "{0} điểm ứng với mức {1}, nhưng bị kỷ luật trong năm nên xếp loại không hoàn thành nhiệm vụ.",
        [ScoreCappedBySickLeave] = "{0} điểm ứng với mức {1}, nhưng nghỉ ốm từ 3 tháng trở lên nên cao nhất là hoàn thành nhiệm vụ.",
        [DisciplinedMember] = "Đảng viên bị kỷ luật trong năm: phải xếp loại không hoàn thành nhiệm vụ.",
        [DisciplinedOrganization] = "Tổ chức bị kỷ luật trong năm: phải xếp loại không hoàn thành nhiệm vụ.",
        [DisciplinedLeadership] = "Tập thể lãnh đạo bị kỷ luật trong năm: phải xếp loại không hoàn thành nhiệm vụ.",
        [SickLeaveCap] = "Nghỉ ốm từ 3 tháng trở lên: cao nhất là hoàn thành nhiệm vụ.",
        [NewlyAdmitted] = "Kết nạp ngày {0}, chưa đủ 6 tháng: đề nghị không xếp loại (vẫn tham gia kiểm điểm).",
        [NewlyFounded] = "Mới thành lập dưới 6 tháng: đề nghị không xếp loại.",
        [MembersNotComplete] = "Có {0} đảng viên không hoàn thành nhiệm vụ: tổ chức không được xếp loại hoàn thành xuất sắc nhiệm vụ.",
        [TooFewGoodMembers] = "Chỉ {0}/{1} đảng viên hoàn thành tốt nhiệm vụ trở lên (cần từ {2} %): tổ chức không được xếp loại hoàn thành xuất sắc nhiệm vụ.",
        [CellsNotComplete] = "Có {0} chi bộ trực thuộc không hoàn thành nhiệm vụ: đảng bộ không được xếp loại hoàn thành xuất sắc nhiệm vụ.",
        [TooFewGoodCells] = "Chỉ {0}/{1} chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên (cần từ {2} %): đảng bộ không được xếp loại hoàn thành xuất sắc nhiệm vụ.",
        [MemberWarnedFailsLeadership] = "Có đảng viên bị kỷ luật từ cảnh cáo trở lên: tập thể lãnh đạo phải xếp loại không hoàn thành nhiệm vụ (Hướng dẫn 21-HD/BTCTW).",
        [FrameNotHundred] = "Khung tiêu chí: điểm tối đa của hai nhóm ({0} và {1}) phải dương và cộng lại đúng 100.",
        [FrameTooManyItems] = "Khung tiêu chí có tối đa {0} tiêu chí thành phần.",
        [FrameItemInvalid] = "Mỗi tiêu chí thành phần cần tên (tối đa {0} ký tự) và điểm tối đa dương nếu có.",
        [FrameCommonItemsOver] = "Tổng điểm các tiêu chí thành phần của nhóm tiêu chí chung ({0}) vượt điểm tối đa của nhóm ({1}).",
        [FrameTaskItemsOver] = "Tổng điểm các tiêu chí thành phần của nhóm kết quả thực hiện nhiệm vụ ({0}) vượt điểm tối đa của nhóm ({1}).",
        [ConditionOnTime] = "Chưa đạt điều kiện {0}: nhiệm vụ hoàn thành đúng hạn {1} % (cần 100 %).",
        [ConditionExceeded] = "Chưa đạt điều kiện {0}: nhiệm vụ hoàn thành vượt mức yêu cầu {1} % (cần ít nhất 30 %).",
        [ConditionRemedied] = "Chưa đạt điều kiện {0}: hạn chế, khuyết điểm đã khắc phục {1} % (cần 100 %).",
        [ConditionNoneDisciplined] = "Chưa đạt điều kiện {0}: có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật.",
        [ConditionLate] = "Chưa đạt điều kiện {0}: nhiệm vụ chậm tiến độ {1} % (tối đa 20 %).",
        [ConditionUnitLevel] = "Chưa đạt điều kiện {0}: đơn vị do đồng chí trực tiếp lãnh đạo xếp loại {1}.",
        [ConditionUnitFigures] = "Chưa đạt điều kiện {0}: đơn vị do đồng chí trực tiếp lãnh đạo chưa đạt tỷ lệ nhiệm vụ cần thiết.",
        [FiguresMissing] = "Chưa nhập đủ tỷ lệ nhiệm vụ: điều kiện của mức {0} chưa được kiểm tra.",
        [UnitUnknown] = "Chưa có kết quả của đơn vị do đồng chí lãnh đạo: điều kiện đơn vị của mức {0} chưa được kiểm tra.",
        [LevelAboveComputed] = "Không thể xếp {0}: điểm và điều kiện chỉ đạt {1}.",
        [AdjustmentReasonNeeded] = "Xếp {0} thấp hơn mức tính được ({1}): cần ghi lý do điều chỉnh.",
        [Adjusted] = "Điều chỉnh từ {1} xuống {0}: {2}",
        [PointsOverGroupMaximum] = "Điểm {0} vượt điểm tối đa của nhóm ({1}).",
        [PointsIncomplete] = "Nhập điểm cả hai nhóm tiêu chí (tiêu chí chung và kết quả thực hiện nhiệm vụ).",
        [ScoreDiffersFromPoints] = "Tổng điểm {0} khác tổng điểm hai nhóm tiêu chí ({1}).",
        [FigureOutOfRange] = "Tỷ lệ nhiệm vụ phải từ 0 đến 100 %.",
        [QuotaExceeded] = "Vượt tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ (HTXSNV {0} — tối đa {1} % của {2} HTTNV = {3} — vượt {4}): cần nhập lý do giải trình.",
        [QuotaJustified] = "Vượt tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ (HTXSNV {0} — tối đa {1} % của {2} HTTNV = {3} — vượt {4}), đã giải trình: {5}",
        [Quota] = "HTXSNV {0} — tối đa {1} % của {2} HTTNV = {3}",
        [QuotaOver] = " — vượt {4}",
    };

    /// <summary>The Vietnamese text of a key with its arguments.</summary>
    public static string InVietnamese(string key, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Format(CultureInfo.InvariantCulture, Vietnamese[key], [.. arguments]);
    }
}
