namespace CitizenFocus.Retention;

/// <summary>One record the sweep acted on (or, in a dry run, would act on).</summary>
public sealed record RetentionAction(string RecordType, string RecordId, RetentionOutcome Outcome);
