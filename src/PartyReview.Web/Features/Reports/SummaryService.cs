using PartyReview.Domain.Formatting;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Reports;

/// <summary>Builds the year's summary (tables and generated sentences) for the committee.</summary>
public sealed class SummaryService(CurrentCommittee currentCommittee, TallyService tallies)
{
    private static readonly (MembershipEventKind Kind, string Label)[] MovementLabels =
    [
        (MembershipEventKind.Admitted, "Kết nạp đảng viên mới"),
        (MembershipEventKind.MadeOfficial, "Xét chuyển đảng chính thức"),
        (MembershipEventKind.TransferredOut, "Chuyển sinh hoạt Đảng đi (lượt)"),
        (MembershipEventKind.TransferredIn, "Tiếp nhận chuyển sinh hoạt Đảng đến (lượt)"),
        (MembershipEventKind.Removed, "Cho ra khỏi Đảng"),
        (MembershipEventKind.StruckOff, "Xóa tên"),
        (MembershipEventKind.Deceased, "Từ trần"),
        (MembershipEventKind.PartyCardIssued, "Cấp thẻ đảng viên"),
    ];

    public async Task<SummaryViewModel?> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        if (committee is null)
        {
            return null;
        }

        var tally = await tallies.GetYearTallyAsync(committee.Id, year, cancellationToken);
        if (tally is null)
        {
            return null;
        }

        var movements = await tallies.GetMovementTallyAsync(committee.Id, year, cancellationToken);
        var years = await tallies.GetYearsAsync(committee.Id, cancellationToken);

        var narrative = new List<string>();
        if (!movements.IsEmpty)
        {
            narrative.Add(SummaryNarrative.Movements(year, committee.ShortName, movements));
        }

        narrative.Add(SummaryNarrative.Organizations(tally));
        narrative.Add(SummaryNarrative.Leadership(tally, committee.Name));
        narrative.Add(SummaryNarrative.Members(tally));

        return new SummaryViewModel
        {
            Year = year,
            CommitteeName = committee.Name,
            RuleSetDocuments = tally.RuleSet.Documents(),
            UsesPointScale = tally.RuleSet.UsesPointScale(),
            IsDecided = tally.Status == ReviewPeriodStatus.Decided,
            Years = years,
            Subjects = [.. Enum.GetValues<SubjectKind>().Select(kind => new SubjectRow(kind, tally.For(kind)))],
            Narrative = narrative,
            Movements = movements.IsEmpty ? [] : [.. MovementLabels.Select(m => new MovementRow(m.Label, movements.Count(m.Kind)))],
            AdmissionTarget = movements.AdmissionTarget,
            AdmissionShareOfTarget = movements.AdmissionShareOfTarget is { } share ? VietnameseFormat.Percent(share) : null,
        };
    }
}
