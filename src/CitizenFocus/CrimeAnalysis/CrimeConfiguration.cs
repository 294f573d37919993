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
        b.HasIndex(x => new { x.FallsWithin, x.Month });
        b.HasIndex(x => new { x.BoroughId, x.Month });
        b.Property(x => x.CrimeId).HasMaxLength(64);
        b.Property(x => x.ReportedBy).HasMaxLength(80);
        b.Property(x => x.FallsWithin).HasMaxLength(80);
        b.Property(x => x.Location).HasMaxLength(120);
        b.Property(x => x.LsoaCode).HasMaxLength(9);
        b.Property(x => x.LsoaName).HasMaxLength(80);
        b.Property(x => x.CrimeType).HasMaxLength(80);
        b.Property(x => x.LastOutcomeCategory).HasMaxLength(120);
        b.Property(x => x.Context).HasMaxLength(500);
    }
}

internal sealed class OpenDataOutcomeConfiguration : IEntityTypeConfiguration<OpenDataOutcome>
{
    public void Configure(EntityTypeBuilder<OpenDataOutcome> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.CrimeId);
        b.Property(x => x.CrimeId).HasMaxLength(64);
        b.Property(x => x.ReportedBy).HasMaxLength(80);
        b.Property(x => x.FallsWithin).HasMaxLength(80);
        b.Property(x => x.Location).HasMaxLength(120);
        b.Property(x => x.LsoaCode).HasMaxLength(9);
        b.Property(x => x.LsoaName).HasMaxLength(80);
        b.Property(x => x.OutcomeType).HasMaxLength(120);
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
