using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Retention;

/// <summary>The rules table, with the seeded defaults (docs/data-protection.md gives their reasons).</summary>
public sealed class RetentionRuleConfiguration : IEntityTypeConfiguration<RetentionRule>
{
    public void Configure(EntityTypeBuilder<RetentionRule> builder)
    {
        builder.Property(r => r.RecordType).HasMaxLength(40);
        builder.Property(r => r.Category).HasMaxLength(64);
        // One version of a rule per date it applies from.
        builder.HasIndex(r => new { r.RecordType, r.Category, r.AppliesFrom }).IsUnique();
        builder.Property(r => r.Basis).HasMaxLength(500);
        builder.Property(r => r.ChangedBy).HasMaxLength(200);
        builder.HasData(RetentionDefaults.Rules());
    }
}
