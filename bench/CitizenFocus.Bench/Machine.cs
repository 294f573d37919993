namespace CitizenFocus.Bench;

/// <summary>What else the machine was doing: other builds and tests share it, so each report says the load around the run.</summary>
public static class Machine
{
    public static string Describe() => $"{Environment.ProcessorCount} CPUs, .NET {Environment.Version}, load average {LoadAverage()}";

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
