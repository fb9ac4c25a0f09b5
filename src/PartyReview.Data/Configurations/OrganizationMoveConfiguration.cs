using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Committees;

namespace PartyReview.Data.Configurations;

internal sealed class OrganizationMoveConfiguration : IEntityTypeConfiguration<OrganizationMove>
{
    public void Configure(EntityTypeBuilder<OrganizationMove> builder)
    {
        builder.Property(m => m.MovedBy).HasMaxLength(OrganizationMove.UserNameMaxLength).IsRequired();
        builder.Property(m => m.ReversedBy).HasMaxLength(OrganizationMove.UserNameMaxLength);

        // The organization ids are a primitive collection: a JSON array in one column on every provider. A move lists
        // a committee's TCCS, at most a few hundred, and is only ever read whole.
        builder.Property(m => m.OrganizationIds);
        builder.Property(m => m.AccountIds);
        builder.Ignore(m => m.IsReversed);

        builder.HasIndex(m => m.FromCommitteeId);
        builder.HasIndex(m => m.ToCommitteeId);
        builder.HasOne<Committee>().WithMany().HasForeignKey(m => m.FromCommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Committee>().WithMany().HasForeignKey(m => m.ToCommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
