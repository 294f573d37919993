namespace CitizenFocus.Audit;

/// <summary>
/// Where the current piece of work came from, for security events written below the web layer: the web host
/// sets it for each request ("from 203.0.113.9; GET /Calls/C-1234"); elsewhere it is the command line.
/// </summary>
public sealed class RequestOrigin
{
    public string Description { get; set; } = "from the command line";
}
