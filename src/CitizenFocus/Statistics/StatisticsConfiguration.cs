using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Statistics;

internal sealed class IndicatorDefinitionConfiguration : IEntityTypeConfiguration<IndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinition> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(IndicatorDefinition.CodeLength);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Question).HasMaxLength(60);
        b.Property(x => x.PositiveAnswers).HasMaxLength(500);
        b.Property(x => x.ExcludedAnswers).HasMaxLength(500);
        b.Property(x => x.HeadlineCode).HasMaxLength(IndicatorDefinition.CodeLength);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Ignore(x => x.PositiveList);
        b.Ignore(x => x.ExcludedList);
        b.HasData(IndicatorSeed.Definitions);
    }
}

internal sealed class PublishedIndicatorConfiguration : IEntityTypeConfiguration<PublishedIndicator>
{
    public void Configure(EntityTypeBuilder<PublishedIndicator> b)
    {
        b.HasIndex(x => new { x.Indicator, x.UnitType, x.UnitCode, x.PeriodStart, x.PeriodEnd }).IsUnique();
        b.Property(x => x.Indicator).HasMaxLength(IndicatorDefinition.CodeLength);
        b.Property(x => x.UnitCode).HasMaxLength(20);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> b)
    {
        b.HasIndex(x => new { x.Indicator, x.UnitType, x.UnitCode, x.Date }).IsUnique();
        b.Property(x => x.Indicator).HasMaxLength(IndicatorDefinition.CodeLength);
        b.Property(x => x.UnitCode).HasMaxLength(20);
    }
}
