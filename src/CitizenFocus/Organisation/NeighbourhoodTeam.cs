namespace CitizenFocus.Organisation;

/// <summary>A neighbourhood team with its published contact details (Pledge point 2).</summary>
public sealed class NeighbourhoodTeam
{
    public int Id { get; set; }
    public int BoroughId { get; set; }

    /// <summary>The ward a ward team serves; empty for borough-wide teams.</summary>
    public int? WardId { get; set; }

    public TeamKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>The public page's address segment, unique in the force.</summary>
    public required string Slug { get; set; }

    public string? BaseAddress { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>The inspector (a member of the borough's management team) the sergeant reports to.</summary>
    public int? InspectorMemberId { get; set; }

    /// <summary>The team's single point of contact, to whom new messages are assigned.</summary>
    public int? ContactOfficerMemberId { get; set; }

    /// <summary>When a supervisor last confirmed the published details are current.</summary>
    public DateTime? DetailsReviewedAt { get; set; }
}
