using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Committees;
using PartyReview.Domain.Reporting;

namespace PartyReview.Data.Configurations;

internal sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.Property(v => v.Text).HasMaxLength(ReportVersion.TextMaxLength).IsRequired();
        builder.Property(v => v.Author).HasMaxLength(ReportVersion.AuthorMaxLength).IsRequired();

        // Versions are numbered per committee and year, each number once.
        builder.HasIndex(v => new { v.CommitteeId, v.Year, v.Number }).IsUnique();
        builder.HasOne<Committee>().WithMany().HasForeignKey(v => v.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
