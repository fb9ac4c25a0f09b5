using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Members;
using PartyReview.Domain.Organizations;

namespace PartyReview.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.MemberCode).HasMaxLength(Member.CodeMaxLength).IsRequired();
        builder.Property(m => m.FullName).HasMaxLength(Member.FullNameMaxLength).IsRequired();
        builder.Property(m => m.PartyCardNumber).HasMaxLength(Member.CardNumberMaxLength);
        builder.Property(m => m.SearchName).HasMaxLength(Member.FullNameMaxLength).IsRequired();
        builder.Property(m => m.SortKey).HasMaxLength(Member.SortKeyMaxLength).IsRequired();
        builder.HasIndex(m => new { m.CommitteeId, m.SortKey });
        builder.HasIndex(m => new { m.CommitteeId, m.MemberCode }).IsUnique();
        builder.HasIndex(m => m.PartyCardNumber).IsUnique();
        builder.HasIndex(m => m.OrganizationId);
        builder.HasOne<Committee>().WithMany().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
