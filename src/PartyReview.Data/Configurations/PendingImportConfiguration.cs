using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Data.Uploads;

namespace PartyReview.Data.Configurations;

internal sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(PendingImport.IdLength);
        builder.Property(p => p.UserName).HasMaxLength(PendingImport.UserNameMaxLength).IsRequired();
        builder.Property(p => p.FileName).HasMaxLength(PendingImport.FileNameMaxLength).IsRequired();
        builder.Property(p => p.Hash).HasMaxLength(PendingImport.HashLength).IsRequired();

        // The cleanup deletes by age.
        builder.HasIndex(p => p.UploadedAt);
    }
}
