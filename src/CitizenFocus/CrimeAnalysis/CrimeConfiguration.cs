using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.CrimeAnalysis;

internal sealed class CrimeConfiguration : IEntityTypeConfiguration<Crime>
{
    public void Configure(EntityTypeBuilder<Crime> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.Reference).IsUnique();
        b.HasIndex(x => new { x.BoroughId, x.CommittedAt });
        b.HasOne<Borough>().WithMany().HasForeignKey(x => x.BoroughId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Reference).HasMaxLength(20);
        b.Property(x => x.CrimeType).HasMaxLength(80);
    }
}
