using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;

namespace PartyReview.Data.Configurations;

internal sealed class CommendationDecisionConfiguration : IEntityTypeConfiguration<CommendationDecision>
{
    public void Configure(EntityTypeBuilder<CommendationDecision> builder)
    {
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.DocumentType).HasMaxLength(10).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(CommendationDecision.TextMaxLength).IsRequired();
        builder.Property(d => d.AwardName).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Signer).HasMaxLength(100).IsRequired();
        builder.Property(d => d.SignerTitle).HasMaxLength(100).IsRequired();
        builder.Property(d => d.CancelReason).HasMaxLength(CommendationDecision.TextMaxLength);
        builder.Property(d => d.Preamble).HasMaxLength(DecisionClauses.MaxLength);
        builder.Property(d => d.Proposal).HasMaxLength(DecisionClauses.MaxLength);
        builder.Property(d => d.Article2).HasMaxLength(DecisionClauses.MaxLength);
        builder.Property(d => d.Article3).HasMaxLength(DecisionClauses.MaxLength);
        builder.Property(d => d.Recipients).HasMaxLength(DecisionClauses.MaxLength);
        builder.Ignore(d => d.IsEditable);

        // Numbers run per document type within the committee's term, each used once.
        builder.HasIndex(d => new { d.CommitteeId, d.DocumentType, d.TermStartYear, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.CommitteeId, d.Year });
        builder.HasOne<Committee>().WithMany().HasForeignKey(d => d.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
