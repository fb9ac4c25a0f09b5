using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;

namespace PartyReview.Data.Configurations;

/// <summary>The columns every review table shares; each review entity has its own configuration class.</summary>
internal static class ReviewRecordMapping
{
    public static void ConfigureReviewColumns<T>(this EntityTypeBuilder<T> builder)
        where T : ReviewRecord
    {
        builder.Property(r => r.Score).HasPrecision(5, 2);
        builder.Property(r => r.Note).HasMaxLength(ReviewRecord.NoteMaxLength);
        builder.Ignore(r => r.IsRated);
        builder.Ignore(r => r.IsPending);
        builder.HasOne<ReviewPeriod>().WithMany().HasForeignKey(r => r.ReviewPeriodId).OnDelete(DeleteBehavior.Restrict);

        // The tally groups each period's reviews by level and reason: this index answers it alone.
        builder.HasIndex(r => new { r.ReviewPeriodId, r.Level, r.NotRatedReason });
    }
}

internal sealed class OrganizationReviewConfiguration : IEntityTypeConfiguration<OrganizationReview>
{
    public void Configure(EntityTypeBuilder<OrganizationReview> builder)
    {
        builder.ConfigureReviewColumns();
        builder.Property(r => r.QuotaJustification).HasMaxLength(OrganizationReview.JustificationMaxLength);
        builder.Property(r => r.Warnings).HasMaxLength(OrganizationReview.WarningsMaxLength);
        builder.Property(r => r.LastSavedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.OrganizationId, r.ReviewPeriodId }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LeadershipReviewConfiguration : IEntityTypeConfiguration<LeadershipReview>
{
    public void Configure(EntityTypeBuilder<LeadershipReview> builder)
    {
        builder.ConfigureReviewColumns();
        builder.HasIndex(r => new { r.OrganizationId, r.ReviewPeriodId }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
