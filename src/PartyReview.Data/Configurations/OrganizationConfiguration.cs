using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Organizations;

namespace PartyReview.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.Code).HasMaxLength(Organization.CodeMaxLength).IsRequired();
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.Property(o => o.SearchName).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.HasIndex(o => new { o.CommitteeId, o.Code }).IsUnique();
        builder.HasOne<Committee>().WithMany().HasForeignKey(o => o.CommitteeId).OnDelete(DeleteBehavior.Restrict);

        // The tree (ADR 0008): a chi bộ trực thuộc names its đảng bộ cơ sở. The foreign key's index serves the
        // grouping by ParentId ?? Id.
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
