namespace CitizenFocus.Organisation;

/// <summary>The ward a postcode or a point was found in.</summary>
public sealed record WardRef(int Id, string Code, string Name, int BoroughId);
