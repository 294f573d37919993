namespace CitizenFocus.Organisation;

/// <summary>Where a postcode is and which ward it is in.</summary>
/// <param name="WardFromBoundary">True when the directory gave no known ward and the point was placed by boundary.</param>
public sealed record PostcodeLocation(string Postcode, double Latitude, double Longitude, WardRef? Ward, bool WardFromBoundary);
