using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Statistics.PeerGroups;

internal sealed class PeerGroupOverrideConfiguration : IEntityTypeConfiguration<PeerGroupOverride>
{
    public void Configure(EntityTypeBuilder<PeerGroupOverride> b)
    {
        b.HasIndex(x => new { x.Level, x.UnitCode }).IsUnique();
        b.Property(x => x.UnitCode).HasMaxLength(20);
        b.Property(x => x.PeerCodes).HasMaxLength(4000);
        b.Property(x => x.Reason).HasMaxLength(PeerGroupOverride.ReasonLength);
        b.Property(x => x.SetBy).HasMaxLength(256);
        b.Ignore(x => x.Peers);
    }
}
