namespace CitizenFocus.Retention;

/// <summary>What the sweep does with a record whose period has run.</summary>
public enum RetentionOutcome
{
    /// <summary>Remove the personal fields, keep the row and its clocks so the figures stay.</summary>
    Anonymise = 0,

    /// <summary>Delete the row, where nothing depends on it.</summary>
    Delete = 1,

    /// <summary>Put it before a reviewer (MoPI): kept or disposed of by a person, not by the clock.</summary>
    Review = 2,
}
