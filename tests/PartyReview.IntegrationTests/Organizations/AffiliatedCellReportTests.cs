using PartyReview.Data;
using PartyReview.Domain.Movements;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.IntegrationTests.Organizations;

/// <summary>
/// Chi bộ trực thuộc in the counts (ADR 0008), on SQLite and PostgreSQL: the TCCS line counts only TCCS, the chi bộ
/// have a line of their own, their members count under their đảng bộ cơ sở, and a move between two chi bộ of one đảng
/// bộ is no transfer of the đảng bộ nor of the committee.
/// </summary>
public sealed class AffiliatedCellReportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_TCCS_line_counts_TCCS_only_and_the_chi_bo_truc_thuoc_have_their_own_line(DatabaseProvider provider)
    {
        await using var year = await CellYear.CreateAsync(provider);
        await using var scope = year.App.Scope();

        var tally = (await scope.Get<TallyService>().GetYearTallyAsync(year.CommitteeId, 2019, Token))!;
        Assert.Equal((2, 2, 1), (tally.Organizations.Total, tally.Organizations.GoodOrBetter, tally.Organizations.Excellent));
        Assert.Equal((3, 3, 2, 1, 1), (tally.AffiliatedCells.Total, tally.AffiliatedCells.Rated, tally.AffiliatedCells.GoodOrBetter, tally.AffiliatedCells.Excellent, tally.AffiliatedCells.Complete));
        Assert.Equal(9, tally.Members.Total);

        var report = (await scope.Get<SummaryService>().GetAsync(2019, null, Token))!;
        var line = "Trong đó, 2/3 chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên (trong đó 1 hoàn thành xuất sắc nhiệm vụ)";
        Assert.Contains(report.Narrative, p => p.Contains(line, StringComparison.Ordinal));
        Assert.Contains(report.Narrative, p => p.Contains("toàn Đảng bộ có 2/2 TCCS Đảng được xếp loại", StringComparison.Ordinal));
        using (var stream = new MemoryStream(ReportExports.ToDocx(report)))
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false))
        {
            Assert.Contains(line, word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        // The dashboard: one row per TCCS; a chi bộ's members count under its đảng bộ cơ sở; the chi bộ key figure.
        var dashboard = (await scope.Get<DashboardService>().GetAsync(2019, Token))!;
        Assert.Equal(["CS01", "DB01"], dashboard.Organizations.Items.Select(o => o.Organization.Code).Order());
        Assert.Equal(8, dashboard.Organizations.Items.Single(o => o.Organization.Code == "DB01").Members.Members);
        Assert.Equal(1, dashboard.Organizations.Items.Single(o => o.Organization.Code == "CS01").Members.Members);
        var cells = dashboard.KeyFigures.Single(k => k.Id == "cells-good");
        Assert.Equal((2, 3), (cells.Part, cells.Whole));

        // Drill-downs: the TCCS list has no chi bộ; the chi bộ list has them; a TCCS's members include its chi bộ's.
        var tccs = (await scope.Get<DashboardService>().DrillAsync(2019, DrillSubject.Organization, DrillLevel.All, null, null, 1, Token))!;
        Assert.Equal(["CS01", "DB01"], tccs.Rows.Items.Select(r => r.Code).Order());
        var chiBo = (await scope.Get<DashboardService>().DrillAsync(2019, DrillSubject.AffiliatedCell, DrillLevel.GoodOrBetter, null, null, 1, Token))!;
        Assert.Equal(["CB01", "CB02"], chiBo.Rows.Items.Select(r => r.Code).Order());
        var members = (await scope.Get<DashboardService>().DrillAsync(2019, DrillSubject.Member, DrillLevel.All, null, year.Organizations["DB01"], 1, Token))!;
        Assert.Equal(8, members.Rows.Total);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_move_between_two_chi_bo_of_one_dang_bo_is_no_transfer_of_the_dang_bo_nor_of_the_committee(DatabaseProvider provider)
    {
        await using var year = await CellYear.CreateAsync(provider);
        await using var scope = year.App.Scope();

        var committee = await scope.Get<TallyService>().GetMovementTallyAsync(year.CommitteeId, 2019, Token);
        Assert.Equal((1, 0), (committee.Count(MembershipEventKind.TransferredIn), committee.Count(MembershipEventKind.TransferredOut)));
        Assert.Equal((8, 9), (committee.MembersAtStart, committee.MembersAtEnd));

        var movements = await scope.Get<YearMovementsQuery>().GetAsync(2019, Scope.WholeCommittee, Token);
        Assert.Equal(["CS01", "DB01"], movements.Organizations.Items.Select(o => o.Code).Order());
        var dangBo = movements.Organizations.Items.Single(o => o.Code == "DB01");
        // In: Arrived (from outside) and Crossed (from CS01); Moved's CB01 → CB02 is neither in nor out.
        Assert.Equal((6, 2, 0, 8), (dangBo.AtStart, dangBo.In, dangBo.Out, dangBo.AtEnd));
        var chiBoCoSo = movements.Organizations.Items.Single(o => o.Code == "CS01");
        Assert.Equal((2, 0, 1, 1), (chiBoCoSo.AtStart, chiBoCoSo.In, chiBoCoSo.Out, chiBoCoSo.AtEnd));
    }
}
