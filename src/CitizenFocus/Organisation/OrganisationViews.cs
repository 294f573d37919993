namespace CitizenFocus.Organisation;

// Read models for the organisation pages and APIs.

public sealed record UnitCount(string Code, string Name, int Boroughs, int Wards, int Staff);

public sealed record ForceView(string Code, string Name, IReadOnlyList<UnitCount> Areas, IReadOnlyList<PeerForceView> Peers);

public sealed record PeerForceView(string Code, string Name, bool IsHomeForce);

public sealed record AreaView(string Code, string Name, string ForceName, IReadOnlyList<UnitCount> Boroughs);

public sealed record WardSummary(string Code, string Name, WardSetting Setting, int Population, string? TeamSlug, int Staff, bool BelowEstablishment);

public sealed record TeamSummary(string Slug, string Name, TeamKind Kind, int Staff);

public sealed record BoroughView(string Code, string Name, string AreaCode, string AreaName,
    IReadOnlyList<WardSummary> Wards, IReadOnlyList<TeamSummary> BoroughTeams);

public sealed record WardView(int Id, string Code, string Name, WardSetting Setting, int Population, string? BoundaryWkt,
    double? CentroidLatitude, double? CentroidLongitude,
    string BoroughCode, string BoroughName, string AreaCode, string AreaName,
    IReadOnlyList<CensusShare> Census, IReadOnlyList<TeamSummary> Teams, Establishment Establishment);

public sealed record MemberView(int Id, string StaffNumber, string Name, StaffRole Role, string? Email, string? Phone);

public sealed record TeamView(string Slug, string Name, TeamKind Kind, string? BaseAddress, string? Phone, string? Email,
    DateTime? DetailsReviewedAt, string? WardCode, string? WardName, string BoroughCode, string BoroughName,
    string AreaCode, string AreaName, string? InspectorName, IReadOnlyList<MemberView> Members,
    Establishment? Establishment, IReadOnlyList<Shortfall> Shortfalls);

public sealed record BelowEstablishmentRow(string Slug, string TeamName, string WardCode, string WardName, string BoroughName,
    Establishment Establishment, int Sergeants, int Constables, int Pcsos, IReadOnlyList<Shortfall> Shortfalls);

public sealed record StaffSearchRow(int Id, string StaffNumber, string Name, StaffRole Role, string TeamName, string TeamSlug,
    string? WardName, string BoroughName);

public sealed record StaffSearchResult(string Query, IReadOnlyList<StaffSearchRow> Rows, bool More);

public sealed record TeamPublicationRow(string Slug, string Name, TeamKind Kind, string BoroughName, string? WardName,
    bool BaseMissing, bool PhoneMissing, bool EmailMissing, DateTime? DetailsReviewedAt, bool ReviewOverdue);
