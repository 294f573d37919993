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
        // Covers the grouped year-to-date counts: the period's rows are read from the index alone.
        b.HasIndex(x => new { x.CommittedAt, x.BoroughId, x.WardId, x.Groups });
        b.HasIndex(x => new { x.WardId, x.CommittedAt });
        b.HasOne<Borough>().WithMany().HasForeignKey(x => x.BoroughId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Reference).HasMaxLength(20);
        b.Property(x => x.CrimeType).HasMaxLength(80);
        b.Property(x => x.Street).HasMaxLength(120);
        b.Property(x => x.LocationKey).HasMaxLength(120);
        b.Property(x => x.VictimRef).HasMaxLength(40);
        b.Property(x => x.OffenderRef).HasMaxLength(40);
    }
}

internal sealed class CrimeGroupConfiguration : IEntityTypeConfiguration<CrimeGroup>
{
    public void Configure(EntityTypeBuilder<CrimeGroup> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Bit).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Ignore(x => x.Mask);
        b.HasMany(x => x.Rules).WithOne().HasForeignKey(r => r.CrimeGroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasData(CrimeGroupSeed.Groups);
    }
}

internal sealed class CrimeGroupRuleConfiguration : IEntityTypeConfiguration<CrimeGroupRule>
{
    public void Configure(EntityTypeBuilder<CrimeGroupRule> b)
    {
        b.Property(x => x.CrimeType).HasMaxLength(80);
        b.HasData(CrimeGroupSeed.Rules);
    }
}

internal sealed class OpenDataCrimeConfiguration : IEntityTypeConfiguration<OpenDataCrime>
{
    public void Configure(EntityTypeBuilder<OpenDataCrime> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        // One secondary index, in the order rows arrive (a force's months in turn), so that it grows at its end. Borough
        // and ward questions go through it too (a force-month is tens of thousands of rows): an index on (BoroughId, Month)
        // took a third of the import's time (bench/README.md, police-uk-import).
        b.HasIndex(x => new { x.FallsWithinId, x.Month });
        b.Property(x => x.CrimeId).HasMaxLength(PoliceUkCrimeId.Bytes);
        b.Property(x => x.Context).HasMaxLength(500);
    }
}

internal sealed class OpenDataOutcomeConfiguration : IEntityTypeConfiguration<OpenDataOutcome>
{
    public void Configure(EntityTypeBuilder<OpenDataOutcome> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.CrimeId);
        b.HasIndex(x => new { x.ReportedById, x.Month });
        b.Property(x => x.CrimeId).HasMaxLength(PoliceUkCrimeId.Bytes);
    }
}

internal sealed class OpenDataForceConfiguration : IEntityTypeConfiguration<OpenDataForce>
{
    public void Configure(EntityTypeBuilder<OpenDataForce> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Name).HasMaxLength(80);
    }
}

internal sealed class OpenDataPlaceConfiguration : IEntityTypeConfiguration<OpenDataPlace>
{
    public void Configure(EntityTypeBuilder<OpenDataPlace> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.LsoaCode);
        b.Property(x => x.Location).HasMaxLength(120);
        b.Property(x => x.LsoaCode).HasMaxLength(9);
        b.Property(x => x.LsoaName).HasMaxLength(80);
    }
}

internal sealed class OpenDataCrimeTypeConfiguration : IEntityTypeConfiguration<OpenDataCrimeType>
{
    public void Configure(EntityTypeBuilder<OpenDataCrimeType> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Name).HasMaxLength(80);
        b.Property(x => x.Slug).HasMaxLength(80);
        b.HasData(PoliceUkCrimeTypes.All);
    }
}

internal sealed class OpenDataOutcomeTypeConfiguration : IEntityTypeConfiguration<OpenDataOutcomeType>
{
    public void Configure(EntityTypeBuilder<OpenDataOutcomeType> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Name).HasMaxLength(120);
    }
}

internal sealed class OpenDataMonthConfiguration : IEntityTypeConfiguration<OpenDataMonth>
{
    public void Configure(EntityTypeBuilder<OpenDataMonth> b)
    {
        b.HasIndex(x => new { x.Force, x.Month }).IsUnique();
        b.Property(x => x.Force).HasMaxLength(80);
    }
}

internal sealed class LsoaWardConfiguration : IEntityTypeConfiguration<LsoaWard>
{
    public void Configure(EntityTypeBuilder<LsoaWard> b)
    {
        b.HasKey(x => x.LsoaCode);
        b.Property(x => x.LsoaCode).HasMaxLength(9);
        b.Property(x => x.LsoaName).HasMaxLength(80);
        b.Property(x => x.WardCode).HasMaxLength(9);
    }
}
