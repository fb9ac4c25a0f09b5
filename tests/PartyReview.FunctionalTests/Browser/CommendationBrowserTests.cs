using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartyReview.Data;
using PartyReview.TestSupport;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>A clerk issues the 2019 decision for the 17 exemplary organizations and prints it to an A4 PDF.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class CommendationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_clerk_issues_a_decision_and_prints_it_as_an_A4_Party_document()
    {
        var page = await browser.NewPageAsync();

        // Before the demo's ceremony: the 2019 decisions are not issued yet.
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            await db.Commendations.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
            await db.CommendationDecisions.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        await new LoginPage(page).SignInAsync("clerk@demo.local");
        await page.GotoAsync("/Commendations/2019");
        var exemplary = page.Locator("[data-award=ExemplaryOrganization]");
        Assert.Equal("17 đủ điều kiện", await exemplary.GetByTestId("candidate-count").InnerTextAsync());
        Assert.Equal("9 đủ điều kiện", await page.Locator("[data-award=ExcellentMemberConsecutiveYears]").GetByTestId("candidate-count").InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var names = await exemplary.Locator("tbody th").AllInnerTextsAsync();
        Assert.Equal(17, names.Count);

        await exemplary.GetByTestId("create-ExemplaryOrganization").ClickAsync();
        await page.GetByTestId("issue").ClickAsync();
        Assert.Equal("Đã ban hành", await page.GetByTestId("decision-status").InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var print = await page.GetByTestId("print").GetAttributeAsync("href");
        Assert.EndsWith("/Print", print, StringComparison.Ordinal);
        await page.GotoAsync(print!);
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });

        var folder = Path.Combine(DemoDatabase.TemporaryFolder, "pdf");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "decision.pdf");
        await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
        if (!File.Exists("/usr/bin/pdftotext"))
        {
            TestRequirement.Unavailable("poppler-utils (pdftotext, pdfinfo) is not installed");
        }

        var info = await RunAsync("pdfinfo", file);
        Assert.Contains("(A4)", info, StringComparison.Ordinal);
        var text = await RunAsync("pdftotext", "-layout", file, "-");
        foreach (var line in new[] { "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 1-QĐ/ĐUK", "QUYẾT ĐỊNH", "T/M BAN THƯỜNG VỤ", "BÍ THƯ" })
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.Matches("Lâm Đồng, ngày \\d{2} tháng \\d{2} năm \\d{4}", text);
        // In content order (-raw) each table cell's text stays together, whatever the line breaks.
        var raw = await RunAsync("pdftotext", "-raw", file, "-");
        var flat = string.Join(' ', raw.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Trong sạch vững mạnh tiêu biểu", flat, StringComparison.Ordinal);
        Assert.All(names, name => Assert.Contains(name, flat, StringComparison.Ordinal));

        // The Quyết định's parts, and the attached list on a later page than Điều 1 (pages are split on form feeds).
        var pages = raw.Split('\f');
        int PageOf(string needle) => Array.FindIndex(pages, p => string.Join(' ', p.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Contains(needle, StringComparison.Ordinal));
        foreach (var part in new[] { "Căn cứ", "Xét đề nghị", "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận", "Lưu Văn phòng.", "DANH SÁCH", "Kèm theo Quyết định số" })
        {
            Assert.True(PageOf(part) >= 0, $"“{part}” is not in the PDF");
        }

        Assert.True(PageOf("Kèm theo Quyết định số") > PageOf("Điều 1."), "The attached list does not start on a later page than Điều 1.");
        Assert.True(PageOf("Nơi nhận") < PageOf("Kèm theo Quyết định số"));

        // Page numbers from page 2 only, at the top of the page: the first line of page k is "k".
        var layout = text.Split('\f').Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        string FirstLine(string page) => page.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        Assert.True(layout.Count >= 2, "The decision should print on at least two pages");
        Assert.NotEqual("1", FirstLine(layout[0]));
        Assert.All(Enumerable.Range(1, layout.Count - 1), k => Assert.Equal((k + 1).ToString(CultureInfo.InvariantCulture), FirstLine(layout[k])));

        // The list's header row is repeated on every page the list covers.
        var listPages = pages.Skip(PageOf("Kèm theo Quyết định số")).Where(p => names.Any(n => p.Contains(n, StringComparison.Ordinal))).ToList();
        Assert.All(listPages, p => Assert.Contains("Thành tích", p, StringComparison.Ordinal));

        if (Environment.GetEnvironmentVariable("PARTYREVIEW_UPDATE_SCREENSHOTS") == "1")
        {
            var images = Path.Combine(Screenshots.RepositoryRoot(), "docs", "images");
            await RunAsync("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, Path.Combine(images, "commendation-print"));
        }
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
