using PartyReview.Domain.Importing;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.UnitTests.Importing;

public sealed class ImportSpellingsTests
{
    [Theory]
    [InlineData("HTXSNV", QualityLevel.Excellent)]
    [InlineData("htxsnv", QualityLevel.Excellent)]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ", QualityLevel.Excellent)]
    [InlineData("HOÀN THÀNH XUẤT SẮC NHIỆM VỤ", QualityLevel.Excellent)]
    [InlineData("hoan thanh xuat sac nhiem vu", QualityLevel.Excellent)]
    [InlineData("xuất sắc", QualityLevel.Excellent)]
    [InlineData("  Xuat   sac. ", QualityLevel.Excellent)]
    [InlineData("HTTNV", QualityLevel.Good)]
    [InlineData("Hoàn thành tốt nhiệm vụ", QualityLevel.Good)]
    [InlineData("tốt", QualityLevel.Good)]
    [InlineData("HTNV", QualityLevel.Complete)]
    [InlineData("Hoàn thành nhiệm vụ", QualityLevel.Complete)]
    [InlineData("hoàn thành", QualityLevel.Complete)]
    [InlineData("KHTNV", QualityLevel.NotComplete)]
    [InlineData("Không hoàn thành nhiệm vụ", QualityLevel.NotComplete)]
    [InlineData("khong hoan thanh", QualityLevel.NotComplete)]
    [InlineData("Excellent", QualityLevel.Excellent)]
    [InlineData("HTXS", QualityLevel.Excellent)]
    [InlineData("Xuất sắc", QualityLevel.Excellent)]
    [InlineData("Đã hoàn thành xuất sắc nhiệm vụ", QualityLevel.Excellent)]
    [InlineData("HT xuất sắc", QualityLevel.Excellent)]
    [InlineData("HTT", QualityLevel.Good)]
    [InlineData("Tốt", QualityLevel.Good)]
    [InlineData("H.T.T", QualityLevel.Good)]
    [InlineData("Hoàn thành tốt NV", QualityLevel.Good)]
    [InlineData("HT", QualityLevel.Complete)]
    [InlineData("đã hoàn thành", QualityLevel.Complete)]
    [InlineData("Không HT", QualityLevel.NotComplete)]
    [InlineData("KHÔNG HOÀN THÀNH NV", QualityLevel.NotComplete)]
    [InlineData("KHT", QualityLevel.NotComplete)]
    public void A_level_is_read_from_its_usual_spellings(string text, QualityLevel expected) =>
        Assert.Equal(expected, ImportSpellings.Level(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("giỏi")]
    [InlineData("HTX")]
    [InlineData("Hoàn thành tốt xuất sắc")]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ tiêu biểu")]
    public void An_unknown_level_is_null(string? text) => Assert.Null(ImportSpellings.Level(text));

    [Theory]
    [InlineData("mới kết nạp dưới 6 tháng", NotRatedReason.NewlyAdmitted)]
    [InlineData("Miễn công tác và sinh hoạt đảng", NotRatedReason.Exempt)]
    [InlineData("đình chỉ", NotRatedReason.Suspended)]
    [InlineData("Vắng mặt, chưa kiểm điểm", NotRatedReason.Absent)]
    [InlineData("Mới thành lập", NotRatedReason.NewlyFounded)]
    [InlineData("Thành lập dưới 6 tháng", NotRatedReason.NewlyFounded)]
    [InlineData("thành lập chưa đủ 6 tháng", NotRatedReason.NewlyFounded)]
    [InlineData("Mới thành lập (dưới 06 tháng)", NotRatedReason.NewlyFounded)]
    [InlineData("MỚI THÀNH LẬP DƯỚI 6 THÁNG.", NotRatedReason.NewlyFounded)]
    [InlineData("Kết nạp dưới 6 tháng", NotRatedReason.NewlyAdmitted)]
    [InlineData("kết nạp chưa đủ 6 tháng", NotRatedReason.NewlyAdmitted)]
    [InlineData("Mới kết nạp", NotRatedReason.NewlyAdmitted)]
    [InlineData("Đã kết nạp chưa đủ 6 tháng", NotRatedReason.NewlyAdmitted)]
    [InlineData("Đảng viên mới", NotRatedReason.NewlyAdmitted)]
    [InlineData("Bị đình chỉ sinh hoạt đảng", NotRatedReason.Suspended)]
    [InlineData("Miễn sinh hoạt đảng", NotRatedReason.Exempt)]
    [InlineData("Vắng mặt chưa kiểm điểm", NotRatedReason.Absent)]
    [InlineData("Lý do khác", NotRatedReason.Other)]
    public void Reasons_are_read(string text, NotRatedReason expected) => Assert.Equal(expected, ImportSpellings.Reason(text));

    [Theory]
    [InlineData("Kết nạp", MembershipEventKind.Admitted)]
    [InlineData("Chuyển đảng chính thức", MembershipEventKind.MadeOfficial)]
    [InlineData("chuyen sinh hoat den", MembershipEventKind.TransferredIn)]
    [InlineData("Chuyển sinh hoạt đi", MembershipEventKind.TransferredOut)]
    [InlineData("Cấp thẻ đảng viên", MembershipEventKind.PartyCardIssued)]
    [InlineData("Xóa tên", MembershipEventKind.StruckOff)]
    [InlineData("Đã kết nạp", MembershipEventKind.Admitted)]
    [InlineData("Kết nạp Đảng", MembershipEventKind.Admitted)]
    [InlineData("Chuyển chính thức", MembershipEventKind.MadeOfficial)]
    [InlineData("Đã từ trần", MembershipEventKind.Deceased)]
    [InlineData("Qua đời", MembershipEventKind.Deceased)]
    [InlineData("Bị xóa tên", MembershipEventKind.StruckOff)]
    [InlineData("Được cấp thẻ đảng", MembershipEventKind.PartyCardIssued)]
    public void Event_kinds_are_read_from_their_names(string text, MembershipEventKind expected) =>
        Assert.Equal(expected, ImportSpellings.EventKind(text));

    [Fact]
    public void Every_event_kind_reads_back_from_the_name_the_app_writes()
    {
        foreach (var kind in Enum.GetValues<MembershipEventKind>())
        {
            Assert.Equal(kind, ImportSpellings.EventKind(kind.Name()));
        }
    }

    [Fact]
    public void Every_level_reason_and_rule_set_reads_back_from_what_the_app_writes()
    {
        foreach (var level in QualityLevels.All)
        {
            Assert.Equal(level, ImportSpellings.Level(level.Abbreviation()));
            Assert.Equal(level, ImportSpellings.Level(level.VietnameseName()));
        }

        foreach (var reason in NotRatedReasons.All)
        {
            Assert.Equal(reason, ImportSpellings.Reason(reason.VietnameseName()));
        }

        foreach (var ruleSet in RuleSets.All)
        {
            Assert.Equal(ruleSet, ImportSpellings.RuleSet(ImportSpellings.ShortName(ruleSet)));
            Assert.Equal(ruleSet, ImportSpellings.RuleSet(ruleSet.Documents()));
        }
    }

    [Theory]
    [InlineData("Nam", Gender.Male)]
    [InlineData("NỮ", Gender.Female)]
    [InlineData("nu", Gender.Female)]
    [InlineData("Nữ giới", Gender.Female)]
    public void Genders_are_read(string text, Gender expected) => Assert.Equal(expected, ImportSpellings.Gender(text));

    [Theory]
    [InlineData("Đảng bộ cơ sở", OrganizationKind.PartyCommittee)]
    [InlineData("chi bo co so", OrganizationKind.Cell)]
    [InlineData("Chi bộ", OrganizationKind.Cell)]
    [InlineData("Đảng bộ", OrganizationKind.PartyCommittee)]
    [InlineData("ĐBCS", OrganizationKind.PartyCommittee)]
    public void Organization_kinds_are_read(string text, OrganizationKind expected) => Assert.Equal(expected, ImportSpellings.OrganizationKind(text));

    [Theory]
    [InlineData("16/01/2020", 2020, 1, 16)]
    [InlineData("6/1/2020", 2020, 1, 6)]
    [InlineData("2020-01-16", 2020, 1, 16)]
    [InlineData("16.01.2020", 2020, 1, 16)]
    public void Dates_are_read_day_first(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ImportSpellings.Date(text));

    [Theory]
    [InlineData("31/02/2020")]
    [InlineData("hôm qua")]
    [InlineData("13/13/2020")]
    public void Impossible_dates_are_null(string text) => Assert.Null(ImportSpellings.Date(text));

    [Theory]
    [InlineData("85,5", 85.5)]
    [InlineData("85.5", 85.5)]
    [InlineData("90", 90)]
    public void Scores_take_a_comma_or_a_dot(string text, double expected) => Assert.Equal((decimal)expected, ImportSpellings.Number(text));

    [Theory]
    [InlineData("Có", true)]
    [InlineData("x", true)]
    [InlineData("không", false)]
    public void Flags_are_read(string text, bool expected) => Assert.Equal(expected, ImportSpellings.Flag(text));

    [Theory]
    [InlineData("dưới 6 tháng")]
    [InlineData("Chưa đủ 6 tháng")]
    [InlineData("mới, dưới 06 tháng")]
    public void A_spelling_of_two_reasons_is_refused_with_both_choices(string text)
    {
        var reading = ImportSpellings.Reasons.Read(text);

        Assert.True(reading.IsAmbiguous);
        Assert.Null(reading.Value);
        Assert.Equal([NotRatedReason.NewlyFounded, NotRatedReason.NewlyAdmitted], reading.Choices);
        Assert.Null(ImportSpellings.Reason(text));
    }

    [Theory]
    [InlineData("dưới 6 tháng", NotRatedReason.NewlyAdmitted, NotRatedReason.NewlyFounded)]
    [InlineData("chưa đủ 6 tháng", NotRatedReason.NewlyFounded, NotRatedReason.NewlyAdmitted)]
    public void The_row_s_context_settles_a_spelling_of_two_reasons(string text, NotRatedReason expected, NotRatedReason ruledOut)
    {
        var reading = ImportSpellings.Reasons.Read(text, r => r != ruledOut);

        Assert.Equal(expected, reading.Value);
        Assert.False(reading.Familiar);
    }

    [Fact]
    public void Context_does_not_change_a_spelling_of_one_value()
    {
        var reading = ImportSpellings.Reasons.Read("Kết nạp dưới 6 tháng", r => r != NotRatedReason.NewlyAdmitted);

        Assert.Equal(NotRatedReason.NewlyAdmitted, reading.Value);
    }

    [Theory]
    [InlineData("HTXSNV", true)]
    [InlineData("hoàn thành tốt nhiệm vụ", true)]
    [InlineData("HTT", false)]
    [InlineData("Tốt", false)]
    [InlineData("Xuất sắc", false)]
    public void Only_the_app_s_own_spellings_of_a_level_are_familiar(string text, bool familiar) =>
        Assert.Equal(familiar, ImportSpellings.Levels.Read(text).Familiar);

    [Theory]
    [InlineData("Thành lập dưới 6 tháng", "mới thành lập dưới 6 tháng")]
    [InlineData("Kết nạp dưới 6 tháng", "mới kết nạp dưới 6 tháng")]
    public void An_unfamiliar_reason_is_named_by_the_app_s_spelling(string text, string name)
    {
        var reading = ImportSpellings.Reasons.Read(text);

        Assert.False(reading.Familiar);
        Assert.Equal(name, ImportSpellings.Reasons.Name(reading.Value!.Value));
    }

    [Fact]
    public void Every_written_spelling_is_familiar()
    {
        foreach (var reason in NotRatedReasons.All)
        {
            Assert.True(ImportSpellings.Reasons.Read(reason.VietnameseName()).Familiar);
        }

        foreach (var kind in Enum.GetValues<MembershipEventKind>())
        {
            Assert.True(ImportSpellings.EventKinds.Read(kind.Name()).Familiar);
        }
    }

    [Theory]
    [InlineData("Đã kết nạp chưa đủ 06 tháng.", "ket nap duoi 6 thang")]
    [InlineData("Bị đình chỉ, do vi phạm", "dinh chi vi pham")]
    [InlineData("mới", "")]
    public void The_core_drops_filler_words_and_punctuation(string text, string core) => Assert.Equal(core, ImportSpellings.Core(text));

    [Theory]
    [InlineData("Tự đánh giá", ReviewStep.SelfAssessment)]
    [InlineData("tu danh gia", ReviewStep.SelfAssessment)]
    [InlineData("TĐG", ReviewStep.SelfAssessment)]
    [InlineData("Tự đánh giá, xếp loại", ReviewStep.SelfAssessment)]
    [InlineData("Đề xuất", ReviewStep.Proposal)]
    [InlineData("de xuat", ReviewStep.Proposal)]
    [InlineData("Thẩm định, đề xuất", ReviewStep.Proposal)]
    [InlineData("ĐX", ReviewStep.Proposal)]
    [InlineData("Quyết định", ReviewStep.Decision)]
    [InlineData("quyet dinh", ReviewStep.Decision)]
    [InlineData("QĐ", ReviewStep.Decision)]
    [InlineData("Đã quyết định", ReviewStep.Decision)]
    public void A_step_is_read_from_its_usual_spellings(string text, ReviewStep expected) => Assert.Equal(expected, ImportSpellings.Step(text));

    [Theory]
    [InlineData("Bước 4")]
    [InlineData("xếp loại")]
    public void An_unknown_step_is_null(string text) => Assert.Null(ImportSpellings.Step(text));

    [Theory]
    [InlineData("ĐV", SubjectType.Member)]
    [InlineData("Đảng viên", SubjectType.Member)]
    [InlineData("Lãnh đạo", SubjectType.Leader)]
    [InlineData("LĐ", SubjectType.Leader)]
    [InlineData("Lãnh đạo, quản lý", SubjectType.Leader)]
    [InlineData("Ngoài HTCT", SubjectType.MemberOutsideSystem)]
    [InlineData("NHT", SubjectType.MemberOutsideSystem)]
    [InlineData("ngoài hệ thống chính trị", SubjectType.MemberOutsideSystem)]
    public void A_member_type_is_read_from_its_usual_spellings(string text, SubjectType expected) => Assert.Equal(expected, ImportSpellings.MemberType(text));

    [Fact]
    public void The_step_and_member_type_names_the_app_writes_are_familiar()
    {
        Assert.All(ReviewSteps.All, step => Assert.True(ImportSpellings.Steps.Read(step.VietnameseName()).Familiar));
        Assert.All(SubjectTypes.OfMembers, type => Assert.True(ImportSpellings.MemberTypes.Read(ImportSpellings.MemberTypes.Name(type)).Familiar));
    }
}
