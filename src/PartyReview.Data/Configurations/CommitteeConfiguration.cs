using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Commendations;
using PartyReview.Domain.Committees;

namespace PartyReview.Data.Configurations;

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Name).HasMaxLength(Committee.NameMaxLength).IsRequired();
        builder.Property(c => c.ShortName).HasMaxLength(Committee.ShortNameMaxLength).IsRequired();
        builder.Property(c => c.UpperBodyName).HasMaxLength(Committee.NameMaxLength).IsRequired();
        builder.Property(c => c.Place).HasMaxLength(Committee.PlaceMaxLength).IsRequired();
        builder.Property(c => c.DocumentSymbol).HasMaxLength(Committee.SymbolMaxLength).IsRequired();
        builder.Property(c => c.DefaultSigner).HasMaxLength(Committee.ShortNameMaxLength);
        builder.Property(c => c.DefaultSignerTitle).HasMaxLength(Committee.ShortNameMaxLength);
        builder.Property(c => c.DecisionPreamble).HasMaxLength(DecisionClauses.MaxLength);
        builder.Property(c => c.DecisionProposal).HasMaxLength(DecisionClauses.MaxLength);
        builder.Property(c => c.DecisionArticle2).HasMaxLength(DecisionClauses.MaxLength);
        builder.Property(c => c.DecisionArticle3).HasMaxLength(DecisionClauses.MaxLength);
        builder.Property(c => c.DecisionRecipients).HasMaxLength(DecisionClauses.MaxLength);

        // A merged committee names its successor; a committee is never deleted, so the reference restricts.
        builder.HasOne<Committee>().WithMany().HasForeignKey(c => c.SucceededById).OnDelete(DeleteBehavior.Restrict);

        // Existing committees get the usual 20 % when the column is added.
        builder.Property(c => c.DefaultExcellenceQuotaPercent).HasDefaultValue(Committee.DefaultQuotaPercent);
    }
}
