using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Retention;

public sealed class RecordReviewConfiguration : IEntityTypeConfiguration<RecordReview>
{
    public void Configure(EntityTypeBuilder<RecordReview> builder)
    {
        builder.Property(r => r.RecordType).HasMaxLength(40);
        builder.Property(r => r.RecordId).HasMaxLength(100);
        builder.Property(r => r.DecidedBy).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        // The sweep asks, for each candidate, whether a review is open or the record was kept past now.
        builder.HasIndex(r => new { r.RecordType, r.RecordId });
        builder.HasIndex(r => r.ClockId).IsUnique();
    }
}
