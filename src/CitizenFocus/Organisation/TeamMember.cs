namespace CitizenFocus.Organisation;

/// <summary>A member of a neighbourhood team, as published and in the staff directory.</summary>
public sealed class TeamMember
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public required string StaffNumber { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public StaffRole Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>Upper-case "FAMILY GIVEN", so that an indexed range finds surname prefixes and full names.</summary>
    public string SearchName { get; set; } = "";

    public string DisplayName => $"{GivenName} {FamilyName}";

    public void RefreshSearchName() => SearchName = $"{FamilyName} {GivenName}".ToUpperInvariant();
}
