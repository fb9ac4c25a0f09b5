using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Members;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Configurations;

internal sealed class MemberReviewConfiguration : IEntityTypeConfiguration<MemberReview>
{
    public void Configure(EntityTypeBuilder<MemberReview> builder)
    {
        builder.ConfigureReviewColumns();
        builder.Ignore(r => r.Disciplined);
        builder.HasIndex(r => new { r.MemberId, r.ReviewPeriodId }).IsUnique();
        builder.HasIndex(r => new { r.ReviewPeriodId, r.OrganizationId });
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
