using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;

namespace PartyReview.Data.Configurations;

internal sealed class CriteriaFrameConfiguration : IEntityTypeConfiguration<CriteriaFrame>
{
    public void Configure(EntityTypeBuilder<CriteriaFrame> builder)
    {
        builder.Property(f => f.CommonMaximum).HasPrecision(5, 2);
        builder.Property(f => f.TaskMaximum).HasPrecision(5, 2);
        builder.HasIndex(f => new { f.ReviewPeriodId, f.Subject }).IsUnique();
        builder.HasOne<ReviewPeriod>().WithMany().HasForeignKey(f => f.ReviewPeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Items).WithOne().HasForeignKey(i => i.CriteriaFrameId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CriterionItemConfiguration : IEntityTypeConfiguration<CriterionItem>
{
    public void Configure(EntityTypeBuilder<CriterionItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(CriteriaFrame.TitleMaxLength);
        builder.Property(i => i.MaxPoints).HasPrecision(5, 2);
        builder.HasIndex(i => new { i.CriteriaFrameId, i.Position });
    }
}
