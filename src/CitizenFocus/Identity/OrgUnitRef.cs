namespace CitizenFocus.Identity;

/// <summary>Where a record sits in the organisation, resolved up to its area.</summary>
public sealed record OrgUnitRef(int? AreaId, int? BoroughId, int? WardId);
