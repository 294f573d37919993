namespace CitizenFocus.Demo;

/// <summary>Where demo generation has got to: a stage name and rows written in it so far.</summary>
public sealed record DemoProgress(string Stage, long Rows);
