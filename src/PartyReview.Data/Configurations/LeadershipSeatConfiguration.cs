using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Members;
using PartyReview.Domain.Organizations;

namespace PartyReview.Data.Configurations;

internal sealed class LeadershipSeatConfiguration : IEntityTypeConfiguration<LeadershipSeat>
{
    public void Configure(EntityTypeBuilder<LeadershipSeat> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();

        // An organization's seats by term (the page, the rules' overlap checks, the review year's holders).
        builder.HasIndex(s => new { s.OrganizationId, s.StartsOn });
        builder.HasIndex(s => s.MemberId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
