namespace CitizenFocus.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and found a problem: invalid input, a broken audit chain.</summary>
    public const int Failed = 1;

    /// <summary>The command could not run: missing or contradictory options.</summary>
    public const int Usage = 2;
}
