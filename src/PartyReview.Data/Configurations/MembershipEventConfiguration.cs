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
        builder.Property(e => e.CardNumber).HasMaxLength(Member.CardNumberMaxLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(MembershipEvent.RecordedByMaxLength);
        builder.Ignore(e => e.IsInternalTransfer);

        // A member's ledger in order; membership at a date finds each member's last entry up to it.
        builder.HasIndex(e => new { e.MemberId, e.OccurredOn, e.Id });

        // A card number is issued once: the check before recording a card looks it up.
        builder.HasIndex(e => e.CardNumber);

        // Per-organization movements and members of an organization at a date.
        builder.HasIndex(e => new { e.OrganizationId, e.OccurredOn });

        // Movement tallies count a date range by kind.
        builder.HasIndex(e => new { e.OccurredOn, e.Kind });
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.CounterpartOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
