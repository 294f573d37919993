using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Retention;

public sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.Property(h => h.RecordType).HasMaxLength(40);
        builder.Property(h => h.RecordId).HasMaxLength(100);
        builder.Property(h => h.Reason).HasMaxLength(1000);
        builder.Property(h => h.SetBy).HasMaxLength(200);
        builder.Property(h => h.ReleasedBy).HasMaxLength(200);
        // The sweep asks "is this record held?" once per candidate.
        builder.HasIndex(h => new { h.RecordType, h.RecordId });
    }
}
