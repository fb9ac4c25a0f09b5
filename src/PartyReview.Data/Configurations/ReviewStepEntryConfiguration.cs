using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Steps;

namespace PartyReview.Data.Configurations;

internal sealed class ReviewStepEntryConfiguration : IEntityTypeConfiguration<ReviewStepEntry>
{
    public void Configure(EntityTypeBuilder<ReviewStepEntry> builder)
    {
        builder.ToTable("ReviewSteps");
        foreach (var percent in new[] { nameof(ReviewStepEntry.CommonPoints), nameof(ReviewStepEntry.TaskPoints), nameof(ReviewStepEntry.Score),
                     nameof(ReviewStepEntry.OnTimePercent), nameof(ReviewStepEntry.ExceededPercent), nameof(ReviewStepEntry.RemediedPercent) })
        {
            builder.Property<decimal?>(percent).HasPrecision(5, 2);
        }

        builder.Property(s => s.AdjustmentReason).HasMaxLength(ReviewStepEntry.ReasonMaxLength);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.Ignore(s => s.Figures);
        builder.Ignore(s => s.IsPending);
        builder.Ignore(s => s.IsEmpty);
        builder.Ignore(s => s.Value);

        // One value per subject and step; the grid loads a sheet's steps by review, the member page by member.
        builder.HasIndex(s => new { s.ReviewPeriodId, s.Subject, s.ReviewId, s.Step }).IsUnique();
        builder.HasIndex(s => s.MemberId);
        builder.HasOne<ReviewPeriod>().WithMany().HasForeignKey(s => s.ReviewPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
