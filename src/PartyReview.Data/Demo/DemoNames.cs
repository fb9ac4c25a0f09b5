namespace PartyReview.Data.Demo;

/// <summary>The demo committee's organizations and the name parts its members are made of.</summary>
internal static class DemoNames
{
    /// <summary>
    /// 68 grassroots organizations of the provincial agencies' bloc; the last two were founded in 2019.
    /// Size is a relative weight for the number of members; small cells have no executive committee.
    /// </summary>
    public static readonly (string Name, int Size)[] Organizations =
    [
        ("Đảng bộ Văn phòng Ủy ban nhân dân tỉnh", 70),
        ("Đảng bộ Sở Tài chính", 60),
        ("Đảng bộ Sở Kế hoạch và Đầu tư", 50),
        ("Đảng bộ Sở Nông nghiệp và Phát triển nông thôn", 150),
        ("Đảng bộ Sở Giáo dục và Đào tạo", 80),
        ("Đảng bộ Sở Y tế", 70),
        ("Đảng bộ Sở Giao thông vận tải", 60),
        ("Đảng bộ Sở Xây dựng", 45),
        ("Đảng bộ Sở Tài nguyên và Môi trường", 70),
        ("Đảng bộ Sở Lao động - Thương binh và Xã hội", 60),
        ("Đảng bộ Sở Văn hóa, Thể thao và Du lịch", 75),
        ("Đảng bộ Sở Công Thương", 55),
        ("Đảng bộ Sở Nội vụ", 45),
        ("Đảng bộ Bệnh viện Đa khoa tỉnh Lâm Đồng", 140),
        ("Đảng bộ Bệnh viện Đa khoa II Lâm Đồng", 90),
        ("Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh", 50),
        ("Đảng bộ Trường Cao đẳng Y tế Lâm Đồng", 45),
        ("Đảng bộ Trường Cao đẳng Sư phạm Đà Lạt", 60),
        ("Đảng bộ Trường Cao đẳng Nghề Đà Lạt", 50),
        ("Đảng bộ Trường Chính trị tỉnh", 40),
        ("Đảng bộ Đài Phát thanh - Truyền hình Lâm Đồng", 55),
        ("Đảng bộ Báo Lâm Đồng", 40),
        ("Đảng bộ Kho bạc Nhà nước Lâm Đồng", 75),
        ("Đảng bộ Cục Thuế tỉnh", 110),
        ("Đảng bộ Bảo hiểm xã hội tỉnh", 80),
        ("Đảng bộ Ngân hàng Nhà nước chi nhánh tỉnh Lâm Đồng", 35),
        ("Đảng bộ Cục Thống kê tỉnh", 40),
        ("Đảng bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", 35),
        ("Đảng bộ Chi cục Kiểm lâm tỉnh", 75),
        ("Đảng bộ Công an tỉnh - Khối tham mưu", 60),
        ("Chi bộ Sở Tư pháp", 25),
        ("Chi bộ Sở Khoa học và Công nghệ", 30),
        ("Chi bộ Sở Thông tin và Truyền thông", 20),
        ("Chi bộ Sở Ngoại vụ", 14),
        ("Chi bộ Thanh tra tỉnh", 25),
        ("Chi bộ Ban Dân tộc tỉnh", 18),
        ("Chi bộ Ban Quản lý các khu công nghiệp tỉnh", 16),
        ("Chi bộ Liên minh Hợp tác xã tỉnh", 12),
        ("Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", 8),
        ("Chi bộ Hội Văn học Nghệ thuật tỉnh", 8),
        ("Chi bộ Quỹ Đầu tư phát triển tỉnh", 15),
        ("Chi bộ Quỹ Bảo vệ và Phát triển rừng tỉnh", 13),
        ("Chi bộ Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", 14),
        ("Chi bộ Bảo tàng Lâm Đồng", 12),
        ("Chi bộ Thư viện tỉnh", 10),
        ("Chi bộ Trung tâm Văn hóa tỉnh", 15),
        ("Chi bộ Vườn quốc gia Bidoup - Núi Bà", 30),
        ("Chi bộ Chi cục Quản lý thị trường", 30),
        ("Chi bộ Chi cục Thủy lợi", 14),
        ("Chi bộ Chi cục Trồng trọt và Bảo vệ thực vật", 22),
        ("Chi bộ Chi cục Chăn nuôi và Thú y", 24),
        ("Chi bộ Bệnh viện Nhi Lâm Đồng", 28),
        ("Chi bộ Bệnh viện Y dược cổ truyền Phạm Ngọc Thạch", 22),
        ("Chi bộ Trung tâm Pháp y tỉnh", 10),
        ("Chi bộ Trường Phổ thông Dân tộc nội trú tỉnh", 20),
        ("Chi bộ Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", 18),
        ("Chi bộ Cơ quan Hội Nông dân tỉnh", 14),
        ("Chi bộ Cơ quan Hội Liên hiệp Phụ nữ tỉnh", 14),
        ("Chi bộ Cơ quan Tỉnh đoàn", 16),
        ("Chi bộ Cơ quan Liên đoàn Lao động tỉnh", 18),
        ("Chi bộ Cơ quan Hội Cựu chiến binh tỉnh", 6),
        ("Chi bộ Hội Chữ thập đỏ tỉnh", 7),
        ("Chi bộ Hội Luật gia tỉnh", 5),
        ("Chi bộ Hội Nhà báo tỉnh", 6),
        ("Chi bộ Ban Quản lý Khu du lịch quốc gia Hồ Tuyền Lâm", 8),
        ("Chi bộ Trung tâm Giám định chất lượng xây dựng", 7),
        ("Đảng bộ Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", 12),
        ("Chi bộ Trung tâm Phục vụ hành chính công tỉnh", 10),
    ];

    /// <summary>The positions (0-based) of the cells too small to have an executive committee (chi ủy).</summary>
    public static readonly int[] WithoutExecutiveCommittee = [60, 61, 62, 63, 64, 65, 38, 39];

    /// <summary>The positions of the two organizations founded in 2019, less than six months before the review.</summary>
    public static readonly int[] FoundedIn2019 = [66, 67];

    public static readonly (string Name, int Weight)[] FamilyNames =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4),
        ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 1), ("Dương", 1), ("Lý", 1),
        ("Đinh", 1), ("Trương", 1), ("Đoàn", 1), ("Lương", 1), ("Mai", 1), ("Tạ", 1), ("K'", 1),
    ];

    public static readonly string[] MaleMiddleNames =
        ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Công", "Tấn", "Đình", "Quốc", "Hoàng"];

    public static readonly string[] FemaleMiddleNames =
        ["Thị", "Thị", "Thị", "Thị Thu", "Thị Thanh", "Ngọc", "Thu", "Thanh", "Thị Kim", "Thị Minh", "Hồng", "Thị Ngọc", "Mỹ"];

    public static readonly string[] MaleGivenNames =
    [
        "An", "Anh", "Bảo", "Bình", "Cường", "Dũng", "Đạt", "Đông", "Đức", "Giang", "Hải", "Hiếu", "Hòa", "Hoàng",
        "Hùng", "Huy", "Khánh", "Khoa", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Nhân", "Phong", "Phúc",
        "Quân", "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ",
    ];

    public static readonly string[] FemaleGivenNames =
    [
        "An", "Anh", "Ánh", "Châu", "Chi", "Diễm", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng",
        "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương",
        "Quyên", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Trâm", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến",
    ];
}
