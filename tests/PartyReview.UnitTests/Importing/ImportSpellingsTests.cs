using PartyReview.Domain.Importing;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;

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
    public void A_level_is_read_from_its_usual_spellings(string text, QualityLevel expected) =>
        Assert.Equal(expected, ImportSpellings.Level(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("HTXS")]
    [InlineData("giỏi")]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ tiêu biểu")]
    public void An_unknown_level_is_null(string? text) => Assert.Null(ImportSpellings.Level(text));

    [Theory]
    [InlineData("mới kết nạp dưới 6 tháng", NotRatedReason.NewlyAdmitted)]
    [InlineData("Miễn công tác và sinh hoạt đảng", NotRatedReason.Exempt)]
    [InlineData("đình chỉ", NotRatedReason.Suspended)]
    [InlineData("Vắng mặt, chưa kiểm điểm", NotRatedReason.Absent)]
    [InlineData("Mới thành lập", NotRatedReason.NewlyFounded)]
    public void Reasons_are_read(string text, NotRatedReason expected) => Assert.Equal(expected, ImportSpellings.Reason(text));

    [Theory]
    [InlineData("Kết nạp", MembershipEventKind.Admitted)]
    [InlineData("Chuyển đảng chính thức", MembershipEventKind.MadeOfficial)]
    [InlineData("chuyen sinh hoat den", MembershipEventKind.TransferredIn)]
    [InlineData("Chuyển sinh hoạt đi", MembershipEventKind.TransferredOut)]
    [InlineData("Cấp thẻ đảng viên", MembershipEventKind.PartyCardIssued)]
    [InlineData("Xóa tên", MembershipEventKind.StruckOff)]
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
    public void Genders_are_read(string text, Gender expected) => Assert.Equal(expected, ImportSpellings.Gender(text));

    [Theory]
    [InlineData("Đảng bộ cơ sở", OrganizationKind.PartyCommittee)]
    [InlineData("chi bo co so", OrganizationKind.Cell)]
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
}
