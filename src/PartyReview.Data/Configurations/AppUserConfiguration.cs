using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Data.Identity;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Organizations;

namespace PartyReview.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(u => u.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
