using PartyReview.Domain.Text;

namespace PartyReview.UnitTests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    [InlineData("  Đặng   Thị Ánh  ", "dang thi anh")]
    [InlineData("TRƯƠNG QUỐC ĐẠT", "truong quoc dat")]
    public void Search_ignores_case_diacritics_and_spacing(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.SearchKey(text));

    [Fact]
    public void Names_sort_by_given_name_then_middle_then_family_in_the_Vietnamese_alphabet()
    {
        string[] names =
        [
            "Trần Văn Đức", "Nguyễn Thị Dung", "Lê Văn An", "Phạm Thị Ánh", "Nguyễn Văn An", "Bùi Thị Ân",
            "Hoàng Văn Bình", "Trần Thị Ăn", "Vũ Văn Đông",
        ];

        var sorted = names.OrderBy(VietnameseText.NameSortKey, StringComparer.Ordinal).ToArray();

        Assert.Equal(
            ["Lê Văn An", "Nguyễn Văn An", "Phạm Thị Ánh", "Trần Thị Ăn", "Bùi Thị Ân", "Hoàng Văn Bình", "Nguyễn Thị Dung", "Vũ Văn Đông", "Trần Văn Đức"],
            sorted);
    }

    [Fact]
    public void Tones_order_after_letters_ngang_huyen_hoi_nga_sac_nang()
    {
        string[] names = ["A Văn Hạ", "A Văn Hà", "A Văn Há", "A Văn Ha", "A Văn Hả", "A Văn Hã"];
        Assert.Equal(["A Văn Ha", "A Văn Hà", "A Văn Hả", "A Văn Hã", "A Văn Há", "A Văn Hạ"], names.OrderBy(VietnameseText.NameSortKey, StringComparer.Ordinal));
    }
}
