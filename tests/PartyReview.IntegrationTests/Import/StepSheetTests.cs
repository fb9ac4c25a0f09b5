using PartyReview.Domain.Reviews.Rules;
using PartyReview.Web.Features.Import;
using static PartyReview.IntegrationTests.Import.SheetTestFixture;

namespace PartyReview.IntegrationTests.Import;

/// <summary>
/// The Reviews sheet's columns of Quy định 366 (Bước, the group points, the task figures, Lý do điều chỉnh, Đối tượng
/// đảng viên) and the rules that refuse a row: the same rule engine as the grid. Each file is refused on its row with
/// the rule's message and nothing is written. (2026 is open under 366/43; 2019 decided under 132/21.)
/// </summary>
public sealed class StepSheetTests(SheetTestFixture fixture) : IClassFixture<SheetTestFixture>
{
    public const string Header =
        "Năm,Đối tượng,Mã tổ chức,Mã đảng viên,Bước,Xếp loại,Điểm tiêu chí chung,Điểm kết quả thực hiện nhiệm vụ,Điểm," +
        "Nhiệm vụ đúng hạn (%),Nhiệm vụ vượt (%),Khắc phục hạn chế (%),Lý do điều chỉnh,Kỷ luật,Đối tượng đảng viên,Lý do không xếp loại";

