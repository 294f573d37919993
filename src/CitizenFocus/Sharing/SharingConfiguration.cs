using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Sharing;

internal sealed class PartnerShareConfiguration : IEntityTypeConfiguration<PartnerShare>
{
    public void Configure(EntityTypeBuilder<PartnerShare> b)
    {
        // The scope rule reads an agency's shares of one record type; staff read a record's shares.
        b.HasIndex(x => new { x.PartnerAgencyId, x.RecordType, x.RecordId }).IsUnique();
        b.HasIndex(x => new { x.RecordType, x.RecordId });
        b.HasOne<PartnerAgency>().WithMany().HasForeignKey(x => x.PartnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.RecordType).HasMaxLength(40);
        b.Property(x => x.RecordId).HasMaxLength(40);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.SharedBy).HasMaxLength(320);
    }
}

internal sealed class PartnerDisclosureConfiguration : IEntityTypeConfiguration<PartnerDisclosure>
{
    public void Configure(EntityTypeBuilder<PartnerDisclosure> b)
    {
        b.HasIndex(x => x.ShareId).IsUnique();
        b.HasOne<PartnerShare>().WithMany().HasForeignKey(x => x.ShareId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Justification).HasMaxLength(2000);
        b.Property(x => x.DisclosedBy).HasMaxLength(320);
    }
}
