using System.Net;
using PartyReview.FunctionalTests.Admin;

namespace PartyReview.FunctionalTests.Periods;

/// <summary>
/// The criteria frames page (/Periods/{year}/Frames) as each role meets it: staff edit until the first score, a
/// leader reads, a Secretary is refused; and the period's lock refused with its counts.
/// </summary>
public sealed class FramesPageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Staff open 2027 (no score yet) once for the class.</summary>
    private static async Task OpenNextYearAsync(HttpClient staff)
    {
        using var overview = await staff.GetAsync(new Uri("/Periods/2027", UriKind.Relative), Token);
        if (overview.StatusCode == HttpStatusCode.OK)
        {
            return;
        }

        using var opened = await AdminSteps.PostAsync(staff, "/Periods", "/Periods",
            ("NewPeriod.Year", "2027"), ("NewPeriod.RuleSet", "Regulation366Guidance43"), ("NewPeriod.ExcellenceQuotaPercent", "20"), ("NewPeriod.ReviewDate", "2027-12-15"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
    }

    [Fact]
    public async Task Staff_adjust_a_frame_leaders_read_it_and_a_secretary_is_refused()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        await OpenNextYearAsync(staff);

        var overview = await staff.GetStringAsync(new Uri("/Periods/2027", UriKind.Relative), Token);
        Assert.Contains("href=\"/Periods/2027/Frames\"", overview, StringComparison.Ordinal);
        var page = await staff.GetStringAsync(new Uri("/Periods/2027/Frames", UriKind.Relative), Token);
        Assert.Contains("data-testid=\"frame-form-Member\"", page, StringComparison.Ordinal);
        Assert.Contains("Khung mặc định", page, StringComparison.Ordinal);

        using var saved = await AdminSteps.PostAsync(staff, "/Periods/2027/Frames", "/Periods/2027/Frames/Leader",
            ("CommonMaximum", "35"), ("TaskMaximum", "65"),
            ("Items[0].Group", "Common"), ("Items[0].Position", "1"), ("Items[0].Title", "Chính trị, tư tưởng, đạo đức"), ("Items[0].MaxPoints", "15"),
            ("Items[1].Group", "Tasks"), ("Items[1].Position", "2"), ("Items[1].Title", "Kết quả lãnh đạo đơn vị"), ("Items[1].MaxPoints", ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await staff.GetStringAsync(new Uri("/Periods/2027/Frames", UriKind.Relative), Token);
        Assert.Contains("Đã lưu khung tiêu chí", after, StringComparison.Ordinal);
        Assert.Contains("Khung đã điều chỉnh cho kỳ này", after, StringComparison.Ordinal);
        Assert.Contains("value=\"Kết quả lãnh đạo đơn vị\"", after, StringComparison.Ordinal);

        using var refused = await AdminSteps.PostAsync(staff, "/Periods/2027/Frames", "/Periods/2027/Frames/Member", ("CommonMaximum", "30"), ("TaskMaximum", "80"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("phải dương và cộng lại đúng 100", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);

        using var leader = await factory.SignInAsync("leader@demo.local");
        var read = await leader.GetStringAsync(new Uri("/Periods/2027/Frames", UriKind.Relative), Token);
        Assert.Contains("Kết quả lãnh đạo đơn vị", read, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"frame-form-", read, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"frames-read-only\"", read, StringComparison.Ordinal);
        using var leaderPost = await AdminSteps.PostAsync(leader, "/Periods/2027", "/Periods/2027/Frames/Member", ("CommonMaximum", "50"), ("TaskMaximum", "50"));
        Assert.Equal(HttpStatusCode.Forbidden, leaderPost.StatusCode);

        using var secretary = await factory.SignInAsync("secretary@demo.local");
        using var secretaryPage = await secretary.GetAsync(new Uri("/Periods/2027/Frames", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.Forbidden, secretaryPage.StatusCode);

        // A year rated by level only has no frames.
        using var old = await staff.GetAsync(new Uri("/Periods/2019/Frames", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task The_2026_frames_are_fixed_once_scores_are_entered()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        var page = await staff.GetStringAsync(new Uri("/Periods/2026/Frames", UriKind.Relative), Token);
        Assert.Contains("Khung tiêu chí đã cố định vì đã có điểm.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"frame-form-", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locking_a_period_with_undecided_subjects_is_refused_with_their_count()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        using var decide = await AdminSteps.PostAsync(staff, "/Periods/2026", "/Periods/2026/Decide");
        Assert.Equal(HttpStatusCode.Redirect, decide.StatusCode);
        var page = await staff.GetStringAsync(decide.Headers.Location!, Token);
        var error = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"period-error\">([^<]+)<").Groups[1].Value;
        Assert.Matches("^Còn [0-9.]+ đảng viên.* chưa có quyết định.*: chưa thể khóa kỳ đánh giá\\.$", System.Net.WebUtility.HtmlDecode(error));
        Assert.Contains("data-testid=\"undecided-links\"", page, StringComparison.Ordinal);
        Assert.Contains("level=Undecided", page, StringComparison.Ordinal);
        Assert.Contains("Đang đánh giá", page, StringComparison.Ordinal);
    }
}
