using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Audit;

public sealed class RecordRestrictionConfiguration : IEntityTypeConfiguration<RecordRestriction>
{
    public void Configure(EntityTypeBuilder<RecordRestriction> builder)
    {
        builder.Property(r => r.RecordType).HasMaxLength(40);
        builder.Property(r => r.RecordId).HasMaxLength(100);
        builder.Property(r => r.Roles).HasMaxLength(500);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.SetBy).HasMaxLength(200);
        builder.Property(r => r.LiftedBy).HasMaxLength(200);
        builder.Ignore(r => r.RoleList);
        builder.HasIndex(r => new { r.RecordType, r.RecordId });
    }
}
