using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Organizations;

namespace PartyReview.Data.Configurations;

internal sealed class MembershipEventConfiguration : IEntityTypeConfiguration<MembershipEvent>
{
    public void Configure(EntityTypeBuilder<MembershipEvent> builder)
    {
        builder.Property(e => e.DecisionNumber).HasMaxLength(MembershipEvent.DecisionNumberMaxLength);
        builder.Property(e => e.Note).HasMaxLength(MembershipEvent.NoteMaxLength);
        builder.HasIndex(e => new { e.MemberId, e.OccurredOn });

        // Movement tallies count a date range by kind.
        builder.HasIndex(e => new { e.OccurredOn, e.Kind });
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
