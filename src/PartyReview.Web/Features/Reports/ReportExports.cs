using MiniExcelLibs;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Web.Infrastructure.Documents;
using static PartyReview.Web.Infrastructure.Documents.PartyDocumentWord;

namespace PartyReview.Web.Features.Reports;

/// <summary>
/// The year-end report as a Word document in the Party document format (the header of Hướng dẫn 36-HD/VPTW, the text,
/// the tables as real Word tables, the signature block) and its tables as an Excel workbook.
/// </summary>
public static class ReportExports
{
    public const string ExclusiveSheet = "Xếp loại";
    public const string CumulativeSheet = "Cộng dồn";
    public const string MovementsSheet = "Biến động đảng viên";

    private static readonly string[] ExclusiveHeaders =
        ["Đối tượng", "Tổng số", "Được xếp loại", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Không xếp loại", "Chưa có kết quả"];

    private static readonly string[] CumulativeHeaders =
        ["Đối tượng", "Được xếp loại / tổng số", "HTTNV trở lên / được xếp loại", "Trong đó HTXSNV / HTTNV trở lên", "HTNV / được xếp loại", "KHTNV / được xếp loại"];

    public static string SubjectName(SubjectKind kind) => kind switch
    {
        SubjectKind.Organization => "Tổ chức cơ sở đảng",
        SubjectKind.Leadership => "Tập thể lãnh đạo cấp ủy cơ sở",
        SubjectKind.Member => "Đảng viên",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static byte[] ToDocx(SummaryViewModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Create(body =>
        {
            body.Append(Header(report.Header));
            body.Append(Paragraph("BÁO CÁO", bold: true, size: 28, center: true, spaceBefore: 360));
            body.Append(Paragraph(report.Title, bold: true, size: 28, center: true));
            body.Append(Paragraph("-----", size: 26, center: true, spaceAfter: 120));
            foreach (var paragraph in report.ReportParagraphs)
            {
                body.Append(Paragraph(paragraph, size: 28, justify: true, spaceAfter: 120, firstLineIndent: 567));
            }

            body.Append(Paragraph("Bảng 1. Kết quả xếp loại (cách tính riêng từng mức, cộng lại bằng số được xếp loại)", bold: true, size: 26, spaceBefore: 240, spaceAfter: 120));
            if (report.HasAbsent)
            {
                body.Append(BorderedTable([.. ExclusiveHeaders, "Vắng mặt (chưa kiểm điểm)"], [1700, 750, 900, 800, 800, 750, 750, 1000, 1000, 904],
                    report.Subjects.Select(s => ExclusiveCells(s, withAbsent: true)), size: 22, rightAligned: new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
            }
            else
            {
                body.Append(BorderedTable(ExclusiveHeaders, [1900, 800, 1000, 850, 850, 800, 800, 1100, 1254],
                    report.Subjects.Select(s => ExclusiveCells(s, withAbsent: false)), size: 22, rightAligned: new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8 }));
            }

            body.Append(Paragraph("Bảng 2. Kết quả xếp loại (cách tính cộng dồn: “hoàn thành tốt nhiệm vụ trở lên” gồm cả hoàn thành xuất sắc)", bold: true, size: 26, spaceBefore: 240, spaceAfter: 120));
            body.Append(BorderedTable(CumulativeHeaders, [1900, 1450, 1500, 1600, 1450, 1454],
                report.Subjects.Select(CumulativeCells), size: 22, rightAligned: new HashSet<int> { 1, 2, 3, 4, 5 }));

            if (report.Steps is { } steps)
            {
                body.Append(Paragraph("Bảng 3. Điểm bình quân theo đối tượng (thang điểm 100, kết quả đã quyết định)", bold: true, size: 26, spaceBefore: 240, spaceAfter: 120));
                body.Append(BorderedTable(["Đối tượng", "Đã chấm điểm", "Điểm bình quân"], [3754, 2800, 2800],
                    steps.Averages.Select(a => (IReadOnlyList<string>)[a.Type.VietnameseName(), VietnameseFormat.Count(a.Scores.Scored), Average(a.Scores)]),
                    size: 22, rightAligned: new HashSet<int> { 1, 2 }));
                if (steps.Progress is { } progress)
                {
                    body.Append(Paragraph("Tiến độ ba bước (đảng viên): " + progress.Describe(), size: 26, spaceBefore: 120, spaceAfter: 120));
                }
            }
            else if (report.UsesPointScale && report.Subjects.Any(s => s.Scores.Scored > 0))
            {
                body.Append(Paragraph("Bảng 3. Điểm bình quân (thang điểm 100)", bold: true, size: 26, spaceBefore: 240, spaceAfter: 120));
                body.Append(BorderedTable(["Đối tượng", "Đã chấm điểm", "Điểm bình quân"], [3754, 2800, 2800],
                    report.Subjects.Select(s => (IReadOnlyList<string>)[SubjectName(s.Kind), VietnameseFormat.Count(s.Scores.Scored), Average(s.Scores)]),
                    size: 22, rightAligned: new HashSet<int> { 1, 2 }));
            }

            if (report.Movements.Count > 0)
            {
                body.Append(Paragraph("Biến động đảng viên trong năm", bold: true, size: 26, spaceBefore: 240, spaceAfter: 120));
                var rows = report.Movements.Select(m => (IReadOnlyList<string>)[m.Label, VietnameseFormat.Count(m.Count)]).ToList();
                if (report.AdmissionTarget is { } target)
                {
                    rows.Add(["Chỉ tiêu kết nạp", $"{VietnameseFormat.Count(target)} (đạt {report.AdmissionShareOfTarget})"]);
                }

                body.Append(BorderedTable(["Nội dung", "Số lượng"], [6354, 3000], rows, size: 22, rightAligned: new HashSet<int> { 1 }));
            }

            body.Append(Signature("T/M ĐẢNG ỦY", report.SignerTitle, report.Signer));
        });
    }

    public static byte[] ToXlsx(SummaryViewModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var exclusive = report.Subjects.Select(s => new Dictionary<string, object>
        {
            ["Đối tượng"] = SubjectName(s.Kind),
            ["Tổng số"] = s.Tally.Total,
            ["Được xếp loại"] = s.Tally.Rated,
            ["HTXSNV"] = s.Tally.Excellent,
            ["HTTNV"] = s.Tally.GoodOnly,
            ["HTNV"] = s.Tally.Complete,
            ["KHTNV"] = s.Tally.NotComplete,
            ["Không xếp loại"] = s.Tally.NotRated,
            ["Chưa có kết quả"] = s.Tally.Pending,
        }).ToList();
        if (report.HasAbsent)
        {
            foreach (var (row, subject) in exclusive.Zip(report.Subjects))
            {
                row["Vắng mặt (chưa kiểm điểm)"] = subject.Tally.Absent;
            }
        }

        var cumulative = report.Subjects.Select(s => new Dictionary<string, object>
        {
            ["Đối tượng"] = SubjectName(s.Kind),
            ["Được xếp loại"] = s.Tally.Rated,
            ["Tổng số"] = s.Tally.Total,
            ["HTTNV trở lên"] = s.Tally.GoodOrBetter,
            ["Trong đó HTXSNV"] = s.Tally.Excellent,
            ["HTNV"] = s.Tally.Complete,
            ["KHTNV"] = s.Tally.NotComplete,
            ["Tỷ lệ HTTNV trở lên (%)"] = Rounded(YearComparison.Share(s.Tally.GoodOrBetter, s.Tally.Rated)),
            ["Điểm bình quân"] = s.Scores.Average is { } average ? Math.Round(average, 1, MidpointRounding.AwayFromZero) : "",
        }).ToList();
        var movements = report.Movements.Select(m => new Dictionary<string, object> { ["Nội dung"] = m.Label, ["Số lượng"] = m.Count }).ToList();
        if (report.AdmissionTarget is { } target)
        {
            movements.Add(new Dictionary<string, object> { ["Nội dung"] = "Chỉ tiêu kết nạp", ["Số lượng"] = target });
        }

        var sheets = new Dictionary<string, object>
        {
            [ExclusiveSheet] = exclusive,
            [CumulativeSheet] = cumulative,
            [MovementsSheet] = movements.Count > 0 ? movements : [new Dictionary<string, object> { ["Nội dung"] = "", ["Số lượng"] = "" }],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static object Rounded(decimal? share) => share is { } s ? Math.Round(s, 1, MidpointRounding.AwayFromZero) : "";

    private static string Average(ScoreStats scores) =>
        scores.Average is { } average ? VietnameseFormat.Score(Math.Round(average, 1, MidpointRounding.AwayFromZero)) : "";

    private static List<string> ExclusiveCells(SubjectRow row, bool withAbsent)
    {
        var t = row.Tally;
        List<string> cells =
        [
            SubjectName(row.Kind), VietnameseFormat.Count(t.Total), VietnameseFormat.Count(t.Rated),
            .. QualityLevels.All.Select(level => VietnameseFormat.Count(t.Count(level))),
            VietnameseFormat.Count(t.NotRated), VietnameseFormat.Count(t.Pending),
        ];
        if (withAbsent)
        {
            cells.Add(VietnameseFormat.Count(t.Absent));
        }

        return cells;
    }

    private static IReadOnlyList<string> CumulativeCells(SubjectRow row)
    {
        var t = row.Tally;
        return
        [
            SubjectName(row.Kind),
            VietnameseFormat.Fraction(t.Rated, t.Total),
            WithShare(t.GoodOrBetter, t.Rated),
            WithShare(t.Excellent, t.GoodOrBetter),
            WithShare(t.Complete, t.Rated),
            WithShare(t.NotComplete, t.Rated),
        ];

        static string WithShare(int part, int whole) =>
            whole == 0 ? VietnameseFormat.Fraction(part, whole) : $"{VietnameseFormat.Fraction(part, whole)} ({VietnameseFormat.Percent(part, whole)})";
    }

}
