namespace CitizenFocus.Web.Pages.CrimeAnalysis;

/// <summary>A choice in a select; options with a <see cref="Group"/> are drawn inside an optgroup of that name.</summary>
public sealed record Option(string Value, string Text, string? Group = null);

/// <summary>One input of a crime analysis form: its name (the query parameter and the element id), label and hint.</summary>
public abstract record FormField(string Name, string Label, string? Hint);

/// <summary>A text input; <see cref="Width"/> is a GOV.UK width class.</summary>
public sealed record TextField(string Name, string Label, string? Value, string? Hint = null, string Width = "govuk-input--width-10",
    string? InputMode = null) : FormField(Name, Label, Hint);

public sealed record SelectField(string Name, string Label, string? Selected, IReadOnlyList<Option> Options, string? Hint = null)
    : FormField(Name, Label, Hint);

/// <summary>A GET form: what it submits to, its fields in order and the words on its button.</summary>
public sealed record CrimeForm(string Action, IReadOnlyList<FormField> Fields, string Button = "Show analysis");
