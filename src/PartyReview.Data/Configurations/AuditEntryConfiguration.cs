using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Auditing;

namespace PartyReview.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(AuditEntry.UserNameMaxLength).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.TextMaxLength).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(AuditEntry.TextMaxLength).IsRequired();
        builder.Property(a => a.Field).HasMaxLength(AuditEntry.TextMaxLength).IsRequired();
        builder.Property(a => a.OldValue).HasMaxLength(AuditEntry.ValueMaxLength);
        builder.Property(a => a.NewValue).HasMaxLength(AuditEntry.ValueMaxLength);
        builder.Property(a => a.Source).HasMaxLength(AuditEntry.ValueMaxLength);

        // "Lịch sử thay đổi" of a member and of an organization, newest first.
        builder.HasIndex(a => new { a.MemberId, a.OccurredAt });
        builder.HasIndex(a => new { a.OrganizationId, a.OccurredAt });
        builder.HasIndex(a => a.OccurredAt);

        // An account's sign-ins and changes ("Tài khoản của tôi", the account page), newest first.
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.OccurredAt });
    }
}
