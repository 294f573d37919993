using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Retention;

public sealed class SubjectAccessRequestConfiguration : IEntityTypeConfiguration<SubjectAccessRequest>
{
    public void Configure(EntityTypeBuilder<SubjectAccessRequest> builder)
    {
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Reference).HasMaxLength(20);
        builder.Property(r => r.SubjectName).HasMaxLength(200);
        builder.Property(r => r.Phone).HasMaxLength(40);
        builder.Property(r => r.Email).HasMaxLength(320);
        builder.Property(r => r.Address).HasMaxLength(500);
        builder.Property(r => r.RecordKey).HasMaxLength(100);
        builder.Property(r => r.LoggedBy).HasMaxLength(200);
        builder.Property(r => r.DisclosedBy).HasMaxLength(200);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SubjectAccessItemConfiguration : IEntityTypeConfiguration<SubjectAccessItem>
{
    public void Configure(EntityTypeBuilder<SubjectAccessItem> builder)
    {
        builder.Property(i => i.RecordType).HasMaxLength(40);
        builder.Property(i => i.RecordId).HasMaxLength(100);
        builder.Property(i => i.MatchedOn).HasMaxLength(60);
        builder.Property(i => i.Exemption).HasMaxLength(500);
        builder.Property(i => i.DecidedBy).HasMaxLength(200);
        builder.HasIndex(i => new { i.RequestId, i.RecordType, i.RecordId }).IsUnique();
    }
}
