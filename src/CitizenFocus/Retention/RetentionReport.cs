namespace CitizenFocus.Retention;

/// <summary>What a sweep did: the records acted on, and how many due records a legal hold kept.</summary>
public sealed record RetentionReport(bool DryRun, IReadOnlyList<RetentionAction> Actions, int Held);