    [Theory]
    // A disciplined member at HTXSNV, with points or without.
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Quyết định,HTXSNV,28,67,,100,40,100,,Khiển trách,,", RuleTexts.DisciplinedMember)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,,HTXSNV,,,,,,,,Cảnh cáo,,", RuleTexts.DisciplinedMember)]
    // 95 points at HTNV with no reason for the lower level.
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Quyết định,HTNV,28,67,,100,40,100,,,,", RuleTexts.AdjustmentReasonNeeded)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Đề xuất,HTNV,,,95,,,,,,,", RuleTexts.AdjustmentReasonNeeded)]
    // Above the level the score and conditions give: 92 points with 25 % exceeded reach HTTNV only.
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Tự đánh giá,HTXSNV,27,65,,100,25,100,,,,", RuleTexts.LevelAboveComputed)]
    [InlineData("2026,Tổ chức,TCCS01,,Đề xuất,HTTNV,25,60,,90,,,,,,", RuleTexts.LevelAboveComputed)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Quyết định,HTTNV,25,60,,95,,,,,,", RuleTexts.LevelAboveComputed)] // 85 points, a task late: HTNV
    // Group points over the frame's maximum (30 / 70), one group missing, the total not their sum, figures outside 0–100.
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Tự đánh giá,,31,60,,,,,,,,", RuleTexts.PointsOverGroupMaximum)]
    [InlineData("2026,Tập thể lãnh đạo,TCCS02,,Tự đánh giá,,25,71,,,,,,,,", RuleTexts.PointsOverGroupMaximum)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Tự đánh giá,,28,,,,,,,,,", RuleTexts.PointsIncomplete)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Tự đánh giá,,28,60,90,,,,,,,", RuleTexts.ScoreDiffersFromPoints)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Tự đánh giá,,28,60,,120,,,,,,", RuleTexts.FigureOutOfRange)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Tự đánh giá,,28,60,,100,-5,,,,,", RuleTexts.FigureOutOfRange)]
    // Years before 2025: no points, and the decision only.
    [InlineData("2019,Tổ chức,TCCS01,,Tự đánh giá,HTXSNV,,,,,,,,,,", ImportMessages.ReviewStepNotUsed)]
    [InlineData("2019,Đảng viên,TCCS01,DV00001,Đề xuất,HTTNV,,,,,,,,,,", ImportMessages.ReviewStepNotUsed)]
    [InlineData("2019,Đảng viên,TCCS01,DV00001,Quyết định,HTNV,,,,,,,Vượt tỷ lệ,,,", ImportMessages.ReviewOnly366)]
    [InlineData("2019,Tổ chức,TCCS01,,Quyết định,HTTNV,25,60,,,,,,,,", RuleTexts.NoPointScale)]
    [InlineData("2019,Tổ chức,TCCS01,,,HTTNV,,,,100,,,,,,", RuleTexts.NoPointScale)]
    // What cannot be read, or does not belong on the row.
    [InlineData("2026,Đảng viên,TCCS01,DV00001,Bước bốn,HTTNV,,,,,,,,,,", ImportMessages.UnreadableStep)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,,HTTNV,,,,,,,,,Giám đốc,", ImportMessages.UnreadableMemberType)]
    [InlineData("2026,Tổ chức,TCCS01,,,HTTNV,,,,,,,,,Lãnh đạo,", ImportMessages.ReviewMemberTypeNotMember)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,,,28,60,,,,,,,,Miễn sinh hoạt đảng", ImportMessages.ReviewPointsAndReason)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,,,,,,,,,Vì sao,,,Miễn sinh hoạt đảng", ImportMessages.ReviewPointsAndReason)]
    [InlineData("2026,Đảng viên,TCCS01,DV00001,,,tám,60,,,,,,,,", ImportMessages.UnreadableNumber)]
    public Task A_row_that_breaks_a_rule_is_refused_on_its_row_and_nothing_is_written(string row, string key) =>
        fixture.AssertRefusedAsync(Csv(Header, row), "ket-qua.csv", key);

    [Fact]
    public Task A_member_on_long_sick_leave_is_refused_above_HTNV() =>
        fixture.AssertRefusedAsync(
            Csv(Header + ",Nghỉ ốm từ 3 tháng", "2026,Đảng viên,TCCS01,DV00001,Quyết định,HTTNV,28,60,,100,,,,,,,Có"), "ket-qua.csv", RuleTexts.SickLeaveCap);

    [Fact]
    public async Task The_rules_message_is_the_grids_in_Vietnamese_with_the_unmet_condition()
    {
        var outcome = await fixture.AssertRefusedAsync(
            Csv(Header, "2026,Đảng viên,TCCS01,DV00001,Đề xuất,HTXSNV,27,65,,100,25,100,,,,"), "ket-qua.csv", RuleTexts.LevelAboveComputed);
        Assert.Contains("Không thể xếp HTXSNV: điểm và điều kiện chỉ đạt HTTNV.", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Chưa đạt điều kiện HTXSNV: nhiệm vụ hoàn thành vượt mức yêu cầu 25 % (cần ít nhất 30 %).", outcome.Message, StringComparison.Ordinal);

        var disciplined = await fixture.AssertRefusedAsync(
            Csv(Header, "2026,Đảng viên,TCCS01,DV00001,,HTXSNV,28,67,,100,40,100,,Khiển trách,,"), "ket-qua.csv", RuleTexts.DisciplinedMember);
        Assert.StartsWith("Đảng viên bị kỷ luật trong năm: phải xếp loại không hoàn thành nhiệm vụ.", disciplined.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task A_leaders_HTXSNV_is_refused_when_the_unit_they_lead_is_HTTNV_at_the_same_step_in_the_file() =>
        fixture.AssertRefusedAsync(
            Csv(Header,
                "2026,Tổ chức,TCCS01,,Đề xuất,HTTNV,25,60,,100,,,,,,",
                "2026,Đảng viên,TCCS01,DV00001,Đề xuất,HTXSNV,28,67,,100,40,100,,,Lãnh đạo,"),
            "ket-qua.csv", RuleTexts.LevelAboveComputed, row: 3);

    [Fact]
    public Task A_step_row_whose_subjects_fields_differ_from_another_steps_is_refused() =>
        fixture.AssertRefusedAsync(
            Csv(Header,
                "2026,Đảng viên,TCCS01,DV00001,Tự đánh giá,,28,60,,,,,,,,",
                "2026,Đảng viên,TCCS01,DV00001,Quyết định,,28,60,,,,,,Khiển trách,,"),
            "ket-qua.csv", ImportMessages.ReviewStepFieldsDiffer, row: 3);

    [Fact]
    public Task The_same_step_twice_is_refused_on_its_second_row() =>
        fixture.AssertRefusedAsync(
            Csv(Header,
                "2026,Đảng viên,TCCS01,DV00001,Đề xuất,HTTNV,,,,,,,,,,",
                "2026,Đảng viên,TCCS01,DV00001,de xuat,HTNV,,,,,,,,,,"),
            "ket-qua.csv", ImportMessages.ReviewDuplicate, row: 3);

    [Fact]
    public async Task One_refused_row_keeps_every_other_row_of_the_file_from_being_written()
    {
        var outcome = await fixture.AssertRefusedAsync(
            Csv(Header,
                "2026,Đảng viên,TCCS01,DV00001,Tự đánh giá,,28,64,,100,25,100,,,,",
                "2026,Đảng viên,TCCS01,DV00001,Quyết định,HTNV,28,67,,100,40,100,,,,"),
            "ket-qua.csv", RuleTexts.AdjustmentReasonNeeded, row: 3);
        Assert.Equal(RowStatus.Error, outcome.Status);
    }
}
