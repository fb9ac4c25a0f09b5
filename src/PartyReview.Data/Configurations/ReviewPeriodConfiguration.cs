using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Configurations;

internal sealed class ReviewPeriodConfiguration : IEntityTypeConfiguration<ReviewPeriod>
{
    public void Configure(EntityTypeBuilder<ReviewPeriod> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.CommitteeId, p.Year }).IsUnique();
        builder.Ignore(p => p.IsLocked);
        builder.Property(p => p.ExemplaryOrganizationAwardName).HasMaxLength(200);
        builder.HasOne<Committee>().WithMany().HasForeignKey(p => p.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
