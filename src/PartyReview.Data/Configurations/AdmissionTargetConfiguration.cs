using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;

namespace PartyReview.Data.Configurations;

internal sealed class AdmissionTargetConfiguration : IEntityTypeConfiguration<AdmissionTarget>
{
    public void Configure(EntityTypeBuilder<AdmissionTarget> builder)
    {
        builder.HasIndex(t => new { t.CommitteeId, t.Year, t.OrganizationId }).IsUnique();
        builder.HasOne<Committee>().WithMany().HasForeignKey(t => t.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
