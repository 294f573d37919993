namespace CitizenFocus.Audit;

/// <summary>
/// How personal data reached the reader. Recorded with every consultation, so that the trail tells a glance
/// at a page from a copy that left the system as a file.
/// </summary>
public enum ReadChannel
{
    /// <summary>A staff page showed it.</summary>
    Page = 0,

    /// <summary>A staff page handed it over as a file (a CSV download).</summary>
    Download = 1,

    /// <summary>The JSON API returned it.</summary>
    Api = 2,

    /// <summary>The command line wrote it to a file.</summary>
    CommandLine = 3,
}
