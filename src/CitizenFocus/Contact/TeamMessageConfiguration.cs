using CitizenFocus.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenFocus.Contact;

internal sealed class TeamMessageConfiguration : IEntityTypeConfiguration<TeamMessage>
{
    public void Configure(EntityTypeBuilder<TeamMessage> b)
    {
        b.HasIndex(x => x.Reference).IsUnique();
        // A key is unique within its team and the route it came by, not across the force.
        b.HasIndex(x => new { x.TeamId, x.IdempotencyScope, x.IdempotencyKey }).IsUnique();
        b.HasIndex(x => new { x.TeamId, x.ReceivedAt });
        b.HasIndex(x => new { x.BoroughId, x.ReceivedAt });
        b.HasIndex(x => new { x.AssigneeMemberId, x.Status });
        b.HasOne<NeighbourhoodTeam>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Reference).HasMaxLength(20);
        b.Property(x => x.IdempotencyKey).HasMaxLength(64);
        b.Property(x => x.IdempotencyScope).HasMaxLength(IdempotencyScopes.MaxLength);
        b.Property(x => x.CitizenName).HasMaxLength(200);
        b.Property(x => x.CitizenEmail).HasMaxLength(320);
        b.Property(x => x.CitizenPhone).HasMaxLength(40);
        b.Property(x => x.CitizenAddress).HasMaxLength(500);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(5000);
        b.Property(x => x.ReplySummary).HasMaxLength(2000);
        b.Property(x => x.LoggedBy).HasMaxLength(320);
    }
}
