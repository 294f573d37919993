using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.HasIndex(x => x.OccurredAt);
        b.HasIndex(x => new { x.RecordType, x.RecordId });
        b.HasIndex(x => x.Actor);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.KeyId).HasMaxLength(32);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("AuditChainHead");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasData(new AuditChainHead { Id = 1, LastSequence = 0, LastHash = AuditEntry.GenesisHash });
    }
}
