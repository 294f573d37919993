using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Statistics;

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.Survey, x.BoroughId, x.InterviewDate });
        b.HasIndex(x => new { x.Survey, x.RespondentId, x.Question }).IsUnique();
        b.HasOne<Borough>().WithMany().HasForeignKey(x => x.BoroughId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.RespondentId).HasMaxLength(40);
        b.Property(x => x.Question).HasMaxLength(60);
        b.Property(x => x.Answer).HasMaxLength(60);
    }
}
