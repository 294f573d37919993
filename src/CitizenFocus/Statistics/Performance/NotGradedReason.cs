namespace CitizenFocus.Statistics.Performance;

/// <summary>Why a unit's figure carries no grade; the pack says so in words rather than grade it against itself.</summary>
public enum NotGradedReason
{
    /// <summary>The effective sample is under the minimum: no figure, so no comparison and no grade.</summary>
    InsufficientSample = 0,

    /// <summary>The force, with no figure of any Most Similar Force for the period.</summary>
    NoPeerForceFigures = 1,

    /// <summary>An area, borough or ward with no other unit of its level that has a sufficient sample.</summary>
    NoOtherUnit = 2,
}
