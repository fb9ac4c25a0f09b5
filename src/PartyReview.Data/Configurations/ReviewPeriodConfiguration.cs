using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Reporting;
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

        // A decided year's figures, as one JSON text (ADR 0009): written once at deciding, read back whole, never queried into.
        builder.Property(p => p.Figures).HasColumnName("DecidedFigures").HasConversion(
            new ValueConverter<DecidedFigures?, string?>(
                figures => figures == null ? null : JsonSerializer.Serialize(figures, JsonOptions),
                json => json == null ? null : JsonSerializer.Deserialize<DecidedFigures>(json, JsonOptions)),
            new ValueComparer<DecidedFigures?>(
                (a, b) => ReferenceEquals(a, b),
                figures => figures == null ? 0 : figures.GetHashCode(),
                figures => figures));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General);
}
